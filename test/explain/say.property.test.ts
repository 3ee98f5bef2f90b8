// A property of `say`: whatever the classifiers answer, every reason, strategy and action
// they give is worded in every locale, without a broken value or a direction mark.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ORGANIZATION_TYPES, PROCEDURES, REGIMES } from '../../src/_lib/vocabulary.js';
import { isBuygridInputError, say, type Said } from '../../src/explain/index.js';
import {
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
  type OrganizationInput,
  type PortfolioInput,
  type SituationInput,
} from '../../src/situation/index.js';
import { AUTHORITY_LEVELS, CONTRACT_SUBJECTS } from '../../src/situation/thresholds.js';
import { factsArb, unitArb } from '../situation/arbitraries.js';
import { CATALOGS, DIRECTION_MARKS } from './locales.js';

/** Each axis given, or instead some of its sub-criteria (classifyPortfolio needs one or the other). */
const portfolioArb: fc.Arbitrary<PortfolioInput> = fc
  .tuple(
    fc.oneof(
      unitArb.map((profitImpact) => ({ profitImpact })),
      fc.record({ volume: unitArb, costShare: unitArb }, { requiredKeys: ['volume'] }),
    ),
    fc.oneof(
      unitArb.map((supplyRisk) => ({ supplyRisk })),
      fc.record({ scarcity: unitArb, supplierConcentration: unitArb }, { requiredKeys: ['scarcity'] }),
    ),
    fc.record({ threshold: unitArb, aggregate: fc.constantFrom('max', 'mean') }, { requiredKeys: [] }),
  )
  .map(([profit, supply, rest]) => ({ ...profit, ...supply, ...rest }));
const size = {
  employees: fc.integer({ min: 1, max: 100_000 }),
  turnover: fc.double({ min: 0, max: 1e10, noNaN: true }),
  balanceSheet: fc.double({ min: 0, max: 1e10, noNaN: true }),
};
/** A private buyer (a company or an institution), or a public one (a public body, or a body governed by public law). */
const organizationArb: fc.Arbitrary<OrganizationInput> = fc.oneof(
  fc.record({ type: fc.constantFrom('company', 'institution'), ...size }, { requiredKeys: [] }),
  fc.record({ type: fc.constant('public-body'), ...size }, { requiredKeys: ['type'] }),
  fc.record(
    { type: fc.constantFrom(...ORGANIZATION_TYPES), publicLaw: fc.constant(true), ...size },
    { requiredKeys: ['publicLaw'] },
  ),
  fc.record({ type: fc.constantFrom(...ORGANIZATION_TYPES), regime: fc.constantFrom(...REGIMES) }),
);
const contractValueArb = fc.record(
  {
    amount: fc.double({ min: 0, max: 1e8, noNaN: true }),
    currency: fc.constantFrom('EUR', 'USD'),
    subject: fc.constantFrom(...CONTRACT_SUBJECTS),
    authority: fc.constantFrom(...AUTHORITY_LEVELS),
  },
  { requiredKeys: ['amount', 'currency', 'subject'] },
);
const situationArb: fc.Arbitrary<SituationInput> = fc.record(
  {
    buyclass: fc.oneof(fc.constantFrom('new-task', 'modified-rebuy', 'straight-rebuy'), factsArb),
    portfolio: portfolioArb,
    organization: organizationArb,
    procedure: fc.constantFrom(...PROCEDURES),
    contractValue: contractValueArb,
  },
  { requiredKeys: ['buyclass'] },
);

/** The situation, or nothing when the classifier refuses the input (a procedure for a private buyer). */
function situationOf(input: SituationInput): ReturnType<typeof classifySituation> | undefined {
  try {
    return classifySituation(input);
  } catch (error) {
    if (isBuygridInputError(error)) return undefined;
    throw error;
  }
}

/** What a template that read a missing param, or printed an object, leaves in its text. */
const BROKEN = /undefined|NaN|\[object/;

function checkAll(saids: readonly Said[]): void {
  for (const catalog of CATALOGS) {
    for (const said of saids) {
      const words = say(said, { locale: catalog });
      expect(words.trim()).not.toBe('');
      expect(words).not.toMatch(BROKEN);
      expect(words).not.toMatch(DIRECTION_MARKS);
    }
  }
}

describe('say: every reason of the classifiers, in every locale', () => {
  test.prop([situationArb], { numRuns: 80 })('classifySituation and recommendApproach', (input) => {
    const situation = situationOf(input);
    fc.pre(situation !== undefined);
    const actions = (['in-supplier', 'out-supplier'] as const).flatMap(
      (position) => recommendApproach(situation, { position }).actions,
    );
    checkAll([...situation.reasons, ...actions]);
  });

  test.prop([factsArb], { numRuns: 60 })('classifyBuyclass', (facts) => {
    checkAll(classifyBuyclass(facts).reasons);
  });

  test.prop([portfolioArb], { numRuns: 60 })('classifyPortfolio', (input) => {
    const portfolio = classifyPortfolio(input);
    checkAll([...portfolio.reasons, portfolio.strategy]);
  });

  test.prop([organizationArb], { numRuns: 60 })('classifyOrganization', (input) => {
    checkAll(classifyOrganization(input).reasons);
  });
});
