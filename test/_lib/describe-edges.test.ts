// Edges of the words used in error messages (src/_lib/describe.ts), found by mutation testing:
// the 40-character cut, keys that are not identifiers, values that cannot be read.
import { describe, expect, it } from 'vitest';
import { describeValue, formatPath, opaque } from '../../src/_lib/describe.js';

describe('describeValue at its edges', () => {
  it('shows a string of 40 characters whole and cuts one of 41, saying how long it was', () => {
    const forty = 'a'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    expect(describeValue(`${forty}b`)).toBe(`"${forty}"… (41 characters)`);
  });

  it('describes a marker by its words and any other symbol as a symbol, never by its own description', () => {
    expect(describeValue(opaque('a Map'))).toBe('a Map');
    expect(describeValue(Symbol('a Map'))).toBe('a symbol');
  });

  it('describes a revoked Proxy as unreadable instead of throwing (finding: errors never crash)', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe('an unreadable object');
  });

  it('gives the length of an array, not its items', () => {
    expect(describeValue([])).toBe('an array of 0');
    expect(describeValue(new Array(1000).fill('secret'))).toBe('an array of 1000');
  });

  it('shows numbers as written, zero and negative infinity included', () => {
    expect(describeValue(0)).toBe('0');
    expect(describeValue(-Infinity)).toBe('-Infinity');
    expect(describeValue(false)).toBe('false');
  });
});

describe('formatPath at its edges', () => {
  it('starts a path with its first key when there is no prefix, with no leading dot', () => {
    expect(formatPath(['members'])).toBe('members');
    expect(formatPath([0])).toBe('[0]');
    expect(formatPath([0, 'id'], 'members')).toBe('members[0].id');
  });

  it('quotes a key that starts with a digit or holds a character an identifier cannot', () => {
    expect(formatPath(['1st'])).toBe('["1st"]');
    expect(formatPath(['a', '-x'])).toBe('a["-x"]');
    expect(formatPath(['a', 'x y'])).toBe('a["x y"]');
    expect(formatPath(['$ref', '_id2'])).toBe('$ref._id2');
  });

  it('quotes an identifier longer than 40 characters, cut as any long value', () => {
    const long = 'k'.repeat(41);
    expect(formatPath(['a', 'k'.repeat(40)])).toBe(`a.${'k'.repeat(40)}`);
    expect(formatPath(['a', long])).toBe(`a["${'k'.repeat(40)}"… (41 characters)]`);
  });

  it('writes a symbol key as its text, quoted', () => {
    expect(formatPath(['a', Symbol('s')])).toBe('a["Symbol(s)"]');
  });
});
