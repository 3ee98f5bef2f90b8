// src/situation/situation.ts, found weak in a mutation run: the fast check isSituationInput
// "accepts exactly what situationInputSchema accepts unchanged" (its TSDoc), the refusal of a
// buyclass that is neither a buyclass nor facts, and the organization of a PurchaseSituation,
// which has a sizeBand for a company only (docs/situation.md, "Size band").
import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { isBuygridInputError } from '../../src/_lib/errors.js';
import { takesUnchanged } from './unchanged.js';
import {
  classifySituation,
  isSituationInput,
  situationInputSchema,
  type SituationInput,
} from '../../src/situation/situation.js';

const nearSituation = fc.dictionary(
  fc.constantFrom('buyclass', 'portfolio', 'organization', 'procedure', 'contractValue', 'other', ''),
  fc.constantFrom<unknown>(
    undefined,
    null,
    'new-task',
    'open',
    'negotiated',
    { purchasedBefore: true },
    { profitImpact: 0.5, supplyRisk: 0.5 },
    { type: 'public-body' },
    { amount: 1, currency: 'EUR', subject: 'works' },
    {},
  ),
  { minKeys: 1 },
);

describe('isSituationInput', () => {
  test.prop([
    fc.oneof(
      nearSituation.map((v): unknown => ({ buyclass: 'new-task', ...v })),
      nearSituation,
    ),
  ])('accepts exactly what the schema accepts unchanged', (value) => {
    expect(isSituationInput(value)).toBe(takesUnchanged(situationInputSchema(), value));
  });

  it.each<[string, unknown, boolean]>([
    ['a portfolio left undefined', { buyclass: 'new-task', portfolio: undefined }, true],
    ['an organization left undefined', { buyclass: 'new-task', organization: undefined }, true],
    ['a contract value left undefined', { buyclass: 'new-task', contractValue: undefined }, true],
    ['a procedure', { buyclass: 'new-task', procedure: 'open' }, true],
    ['a procedure left undefined', { buyclass: 'new-task', procedure: undefined }, true],
    ['an unknown procedure', { buyclass: 'new-task', procedure: 'auction' }, false],
    ['an unknown key with a procedure as its value', { buyclass: 'new-task', other: 'open' }, false],
    ['an unknown key left undefined', { buyclass: 'new-task', other: undefined }, false],
    ['null', null, false],
    ['an array', [], false],
  ])('%s → %s, as the schema', (_, value, ok) => {
    expect(isSituationInput(value)).toBe(ok);
    expect(situationInputSchema().safeParse(value).success).toBe(ok);
  });
});

describe('classifySituation refusals', () => {
  it.each<[unknown, string]>([
    [null, '(root): expected an object, received null'],
    [{ buyclass: null }, 'buyclass: expected one of "new-task" | "modified-rebuy" | "straight-rebuy", received null'],
    [{ buyclass: [] }, 'buyclass: expected an object, received an array of 0'],
    [
      { buyclass: 'new-task', other: undefined },
      'other: expected no such field (not part of this input), received undefined',
    ],
    [
      { buyclass: 'new-task', other: 'open' },
      'other: expected no such field (not part of this input), received "open"',
    ],
  ])('refuses %j: %s', (input, issue) => {
    let error: unknown;
    try {
      classifySituation(input as SituationInput);
    } catch (caught) {
      error = caught;
    }
    expect(isBuygridInputError(error)).toBe(true);
    expect((error as Error).message).toBe(`Invalid buygrid input:\n- ${issue}`);
  });
});

describe('the organization of a purchase situation', () => {
  it.each<[string, SituationInput, object]>([
    [
      'a company with its size band',
      { buyclass: 'new-task', organization: { employees: 40 } },
      { type: 'company', sizeBand: 'small' },
    ],
    ['a company without a headcount', { buyclass: 'new-task' }, { type: 'company' }],
    [
      'a public body, which has no size band',
      { buyclass: 'new-task', organization: { type: 'public-body', employees: 800 } },
      { type: 'public-body' },
    ],
  ])('is %s, and nothing else', (_, input, organization) => {
    expect(classifySituation(input).organization).toStrictEqual(organization);
  });
});
