// The fast input check of src/risk/validate.ts, held to its rule (module doc): it "accepts only
// what the schema accepts", and every usual shape takes it (docs/risk.md, "Every call is
// validated"). A mutation run found near misses it would have let through — a value of the
// wrong type whose string reads right, a bands object with an extra key — and the overflow
// guard of the weights untested. Each refusal below is what the schema writes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/risk/assess.js';
import { RISK_DIMENSIONS } from '../../src/risk/dimensions.js';
import { RISK_REDUCER_IDS } from '../../src/risk/reducers.js';
import { riskInputSchema, type RiskInput } from '../../src/risk/schema.js';
import { isPlainRiskInput } from '../../src/risk/validate.js';
import { thrown } from '../_lib/thrown.js';
import { unitArb } from './arbitraries.js';

const social = { social: { uncertainty: 0.5, consequence: 0.5 } } as const;
const BANDS = { moderate: 0.15, high: 0.35, critical: 0.6 } as const;

describe('assessRisk refuses what the fast check must leave to the schema', () => {
  it.each<[string, unknown, { code: string; path: string; expected: string; received: string }]>([
    [
      'a dimension with an extra field',
      { dimensions: { social: { uncertainty: 0.5, consequence: 0.5, note: 'x' } } },
      {
        code: 'unknown-key',
        path: 'dimensions.social.note',
        expected: 'no such field (not part of this input)',
        received: '"x"',
      },
    ],
    [
      'a dimension given as an array',
      { dimensions: { social: [0.5, 0.5] } },
      { code: 'invalid-type', path: 'dimensions.social', expected: 'an object', received: 'an array of 2' },
    ],
    [
      'a dimension given as null',
      { dimensions: { social: null } },
      { code: 'invalid-type', path: 'dimensions.social', expected: 'an object', received: 'null' },
    ],
    [
      'a relationship wrapped in an array',
      { profile: { supplierRelationship: ['new'] } },
      {
        code: 'invalid-value',
        path: 'profile.supplierRelationship',
        expected: 'one of "incumbent" | "known" | "new"',
        received: 'an array of 1',
      },
    ],
    [
      'currencies given as one string',
      { profile: { supplierRelationship: 'new', currency: 'EUR' } },
      { code: 'invalid-type', path: 'profile.currency', expected: 'an object', received: '"EUR"' },
    ],
    [
      'a buyer currency wrapped in an array',
      { profile: { supplierRelationship: 'new', currency: { buyer: ['EUR'], supplier: 'USD' } } },
      { code: 'invalid-type', path: 'profile.currency.buyer', expected: 'a string', received: 'an array of 1' },
    ],
    [
      'a supplier currency wrapped in an array',
      { profile: { supplierRelationship: 'new', currency: { buyer: 'EUR', supplier: ['USD'] } } },
      { code: 'invalid-type', path: 'profile.currency.supplier', expected: 'a string', received: 'an array of 1' },
    ],
    [
      'a competitor answer in words',
      { profile: { supplierRelationship: 'new', buysFromCompetitor: 'yes' } },
      { code: 'invalid-type', path: 'profile.buysFromCompetitor', expected: 'a boolean', received: '"yes"' },
    ],
    [
      'a lead-time answer in words, beside a valid competitor answer',
      { profile: { supplierRelationship: 'new', buysFromCompetitor: false, leadTimeCritical: 'yes' } },
      { code: 'invalid-type', path: 'profile.leadTimeCritical', expected: 'a boolean', received: '"yes"' },
    ],
    [
      'an unknown after-sales dependency',
      { profile: { supplierRelationship: 'new', afterSalesDependency: 'total' } },
      {
        code: 'invalid-value',
        path: 'profile.afterSalesDependency',
        expected: 'one of "low" | "moderate" | "high"',
        received: '"total"',
      },
    ],
    [
      'an unknown importance',
      { profile: { supplierRelationship: 'new', importance: 'critical' } },
      {
        code: 'invalid-value',
        path: 'profile.importance',
        expected: 'one of "banal" | "strategic"',
        received: '"critical"',
      },
    ],
    [
      'an unknown buyclass',
      { profile: { supplierRelationship: 'new', buyclass: 'rebuy' } },
      {
        code: 'invalid-value',
        path: 'profile.buyclass',
        expected: 'one of "new-task" | "modified-rebuy" | "straight-rebuy"',
        received: '"rebuy"',
      },
    ],
    [
      'a weight written as a string',
      { dimensions: social, weights: { social: '1' } },
      { code: 'invalid-type', path: 'weights.social', expected: 'a finite number', received: '"1"' },
    ],
    [
      'an infinite weight',
      { dimensions: social, weights: { social: Number.POSITIVE_INFINITY } },
      { code: 'invalid-type', path: 'weights.social', expected: 'a finite number', received: 'Infinity' },
    ],
    [
      'bands given as null',
      { dimensions: social, bands: null },
      { code: 'invalid-type', path: 'bands', expected: 'an object', received: 'null' },
    ],
    [
      'bands given as a number',
      { dimensions: social, bands: 0.5 },
      { code: 'invalid-type', path: 'bands', expected: 'an object', received: '0.5' },
    ],
    [
      'bands with an extra threshold',
      { dimensions: social, bands: { ...BANDS, low: 0 } },
      { code: 'unknown-key', path: 'bands.low', expected: 'no such field (not part of this input)', received: '0' },
    ],
    [
      'a threshold below 0',
      { dimensions: social, bands: { ...BANDS, moderate: -0.1 } },
      { code: 'invalid-value', path: 'bands.moderate', expected: 'a number in [0, 1]', received: '-0.1' },
    ],
    [
      'a threshold written as a string',
      { dimensions: social, bands: { ...BANDS, high: '0.35' } },
      { code: 'invalid-type', path: 'bands.high', expected: 'a finite number', received: '"0.35"' },
    ],
    [
      'a high threshold above the critical one',
      { dimensions: social, bands: { moderate: 0.1, high: 0.5, critical: 0.3 } },
      {
        code: 'invalid-value',
        path: 'bands',
        expected: 'ascending thresholds (moderate ≤ high ≤ critical)',
        received: 'an object',
      },
    ],
    [
      'one reducer id not in a list',
      { dimensions: social, appliedReducers: 'trial' },
      { code: 'invalid-type', path: 'appliedReducers', expected: 'an array', received: '"trial"' },
    ],
    [
      'reducers given as an object',
      { dimensions: social, appliedReducers: {} },
      { code: 'invalid-type', path: 'appliedReducers', expected: 'an array', received: 'an object' },
    ],
  ])('refuses %s, naming the field', (_, input, issue) => {
    expect(thrown(() => assessRisk(input as RiskInput)).issues).toEqual([issue]);
  });
});

