import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as z from 'zod/mini';
import { fail, parse } from '../../src/_lib/parse.js';
import { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../../src/_lib/errors.js';
import { id, nonNegative, text, timestamp, unit, MAX_TEXT_LENGTH } from '../../src/_lib/schemas.js';
import { roleSchema } from '../../src/_lib/vocabulary.js';

const offer = z.strictObject({
  supplierId: id(),
  amount: nonNegative(),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  at: timestamp(),
  role: z.optional(roleSchema()),
  influence: z.optional(unit()),
  lines: z.optional(z.array(z.strictObject({ qty: z.int().check(z.gte(1)) }))),
  note: z.optional(text()),
});
const containing = (part: string): string => expect.stringContaining(part) as string;
const valid = { supplierId: 's1', amount: 10, currency: 'EUR', at: '2026-03-01T09:00:00Z' };

function issuesOf(input: unknown, prefix?: string): readonly BuygridIssue[] {
  try {
    parse(offer, input, prefix);
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('parse', () => {
  it('returns the parsed value for valid input', () => {
    expect(parse(offer, valid)).toEqual(valid);
  });

  it.each([
    ['NaN', { ...valid, amount: Number.NaN }, 'amount', 'a finite number', 'NaN', 'invalid-type'],
    [
      'Infinity',
      { ...valid, amount: Number.POSITIVE_INFINITY },
      'amount',
      'a finite number',
      'Infinity',
      'invalid-type',
    ],
    [
      '-Infinity',
      { ...valid, amount: Number.NEGATIVE_INFINITY },
      'amount',
      'a finite number',
      '-Infinity',
      'invalid-type',
    ],
    ['a negative amount', { ...valid, amount: -1 }, 'amount', 'a finite number ≥ 0', '-1', 'invalid-value'],
    ['a string amount', { ...valid, amount: '10' }, 'amount', 'a finite number', '"10"', 'invalid-type'],
    [
      'a missing field',
      { amount: 1, currency: 'EUR', at: valid.at },
      'supplierId',
      'a string',
      'undefined',
      'invalid-type',
    ],
    ['an empty id', { ...valid, supplierId: '' }, 'supplierId', 'a string of at least 1 character', '""', 'too-small'],
    [
      'an unknown enum value',
      { ...valid, role: 'boss' },
      'role',
      containing('one of "initiator"'),
      '"boss"',
      'invalid-value',
    ],
    ['influence above 1', { ...valid, influence: 1.5 }, 'influence', 'a number in [0, 1]', '1.5', 'invalid-value'],
    ['a bad timestamp', { ...valid, at: '2026-13-01' }, 'at', containing('ISO-8601'), '"2026-13-01"', 'invalid-format'],
    ['a bad currency', { ...valid, currency: 'euro' }, 'currency', containing('format'), '"euro"', 'invalid-format'],
    [
      'a nested array item',
      { ...valid, lines: [{ qty: 1 }, { qty: 0 }] },
      'lines[1].qty',
      'a number ≥ 1',
      '0',
      'too-small',
    ],
  ])('names the field, expectation and received value for %s', (_, input, path, expected, received, code) => {
    expect(issuesOf(input)).toEqual([{ code, path, expected, received }]);
  });

  it('reports an unknown key, __proto__ included, without letting it through', () => {
    const input = JSON.parse(
      '{"supplierId":"s1","amount":1,"currency":"EUR","at":"2026-03-01T09:00:00Z","__proto__":{"polluted":true}}',
    ) as unknown;
    expect(issuesOf(input)).toEqual([
      {
        code: 'unknown-key',
        path: '__proto__',
        expected: 'no such field (not part of this input)',
        received: 'an object',
      },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('shortens a huge string in the message', () => {
    const [issue] = issuesOf({ ...valid, note: 'x'.repeat(1_000_000) });
    expect(issue?.path).toBe('note');
    expect(issue?.expected).toBe(`a string of at most ${String(MAX_TEXT_LENGTH)} characters`);
    expect(issue?.received).toMatch(/^"x{40}"… \(1000000 characters\)$/);
  });

  it('lists every issue, in input order, in the message', () => {
    const error = (() => {
      try {
        return parse(offer, { ...valid, amount: Number.NaN, currency: 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(isBuygridInputError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'Invalid buygrid input:\n- amount: expected a finite number, received NaN\n- currency: expected a string, received 1',
    );
  });

  it('prefixes paths with the argument name and names the root', () => {
    expect(issuesOf({ ...valid, amount: -2 }, 'offer')[0]?.path).toBe('offer.amount');
    expect(issuesOf(null)).toEqual([{ code: 'invalid-type', path: '(root)', expected: 'an object', received: 'null' }]);
    expect(issuesOf([], 'offer')).toEqual([
      { code: 'invalid-type', path: 'offer', expected: 'an object', received: 'an array of 0' },
    ]);
  });

  it('reports the closest branch of a union, or the note of a discriminated union', () => {
    const event = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('a'), n: unit() }),
      z.strictObject({ type: z.literal('b') }),
    ]);
    expect(() => parse(event, { type: 'c' })).toThrow('type: expected a known type, received "c"');
    expect(() => parse(event, { type: 'a', n: 2 })).toThrow('n: expected a number in [0, 1], received 2');
    const either = z.union([z.string(), z.number()]);
    expect(() => parse(either, true)).toThrow('(root): expected one of the accepted shapes, received true');
  });

  it('quotes keys that are not identifiers and reports bad record keys', () => {
    const weights = z.partialRecord(z.enum(['after-sales', 'delivery']), unit());
    expect(() => parse(weights, { 'after-sales': 2 })).toThrow(
      '["after-sales"]: expected a number in [0, 1], received 2',
    );
    expect(() => parse(weights, { bogus: 0.5 })).toThrow(
      'bogus: expected no such field (not part of this input), received 0.5',
    );
  });

  it.each([
    ['an exclusive lower bound', z.number().check(z.gt(0)), 0, 'a number > 0'],
    ['an exclusive upper bound', z.number().check(z.lt(1)), 1, 'a number < 1'],
    ['a long string', z.string().check(z.maxLength(2)), 'abc', 'a string of at most 2 characters'],
    ['too few items', z.array(z.number()).check(z.minLength(1)), [], 'at least 1 item'],
    ['too many items', z.array(z.number()).check(z.maxLength(1)), [1, 2], 'at most 1 item'],
    ['a multiple', z.number().check(z.multipleOf(5)), 7, 'a multiple of 5'],
    ['an integer', z.int(), 1.5, 'an integer'],
    ['a literal', z.literal('x'), 'y', '"x"'],
    ['a one-character string', z.string().check(z.maxLength(1)), 'ab', 'a string of at most 1 character'],
    ['two items', z.array(z.number()).check(z.minLength(2)), [1], 'at least 2 items'],
    ['a bigint', z.bigint(), 1, 'a bigint'],
    ['an email', z.string().check(z.email()), 'x', 'a string in email format'],
  ])('words %s', (_, schema, input, expected) => {
    expect(() => parse(schema, input)).toThrow(`(root): expected ${expected}, received`);
  });

  it('reports a bad key or element with its full path', () => {
    const tagged = z.record(z.string().check(z.minLength(2)), z.number());
    expect(() => parse(tagged, { a: 1 }, 'tags')).toThrow(
      'tags.a: expected a string of at least 2 characters, received "a"',
    );
    const list = z.array(z.strictObject({ n: z.number() }));
    expect(() => parse(list, [{ n: 1 }, { n: 'v' }], 'items')).toThrow(
      'items[1].n: expected a finite number, received "v"',
    );
  });

  test.prop([fc.anything()])('never throws anything but a BuygridInputError', (input) => {
    try {
      parse(offer, input);
    } catch (error) {
      expect(isBuygridInputError(error)).toBe(true);
      expect((error as BuygridInputError).issues.length).toBeGreaterThan(0);
    }
  });
});

describe('fail', () => {
  it('throws one issue with the received value described', () => {
    expect(() => fail('members[0].id', 'an id that is not taken', 'ana')).toThrow(
      'members[0].id: expected an id that is not taken, received "ana"',
    );
  });
});
