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
