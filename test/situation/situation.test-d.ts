import { describe, expectTypeOf, it } from 'vitest';
import {
  classifyBuyclass,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
  type Buyclass,
  type BuyclassReasonCode,
  type PurchaseSituation,
  type Procedure,
  type Quadrant,
  type PortfolioAggregate,
  type ClassifiedSituation,
  classifyOrganization,
  QUADRANT_IMPORTANCE,
} from '../../src/situation/index.js';

describe('situation types', () => {
  it('returns a PurchaseSituation that process and risk accept', () => {
    expectTypeOf(classifySituation({ buyclass: 'new-task' })).toEqualTypeOf<ClassifiedSituation>();
    expectTypeOf(classifySituation({ buyclass: 'new-task' })).toExtend<PurchaseSituation>();
    expectTypeOf(classifySituation).parameter(0).toHaveProperty('buyclass');
    // @ts-expect-error — not a buyclass
    classifySituation({ buyclass: 'rebuy' });
    // @ts-expect-error — purchasedBefore is required in the facts
    classifySituation({ buyclass: { problemNovelty: 'low' } });
  });

  it('types the buyclass result and its reason codes', () => {
    const result = classifyBuyclass({ purchasedBefore: true });
    expectTypeOf(result.buyclass).toEqualTypeOf<Buyclass>();
    expectTypeOf(result.scores['new-task']).toEqualTypeOf<number>();
    expectTypeOf<'first-purchase'>().toExtend<BuyclassReasonCode>();
    expectTypeOf<'novelty-low'>().toExtend<BuyclassReasonCode>();
    expectTypeOf<'made-up'>().not.toExtend<BuyclassReasonCode>();
    // @ts-expect-error — results are read-only
    result.buyclass = 'new-task';
    // @ts-expect-error — an unknown level
    classifyBuyclass({ purchasedBefore: true, informationNeed: 'huge' });
  });

  it('types the procedure, the contract value and publicLaw', () => {
    expectTypeOf(classifySituation({ buyclass: 'new-task' }).procedure).toEqualTypeOf<Procedure | undefined>();
    classifySituation({
      buyclass: 'new-task',
      organization: { type: 'institution', publicLaw: true },
      contractValue: { amount: 1, currency: 'EUR', subject: 'works' },
    });
    // @ts-expect-error — not a subject of a public contract
    classifySituation({ buyclass: 'new-task', contractValue: { amount: 1, currency: 'EUR', subject: 'goods' } });
    // @ts-expect-error — not a procedure
    classifySituation({ buyclass: 'new-task', procedure: 'tender' });
    // @ts-expect-error — publicLaw is a boolean
    classifySituation({ buyclass: 'new-task', organization: { publicLaw: 'yes' } });
  });

  it('types the portfolio and the approach', () => {
    expectTypeOf(classifyPortfolio({ profitImpact: 1, supplyRisk: 0 }).quadrant).toEqualTypeOf<Quadrant>();
    const situation = classifySituation({ buyclass: 'new-task' });
    expectTypeOf(recommendApproach(situation, { position: 'out-supplier' }).actions[0]).toExtend<
      { readonly code: string; readonly message: string; readonly reason: string } | undefined
    >();
    // @ts-expect-error — not a position
    recommendApproach(situation, { position: 'incumbent' });
  });

  it('types the aggregate of the Kraljic axes, the importance of a leverage item and the size-band inputs', () => {
    expectTypeOf<PortfolioAggregate>().toEqualTypeOf<'max' | 'mean'>();
    expectTypeOf(
      classifyPortfolio({ volume: 1, supplyRisk: 0, aggregate: 'mean' }).aggregate,
    ).toEqualTypeOf<PortfolioAggregate>();
    // @ts-expect-error — not an aggregate
    classifyPortfolio({ volume: 1, supplyRisk: 0, aggregate: 'median' });
    expectTypeOf(QUADRANT_IMPORTANCE.leverage).toEqualTypeOf<'banal'>();
    expectTypeOf(classifyOrganization({ employees: 40, turnover: 1e7, balanceSheet: 1e6 }).sizeBand).toEqualTypeOf<
      'micro' | 'small' | 'medium' | 'large' | undefined
    >();
    // @ts-expect-error — turnover is a number of euros
    classifyOrganization({ employees: 40, turnover: '10m' });
  });
});
