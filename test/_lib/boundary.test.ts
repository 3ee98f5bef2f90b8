import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as z from 'zod/mini';
import { MAX_DEPTH, snapshot } from '../../src/_lib/boundary.js';
import { BuygridInputError, isBuygridInputError } from '../../src/_lib/errors.js';
import { parse } from '../../src/_lib/parse.js';
import { checked } from '../../src/_lib/fast.js';

function issueOf(run: () => unknown): BuygridInputError['issues'][0] {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues[0];
    throw error;
  }
  throw new Error('no error thrown');
}

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('snapshot', () => {
  const hasProtoKey = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    (Object.prototype.hasOwnProperty.call(value, '__proto__') || Object.values(value).some(hasProtoKey));

  test.prop([fc.jsonValue()])(
    'copies plain JSON data equal and never the same object, or refuses a __proto__ key',
    (value) => {
      if (hasProtoKey(value)) {
        expect(issueOf(() => snapshot(value)).code).toBe('unknown-key');
        return;
      }
      const copy = snapshot(value);
      expect(copy).toEqual(value);
      if (typeof value === 'object' && value !== null) expect(copy).not.toBe(value);
    },
  );

  it('refuses the __proto__ key fast-check once drew, where the copy would lose it', () => {
    const value = JSON.parse('{"":{"__proto__":0}}') as unknown;
    expect(issueOf(() => snapshot(value))).toMatchObject({ code: 'unknown-key', path: '[""].__proto__' });
  });

  it('reads each value once: a getter that changes its answer is read a single time', () => {
    let reads = 0;
    const input = {
      get influence() {
        reads += 1;
        return reads === 1 ? 0.5 : 'changed';
      },
    };
    const copy = snapshot(input) as { influence: unknown };
    expect(copy.influence).toBe(0.5);
    expect(copy.influence).toBe(0.5);
    expect(reads).toBe(1);
  });

  it('reads a Proxy once per key and keeps what it read', () => {
    let reads = 0;
    const proxy = new Proxy({ a: 1 }, { get: () => (++reads === 1 ? 1 : 'later') });
    expect(snapshot({ p: proxy })).toEqual({ p: { a: 1 } });
    expect(reads).toBe(1);
  });

  it('copies an object met twice once, and keeps its null prototype as a plain object', () => {
    const shared = Object.assign(Object.create(null) as object, { x: 1 });
    const copy = snapshot({ a: shared, b: shared }) as { a: unknown; b: unknown };
    expect(copy.a).toBe(copy.b);
    expect(copy.a).toEqual({ x: 1 });
  });

  it('never freezes or changes the input, frozen or not', () => {
    const input = { list: [1, 2], inner: { a: 'b' } };
    const frozen = Object.freeze({ list: Object.freeze([1]) });
    snapshot(input);
    snapshot(frozen);
    expect(Object.isFrozen(input) || Object.isFrozen(input.list) || Object.isFrozen(input.inner)).toBe(false);
    const copy = snapshot(frozen) as { list: number[] };
    expect(Object.isFrozen(copy.list)).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ['a Date', new Date(0), 'a Date object'],
    ['a Map', new Map(), 'a Map'],
    ['a Set', new Set(), 'a Set'],
    [
      'a class instance',
      new (class Point {
        x = 1;
      })(),
      'an object that is not plain data (a class instance)',
    ],
    ['a typed array', new Uint8Array(3), 'an object that is not plain data (a class instance)'],
    ['a function', () => 1, 'a function'],
  ])('turns %s into a marker that a schema refuses by name', (_, value, words) => {
    const schema = z.strictObject({ at: z.optional(z.strictObject({})) });
    expect(issueOf(() => parse(schema, { at: value }))).toEqual({
      code: 'invalid-type',
      path: 'at',
      expected: 'an object',
      received: words,
    });
  });

  it('refuses a __proto__ key at any depth, even where a record would drop it', () => {
    const input = JSON.parse('{"w":{"a":1,"__proto__":{"polluted":true}}}') as unknown;
    expect(issueOf(() => parse(z.record(z.string(), z.unknown()), input, 'weights'))).toMatchObject({
      code: 'unknown-key',
      path: 'weights.w.__proto__',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a cycle', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = { back: cyclic };
    expect(issueOf(() => snapshot(cyclic, 'input'))).toMatchObject({ code: 'too-deep', path: 'input.self.back' });
  });

  it('refuses nesting deeper than MAX_DEPTH without overflowing the stack, even 1e5 levels deep', () => {
    expect(() => snapshot(nested(MAX_DEPTH))).not.toThrow();
    expect(issueOf(() => snapshot(nested(MAX_DEPTH + 1)))).toMatchObject({ code: 'too-deep' });
    expect(issueOf(() => snapshot(nested(100_000)))).toMatchObject({ code: 'too-deep' });
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(issueOf(() => snapshot(deepArray))).toMatchObject({ code: 'too-deep' });
  });

  it('refuses a list longer than a million items before reading them', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const started = Date.now();
    expect(issueOf(() => snapshot({ members: huge }))).toMatchObject({ code: 'too-big', path: 'members' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('turns a getter or a Proxy trap that throws into an unreadable issue at its path', () => {
    const throwing = {
      get x(): never {
        throw new Error('attacker');
      },
    };
    expect(issueOf(() => snapshot({ a: [throwing] }))).toEqual({
      code: 'unreadable',
      path: 'a[0].x',
      expected: 'a readable value',
      received: 'a value that throws when read',
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issueOf(() => snapshot({ p: proxy }))).toMatchObject({ code: 'unreadable', path: 'p' });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(issueOf(() => snapshot(trap))).toMatchObject({ code: 'unreadable', path: '(root)' });
  });

  it('reads holes of a sparse array as undefined, for the schema to refuse', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(snapshot([1, , 3])).toEqual([1, undefined, 3]);
  });
});

describe('the fast checks work on the copy', () => {
  it('returns a copy, not the input, when the fast check accepts it', () => {
    const schema = z.strictObject({ n: z.number() });
    const input = { n: 1 };
    const out = checked(schema, input, () => true);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  it('validates the value it read, not a later one (a getter valid once)', () => {
    let reads = 0;
    const input = {
      get n() {
        return ++reads === 1 ? 1 : 'later';
      },
    };
    const schema = z.strictObject({ n: z.number() });
    const out = checked(schema, input, (v) => typeof (v as { n: unknown }).n === 'number');
    expect(out.n).toBe(1);
  });
});

describe('parse', () => {
  it('does not freeze a wrong-typed value before refusing it (F5a: zod readonly froze the caller’s object)', () => {
    const p = [0.5];
    expect(() => parse(z.readonly(z.strictObject({})), p)).toThrow(BuygridInputError);
    expect(Object.isFrozen(p)).toBe(false);
    const typed = new Uint8Array(3);
    expect(issueOf(() => parse(z.readonly(z.array(z.number())), typed)).code).toBe('invalid-type');
    expect(Object.isExtensible(typed)).toBe(true);
  });

  it('turns a stack overflow of zod on a huge number of issues into a BuygridInputError', () => {
    const members = Array.from({ length: 50_000 }, () => ({ id: '', name: '', roles: ['boss'], influence: 2 }));
    const schema = z.strictObject({
      members: z.array(
        z.strictObject({
          id: z.string().check(z.minLength(1)),
          name: z.string().check(z.minLength(1)),
          roles: z.array(z.enum(['a'])),
          influence: z.number().check(z.lte(1)),
        }),
      ),
    });
    const error = (() => {
      try {
        parse(schema, { members });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isBuygridInputError(error)).toBe(true);
    expect((error as BuygridInputError).issues.length).toBeLessThanOrEqual(20);
  });
});

describe('snapshot bounds the work', () => {
  it('refuses an object of more than 10,000 fields before reading them', () => {
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${String(i)}`, i]));
    const started = Date.now();
    expect(issueOf(() => snapshot({ a: many }))).toMatchObject({
      code: 'too-big',
      path: 'a',
      received: '100000 fields',
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses more than 5e6 values in all', () => {
    const row = Array.from({ length: 1000 }, () => 0);
    const table = Array.from({ length: 5001 }, () => row);
    // The same row met twice is copied once, so make the rows distinct.
    expect(issueOf(() => snapshot(table.map((r) => [...r])))).toMatchObject({ code: 'too-big' });
  });
});

describe('timestamps are bounded (finding F12)', () => {
  it('refuses a timestamp of more than 40 characters, in the schema and in the event reader', async () => {
    const { timestamp } = await import('../../src/_lib/schemas.js');
    const { transition, startPurchase } = await import('../../src/process/index.js');
    const long = `2026-03-02T09:00:00.${'1'.repeat(1_000_000)}Z`;
    expect(issueOf(() => parse(timestamp(), long, 'at'))).toMatchObject({ code: 'too-big', path: 'at' });
    const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
    expect(issueOf(() => transition(start, { type: 'needQualified', at: long }))).toMatchObject({ path: 'at' });
    expect(transition(start, { type: 'needQualified', at: '2026-03-02T09:00:00.123456789+01:00' }).ok).toBe(true);
  });
});
