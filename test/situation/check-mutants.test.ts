// The fast checks of src/situation/check.ts held to the schemas they stand in front of
// (src/situation/schema.ts, src/_lib/schemas.ts): "each accepts only input that its zod
// schema accepts unchanged" (check.ts, module doc). Found weak in a mutation run.
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as z from 'zod/mini';
import {
  isOneOf,
  isOptionalBoolean,
  isOptionalOneOf,
  isOptionalParams,
  isOptionalUnit,
  isText,
} from '../../src/situation/check.js';
import { purchaseSituationSchema } from '../../src/situation/schema.js';
import { text, MAX_TEXT_LENGTH } from '../../src/_lib/schemas.js';

/** Whether the situation schema takes `params` as a reason's params. */
const schemaTakesParams = (params: unknown): boolean =>
  purchaseSituationSchema().safeParse({
    buyclass: 'new-task',
    organization: { type: 'company' },
    regime: 'private',
    reasons: [params === undefined ? { code: 'c', message: 'm' } : { code: 'c', params, message: 'm' }],
  }).success;

const paramValue = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(MAX_TEXT_LENGTH)),
  fc.constant('x'.repeat(MAX_TEXT_LENGTH + 1)),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 2 }), fc.double(), { maxKeys: 3 }),
  fc.constantFrom(null, undefined, [1], { a: 'b' }),
);

describe('isOptionalParams', () => {
  test.prop([
    fc.oneof(
      fc.dictionary(fc.string({ maxLength: 2 }), paramValue, { maxKeys: 3 }),
      fc.constantFrom(undefined, null, [], 'p'),
    ),
  ])('accepts exactly the params the situation schema accepts', (params) => {
    expect(isOptionalParams(params)).toBe(schemaTakesParams(params));
  });

  it.each([
    [undefined, true],
    [{}, true],
    [{ buyclass: 'new-task', share: 0.5, public: false, names: ['a'], weights: { a: 1 } }, true],
    [{ '': 1 }, false],
    [{ n: Number.NaN }, false],
    [{ n: Number.POSITIVE_INFINITY }, false],
    [{ names: [''] }, false],
    [{ weights: { a: Number.NaN } }, false],
    [{ weights: { '': 1 } }, false],
    [{ long: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, false],
    [{ empty: '' }, true],
    [{ nothing: null }, false],
    [[], false],
  ])('%j → %s', (params, ok) => {
    expect(isOptionalParams(params)).toBe(ok);
    expect(schemaTakesParams(params)).toBe(ok);
  });
});

describe('the small checks', () => {
  test.prop([fc.anything()])('isText accepts exactly what the text schema accepts', (value) => {
    expect(isText(value)).toBe(text().safeParse(value).success);
  });

  it.each([
    [undefined, true],
    [true, true],
    [false, true],
    [null, false],
    [0, false],
    ['true', false],
  ])('isOptionalBoolean(%j) → %s', (value, ok) => {
    expect(isOptionalBoolean(value)).toBe(ok);
    expect(z.optional(z.boolean()).safeParse(value).success).toBe(ok);
  });

  it('isOptionalOneOf takes undefined or an option, nothing else', () => {
    expect(isOptionalOneOf(undefined, ['a'])).toBe(true);
    expect(isOptionalOneOf('a', ['a'])).toBe(true);
    expect(isOptionalOneOf('b', ['a'])).toBe(false);
    expect(isOptionalOneOf(null, ['a'])).toBe(false);
    expect(isOneOf(undefined, ['undefined'])).toBe(false);
  });

  it('isOptionalUnit takes undefined or a number in [0, 1]', () => {
    expect([undefined, 0, 1].map(isOptionalUnit)).toEqual([true, true, true]);
    expect([null, -1, 2, '1'].map(isOptionalUnit)).toEqual([false, false, false, false]);
  });
});
