import { expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/freeze.js';

it('freezes nested objects and arrays and returns the same object', () => {
  const value = { a: { b: [{ c: 1 }] } };
  const frozen = deepFreeze(value);
  expect(frozen).toBe(value);
  expect(Object.isFrozen(value.a.b[0])).toBe(true);
  expect(() => {
    (value.a.b as unknown as unknown[]).push(2);
  }).toThrow(TypeError);
  expect(deepFreeze(3)).toBe(3);
});

it('drops the fields that hold undefined, so the result equals its JSON round trip (finding F14)', () => {
  const value = deepFreeze({ a: undefined, b: { c: undefined, d: 1 }, list: [undefined] });
  expect(Object.keys(value)).toEqual(['b', 'list']);
  expect(Object.keys(value.b)).toEqual(['d']);
  expect(value.list).toHaveLength(1);
});
