// Edges of src/_lib/describe.ts (valueAt), errors.ts (the error's name) and freeze.ts left
// untested by test/_lib in a mutation run. valueAt reads own properties of objects only (its
// TSDoc), deepFreeze freezes plain data and skips frozen parts (its TSDoc; finding F14 of
// ../shared/research/hostile-input.md for the dropped undefined fields).
import { describe, expect, it } from 'vitest';
import { valueAt } from '../../src/_lib/describe.js';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { deepFreeze } from '../../src/_lib/freeze.js';

describe('valueAt', () => {
  it('reads nothing from a string or a null on the way, even a property a string has', () => {
    expect(valueAt({ a: 'text' }, ['a', 'length'])).toBeUndefined();
    expect(valueAt({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(valueAt(undefined, ['a'])).toBeUndefined();
  });
});

describe('BuygridInputError', () => {
  it('is named BuygridInputError, so logs and stack traces say which error it is', () => {
    const error = new BuygridInputError([{ path: 'a', expected: 'b', received: 'c' }]);
    expect(error.name).toBe('BuygridInputError');
    expect(String(error)).toMatch(/^BuygridInputError: Invalid buygrid input:/);
  });
});

describe('deepFreeze', () => {
  it('keeps null fields and freezes what holds them', () => {
    const value = deepFreeze({ a: null, b: [null, { c: null }] });
    expect(value).toEqual({ a: null, b: [null, { c: null }] });
    expect(Object.isFrozen(value.b[1])).toBe(true);
  });

  it('keeps every item of a list, undefined ones included (only fields of objects are dropped)', () => {
    const value = deepFreeze({ list: [undefined, 1] });
    expect(Object.keys(value.list)).toEqual(['0', '1']);
  });

  it('skips a part that is already frozen, leaving it as it is', () => {
    const shared = Object.freeze({ kept: undefined, n: 1 });
    const value = deepFreeze({ shared });
    expect(value.shared).toBe(shared);
    expect(Object.keys(value.shared)).toEqual(['kept', 'n']);
  });
});
