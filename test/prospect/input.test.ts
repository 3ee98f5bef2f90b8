import { describe, expect, it } from 'vitest';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { copyPlain, within } from '../../src/prospect/input.js';

const issue = (path: string): BuygridInputError => new BuygridInputError([{ path, expected: 'x', received: 'y' }]);
const pathOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues[0].path;
    throw error;
  }
  return undefined;
};

describe('within', () => {
  it.each([
    ['(root)', 'purchase'],
    ['history[2].at', 'purchase.history[2].at'],
    ['purchase', 'purchase'],
    ['purchase.id', 'purchase.id'],
    ['purchase[0]', 'purchase[0]'],
    ['purchases', 'purchase.purchases'],
  ])('puts the prefix before %j', (path, expected) => {
    expect(
      pathOf(() =>
        within('purchase', () => {
          throw issue(path);
        }),
      ),
    ).toBe(expected);
  });

  it('lets any other error through unchanged', () => {
    const error = new RangeError('boom');
    expect(() =>
      within('x', () => {
        throw error;
      }),
    ).toThrow(error);
    expect(within('x', () => 42)).toBe(42);
  });
});

describe('copyPlain', () => {
  it('copies plain objects and arrays, and leaves other objects as they are', () => {
    const date = new Date(0);
    const input = { a: [1, { b: 2 }], d: date };
    const copy = copyPlain(input, '') as typeof input;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.a).not.toBe(input.a);
    expect(copy.d).toBe(date);
  });

  it('keeps an own __proto__ key as data', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const copy = copyPlain(input, '') as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
