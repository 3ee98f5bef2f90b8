// fast-check arbitraries shared by the situation tests.
import { fc } from '@fast-check/vitest';
import { LEVELS, type BuyclassFacts } from '../../src/situation/schema.js';

/** Any number in [0, 1]. */
export const unitArb = fc.double({ min: 0, max: 1, noNaN: true });

/** Valid buyclass facts, each optional fact present or not. */
export const factsArb: fc.Arbitrary<BuyclassFacts> = fc.record(
  {
    purchasedBefore: fc.boolean(),
    specificationChanged: fc.boolean(),
    satisfiedWithIncumbent: fc.boolean(),
    consideringNewSuppliers: fc.boolean(),
    problemNovelty: fc.constantFrom(...LEVELS),
    informationNeed: fc.constantFrom(...LEVELS),
  },
  { requiredKeys: ['purchasedBefore'] },
);