// Valid inputs without a `situation` or an `undefined` field (which the fast check leaves to
// the schema by design), some of them with one leaf turned into a near miss.
const nearMiss = fc.constantFrom<unknown>(
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0.5,
  1.5,
  '0.5',
  'EUR',
  'eur',
  'yes',
  'new',
  'trial',
  true,
  [],
  {},
);
const maybe = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: arb },
    { weight: 1, arbitrary: nearMiss },
    { weight: 1, arbitrary: arb.map((v) => [v]) },
  );
const dimensionKey = fc.constantFrom<string>(...RISK_DIMENSIONS, 'legal');
const bandsArb = fc.oneof(
  fc.tuple(unitArb, unitArb, unitArb).map((t) => [...t].sort((a, b) => a - b)),
  unitArb.map((x) => [x, x, x]),
  fc.tuple(unitArb, unitArb).map(([x, y]) => (x <= y ? [x, x, y] : [y, x, x])),
);
const almostValid = fc.record(
  {
    dimensions: maybe(
      fc.dictionary(
        dimensionKey,
        maybe(fc.record({ uncertainty: maybe(unitArb), consequence: maybe(unitArb) }, { requiredKeys: [] })),
      ),
    ),
    profile: maybe(
      fc.record(
        {
          supplierRelationship: maybe(fc.constantFrom('incumbent', 'known', 'new')),
          buysFromCompetitor: maybe(fc.boolean()),
          leadTimeCritical: maybe(fc.boolean()),
          currency: maybe(
            fc.record(
              { buyer: maybe(fc.constantFrom('EUR', 'USD', 'EURO')), supplier: maybe(fc.constantFrom('CHF', 'Usd')) },
              { requiredKeys: [] },
            ),
          ),
          afterSalesDependency: maybe(fc.constantFrom('low', 'moderate', 'high')),
          importance: maybe(fc.constantFrom('banal', 'strategic')),
          buyclass: maybe(fc.constantFrom('new-task', 'modified-rebuy', 'straight-rebuy')),
          budgetShare: maybe(unitArb),
        },
        { requiredKeys: [] },
      ),
    ),
    weights: maybe(
      fc.dictionary(
        dimensionKey,
        maybe(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true }), fc.constant(1e308))),
      ),
    ),
    bands: maybe(
      bandsArb.chain(([moderate, high, critical]) =>
        fc.record({
          moderate: maybe(fc.constant(moderate)),
          high: maybe(fc.constant(high)),
          critical: maybe(fc.constant(critical)),
        }),
      ),
    ),
    appliedReducers: maybe(fc.array(maybe(fc.constantFrom(...RISK_REDUCER_IDS)), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe('the fast input check on inputs without a situation', () => {
  test.prop([almostValid], { numRuns: 1000 })('accepts exactly what the schema accepts', (input) => {
    expect(isPlainRiskInput(input)).toBe(riskInputSchema().safeParse(input).success);
  });

  it.each([
    ['a weight of 0', { dimensions: social, weights: { social: 1, financial: 0 } }],
    ['equal moderate and high thresholds', { dimensions: social, bands: { moderate: 0.3, high: 0.3, critical: 0.6 } }],
    ['equal high and critical thresholds', { dimensions: social, bands: { moderate: 0.1, high: 0.6, critical: 0.6 } }],
    ['the default bands', { dimensions: social, bands: BANDS }],
  ])('takes the fast path for %s', (_, input) => {
    expect(isPlainRiskInput(input)).toBe(true);
  });
});

describe('weights too large to sum (finding F13)', () => {
  const dimensions = {
    financial: { uncertainty: 1, consequence: 0.5 },
    social: { uncertainty: 0.2, consequence: 1 },
  };

  it('keeps the ratio of two weights of 1e308: the mean of the two risks', () => {
    const risk = assessRisk({ dimensions, weights: { financial: 1e308, social: 1e308 } });
    expect(risk.dimensions.map((d) => d.weight)).toEqual([0.5, 0.5]);
    expect(risk.score).toBeCloseTo((0.5 + 0.2) / 2, 12);
  });

  it('keeps the ratio of one huge weight to a default one, which then counts for nothing', () => {
    const risk = assessRisk({ dimensions, weights: { financial: 1e308 } });
    // social keeps its default 0.1, a ratio of 1e-309 to financial
    expect(risk.score).toBeCloseTo(0.5, 12);
    expect(risk.drivers).toEqual(['financial']);
  });

  it('refuses weights that are all 0 rather than dividing by the largest', () => {
    const weights = Object.fromEntries(RISK_DIMENSIONS.map((d) => [d, 0]));
    expect(thrown(() => assessRisk({ dimensions, weights })).issues).toEqual([
      {
        code: 'invalid-value',
        path: 'weights',
        expected: 'a weight > 0 on at least one assessed dimension',
        received: 'an object',
      },
    ]);
  });
});
