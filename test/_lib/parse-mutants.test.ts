// Edges of src/_lib/parse.ts and src/_lib/schemas.ts left untested by test/_lib in a mutation run:
// the issue codes programs branch on (BuygridIssueCode, src/_lib/errors.ts), the words for an
// inclusive upper bound and for several accepted values, a one-option union, the fallback for a
// RangeError thrown while validating (zod's overflow past ~100,000 issues, see parseCopy), and the
// shared schemas' bounds.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parse, parseCopy } from '../../src/_lib/parse.js';
import { BuygridInputError, type BuygridIssue } from '../../src/_lib/errors.js';
import { nonNegative, unit } from '../../src/_lib/schemas.js';

function issuesOf(run: () => unknown): readonly BuygridIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('issue codes', () => {
  it('gives too-big for a value above its bound, with the inclusive bound in words', () => {
    expect(issuesOf(() => parse(z.number().check(z.lte(1)), 2, 'share'))).toEqual([
      { code: 'too-big', path: 'share', expected: 'a number ≤ 1', received: '2' },
    ]);
  });

  it('gives unknown-key for a field the schema does not have', () => {
    expect(issuesOf(() => parse(z.strictObject({ a: z.number() }), { a: 1, b: 2 }))).toEqual([
      { code: 'unknown-key', path: 'b', expected: 'no such field (not part of this input)', received: '2' },
    ]);
  });

  it('gives invalid-type when no branch of a union fits', () => {
    expect(issuesOf(() => parse(z.union([z.string(), z.number()]), true))[0]?.code).toBe('invalid-type');
  });

  it('lists every accepted value, separated by " | "', () => {
    expect(issuesOf(() => parse(z.enum(['a', 'b', 'c']), 'd'))).toEqual([
      { code: 'invalid-value', path: '(root)', expected: 'one of "a" | "b" | "c"', received: '"d"' },
    ]);
  });
});

describe('unions', () => {
  it('reports the issues of the only branch there is, not a generic shape', () => {
    expect(issuesOf(() => parse(z.union([z.string()]), 5, 'id'))).toEqual([
      { code: 'invalid-type', path: 'id', expected: 'a string', received: '5' },
    ]);
  });
});

describe('parseCopy', () => {
  it('puts no prefix before the paths unless given one', () => {
    expect(issuesOf(() => parseCopy(z.strictObject({ n: z.number() }), { n: 'x' }))[0]?.path).toBe('n');
  });

  it('turns a RangeError thrown while validating into one too-big issue at the root', () => {
    const overflowing = z.number().check(
      z.refine(() => {
        throw new RangeError('Maximum call stack size exceeded');
      }),
    );
    expect(issuesOf(() => parseCopy(overflowing, 1))).toEqual([
      {
        code: 'too-big',
        path: '(root)',
        expected: 'an input with fewer problems (too many to list)',
        received: '1',
      },
    ]);
  });

  it('lets any other error through as it is (a bug, not bad input)', () => {
    const broken = z.number().check(
      z.refine(() => {
        throw new SyntaxError('bug');
      }),
    );
    expect(() => parseCopy(broken, 1)).toThrow(SyntaxError);
  });
});

describe('the shared schemas at their bounds', () => {
  it.each([
    [0, true],
    [1, true],
    [-0.01, false],
    [1.01, false],
  ])('unit: %s → %s', (value, ok) => {
    expect(unit().safeParse(value).success).toBe(ok);
  });

  it.each([
    [0, true],
    [1e9, true],
    [-0.01, false],
  ])('nonNegative: %s → %s', (value, ok) => {
    expect(nonNegative().safeParse(value).success).toBe(ok);
  });
});
