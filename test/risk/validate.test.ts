import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { riskInputSchema } from '../../src/risk/schema.js';
import { isPlainRiskInput, validateRiskInput } from '../../src/risk/validate.js';
import { inputArb, unitArb } from './arbitraries.js';

// Each leaf: a valid value or a near miss the schema refuses.
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-0.5),
  fc.constant(1.5),
  fc.constant('EUR'),
  fc.constant('eur'),
  fc.constant('new'),
  fc.constant('strategic'),
  fc.constant('trial'),
  fc.constant(true),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: junk });

const looseComponents = fc.record({ uncertainty: maybe(unitArb), consequence: maybe(unitArb) }, { requiredKeys: [] });
const looseInput = fc.record(
  {
    dimensions: maybe(
      fc.dictionary(fc.constantFrom('financial', 'performance', 'social', 'legal'), maybe(looseComponents)),
    ),
    profile: maybe(
      fc.record(
        {
          supplierRelationship: maybe(fc.constantFrom('incumbent', 'known', 'new')),
          buysFromCompetitor: maybe(fc.boolean()),
          leadTimeCritical: maybe(fc.boolean()),
          currency: maybe(
            fc.record({ buyer: maybe(fc.constantFrom('EUR', 'USD')), supplier: maybe(fc.constantFrom('EUR', 'Usd')) }),
          ),
          afterSalesDependency: maybe(fc.constantFrom('low', 'moderate', 'high')),
          importance: maybe(fc.constantFrom('banal', 'strategic')),
          buyclass: maybe(fc.constantFrom('new-task', 'modified-rebuy', 'straight-rebuy')),
          budgetShare: maybe(unitArb),
          colour: fc.constant('red'),
        },
        { requiredKeys: [] },
      ),
    ),
    weights: maybe(
      fc.dictionary(
        fc.constantFrom('financial', 'currency', 'risk'),
        maybe(fc.double({ min: 0, max: 5, noNaN: true })),
      ),
    ),
    bands: maybe(
      fc.record({ moderate: maybe(unitArb), high: maybe(unitArb), critical: maybe(unitArb) }, { requiredKeys: [] }),
    ),
    appliedReducers: maybe(fc.array(maybe(fc.constantFrom('trial', 'warranty')), { maxLength: 3 })),
    situation: fc.constant(undefined),
  },
  { requiredKeys: [] },
);

describe('the fast input check', () => {
  test.prop([fc.oneof(looseInput, inputArb, fc.anything({ withNullPrototype: true, withObjectString: true }))], {
    numRuns: 2000,
  })('accepts only what the schema accepts, unchanged', (input) => {
    if (!isPlainRiskInput(input)) return;
    const parsed = riskInputSchema().safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(input);
  });

  test.prop([inputArb])('accepts every valid input without a situation (the fast path is taken)', (input) => {
    expect(isPlainRiskInput(input)).toBe(true);
  });

  it('leaves a situation, an unknown key, a class instance or an undefined field to the schema', () => {
    const situation = { buyclass: 'new-task', organization: { type: 'company' }, regime: 'private', reasons: [] };
    expect(isPlainRiskInput({ profile: { supplierRelationship: 'new' }, situation })).toBe(false);
    expect(validateRiskInput({ profile: { supplierRelationship: 'new' }, situation }).situation).toEqual(situation);
    expect(isPlainRiskInput({ profile: { supplierRelationship: 'new', importance: undefined } })).toBe(false);
    expect(
      isPlainRiskInput(
        new (class {
          dimensions = {};
        })(),
      ),
    ).toBe(false);
    const bare = Object.assign(Object.create(null) as object, {
      dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } },
    });
    expect(isPlainRiskInput(bare)).toBe(true);
    expect(riskInputSchema().safeParse(bare).success).toBe(true);
    expect(isPlainRiskInput({ bands: { moderate: 0.5, high: 0.4, critical: 0.6 } })).toBe(false);
  });
});
