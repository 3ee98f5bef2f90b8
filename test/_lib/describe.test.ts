import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, valueAt } from '../../src/_lib/describe.js';

describe('describeValue', () => {
  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [Number.NaN, 'NaN'],
    [-0.5, '-0.5'],
    ['abc', '"abc"'],
    [true, 'true'],
    [10n, '10n'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
    [[1, 2], 'an array of 2'],
    [new Date(0), 'a Date object'],
    [{ a: 1 }, 'an object'],
  ])('describes %o as %s', (value, words) => {
    expect(describeValue(value)).toBe(words);
  });
});

describe('formatPath', () => {
  it('joins identifiers with dots, indexes with brackets, other keys quoted', () => {
    expect(formatPath(['members', 2, 'influence'])).toBe('members[2].influence');
    expect(formatPath(['weights', 'after-sales'], 'input')).toBe('input.weights["after-sales"]');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([], 'event')).toBe('event');
  });
});

describe('valueAt', () => {
  it('reads own properties only', () => {
    expect(valueAt({ a: [{ b: 3 }] }, ['a', 0, 'b'])).toBe(3);
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(valueAt({}, ['toString'])).toBeUndefined();
  });
});
