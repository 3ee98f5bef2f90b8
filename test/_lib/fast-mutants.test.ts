// The fast checks of src/_lib/fast.ts and src/_lib/schemas.ts (isEmployees), found untested by
// test/_lib in a mutation run. Their rule (fast.ts, module doc): "each fast check accepts only
// what its schema accepts unchanged, and anything else goes through the schema". The properties
// below hold each check to its schema; the tables pin the edges.
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as z from 'zod/mini';
import { checked, isPlainRecord, isUnitValue } from '../../src/_lib/fast.js';
import { employees, isEmployees, unit } from '../../src/_lib/schemas.js';
import { BuygridInputError } from '../../src/_lib/errors.js';

class Point {
  x = 1;
}

describe('isPlainRecord', () => {
  it.each([
    ['an object literal', {}, true],
    ['a null-prototype object', Object.create(null) as object, true],
    ['an array', [], false],
    ['a Date', new Date(0), false],
    ['a class instance', new Point(), false],
    ['an object whose prototype is a plain object', Object.create({}) as object, false],
    ['null', null, false],
    ['undefined', undefined, false],
    ['a number', 1, false],
    ['a string', 'abc', false],
    ['a function', () => 1, false],
  ])('%s → %s', (_, value, plain) => {
    expect(isPlainRecord(value)).toBe(plain);
  });
});

describe('isUnitValue', () => {
  it.each([
    [0, true],
    [1, true],
    [0.5, true],
    [-0, true],
    [-Number.EPSILON, false],
    [1 + Number.EPSILON, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['0.5', false],
    [null, false],
  ])('%s → %s', (value, inUnit) => {
    expect(isUnitValue(value)).toBe(inUnit);
  });

  test.prop([fc.oneof(fc.double(), fc.anything())])('accepts exactly what the unit schema accepts', (value) => {
    expect(isUnitValue(value)).toBe(unit().safeParse(value).success);
  });
});

describe('isEmployees (the one employees rule: a whole number of people, at least 1)', () => {
  it.each([
    [1, true],
    [250, true],
    [Number.MAX_SAFE_INTEGER, true],
    [0, false],
    [-3, false],
    [12.5, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [Number.NaN, false],
    ['12', false],
  ])('%s → %s', (value, accepted) => {
    expect(isEmployees(value)).toBe(accepted);
  });

  test.prop([fc.oneof(fc.integer(), fc.double(), fc.anything())])(
    'accepts exactly what the employees schema accepts',
    (value) => {
      expect(isEmployees(value)).toBe(employees().safeParse(value).success);
    },
  );
});

describe('checked', () => {
  const schema = z.strictObject({ n: z.number(), tag: z._default(z.string(), 'none') });

  it('runs the fast check on the copy, not on the caller’s object', () => {
    const input = { n: 1, tag: 'a' };
    let seen: unknown;
    checked(schema, input, (value) => {
      seen = value;
      return true;
    });
    expect(seen).toEqual(input);
    expect(seen).not.toBe(input);
  });

  it('falls back to the schema when the fast check refuses: its output, defaults applied', () => {
    expect(checked(schema, { n: 2 }, () => false)).toEqual({ n: 2, tag: 'none' });
  });

  it('names the field without a prefix unless given one', () => {
    expect(() => checked(schema, { n: 'x' }, () => false)).toThrow(/^Invalid buygrid input:\n- n: expected/);
  });

  it('falls back to the schema, which names the field under the prefix, when the input is bad', () => {
    expect(() => checked(schema, { n: 'x' }, () => false, 'input')).toThrow(BuygridInputError);
    expect(() => checked(schema, { n: 'x' }, () => false, 'input')).toThrow(
      'input.n: expected a finite number, received "x"',
    );
  });
});
