// Arbitraries of risk inputs, shared by the property tests.
import { fc } from '@fast-check/vitest';
import { RISK_DIMENSIONS, type RiskDimension } from '../../src/risk/dimensions.js';
import { RISK_REDUCER_IDS } from '../../src/risk/reducers.js';
import type { ParsedRiskInput } from '../../src/risk/schema.js';

export const unitArb = fc.double({ min: 0, max: 1, noNaN: true });
export const dimensionArb = fc.constantFrom(...RISK_DIMENSIONS);
export const reducerArb = fc.constantFrom(...RISK_REDUCER_IDS);

const componentsArb = fc.record({ uncertainty: unitArb, consequence: unitArb });

export const dimensionsArb = fc.dictionary(dimensionArb, componentsArb, { minKeys: 1 }) as fc.Arbitrary<
  Partial<Record<RiskDimension, { uncertainty: number; consequence: number }>>
>;

export const profileArb = fc.record(
  {
    supplierRelationship: fc.constantFrom('incumbent', 'known', 'new'),
    buysFromCompetitor: fc.boolean(),
    leadTimeCritical: fc.boolean(),
    currency: fc.record({ buyer: fc.constantFrom('EUR', 'USD'), supplier: fc.constantFrom('EUR', 'CHF') }),
    afterSalesDependency: fc.constantFrom('low', 'moderate', 'high'),
    importance: fc.constantFrom('banal', 'strategic'),
    buyclass: fc.constantFrom('new-task', 'modified-rebuy', 'straight-rebuy'),
    budgetShare: unitArb,
  },
  { requiredKeys: ['supplierRelationship'] },
);

export const weightsArb = fc.dictionary(dimensionArb, fc.double({ min: 0.01, max: 10, noNaN: true }));

/** Inputs that assess at least one dimension with a positive total weight. */
export const inputArb: fc.Arbitrary<ParsedRiskInput> = fc
  .record(
    {
      dimensions: dimensionsArb,
      profile: profileArb,
      weights: weightsArb,
      appliedReducers: fc.uniqueArray(reducerArb, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  )
  .filter((input) => input.dimensions !== undefined || input.profile !== undefined);

/** Inputs with explicit dimensions only (every assessed dimension can be raised). */
export const explicitInputArb = fc.record(
  {
    dimensions: dimensionsArb,
    weights: weightsArb,
    appliedReducers: fc.uniqueArray(reducerArb, { maxLength: 4 }),
  },
  { requiredKeys: ['dimensions'] },
);
