import { describe, expectTypeOf, it } from 'vitest';
import {
  defaultPolicy,
  evaluateOffers,
  parsePurchaseState,
  startPurchase,
  transition,
  type OfferEvaluation,
  type OrderRoutineKind,
  type Procedure,
  type PurchaseEventOf,
  type PurchasePolicy,
  type PurchaseState,
  type RestoreOptions,
} from '../../src/process/index.js';

declare const state: PurchaseState;

describe('types', () => {
  it('requires and types each payload', () => {
    expectTypeOf<PurchaseEventOf<'offerReceived'>['offer']['amount']>().toEqualTypeOf<number>();
    // @ts-expect-error -- the requirement is required
    transition(state, { type: 'requirementAdded', at: '2026-03-01T00:00:00Z' });
    transition(state, {
      type: 'performanceReviewed',
      at: '2026-03-01T00:00:00Z',
      supplierId: 's',
      // @ts-expect-error -- satisfaction is a number
      satisfaction: 'high',
    });
    // @ts-expect-error -- an unknown event type does not compile
    transition(state, { type: 'offerMade', at: '2026-03-01T00:00:00Z' });
    // @ts-expect-error -- a step name is checked
    transition(state, { type: 'stepRevisited', at: '2026-03-01T00:00:00Z', to: 'sourcing', reason: 'r' });
  });
  it('requires the payload of every event type that has one', () => {
    const at = '2026-03-01T00:00:00Z';
    // @ts-expect-error -- requirementRemoved needs requirementId
    transition(state, { type: 'requirementRemoved', at });
    // @ts-expect-error -- supplierIdentified needs supplier
    transition(state, { type: 'supplierIdentified', at });
    // @ts-expect-error -- supplierShortlisted needs supplierId
    transition(state, { type: 'supplierShortlisted', at });
    // @ts-expect-error -- supplierExcluded needs supplierId
    transition(state, { type: 'supplierExcluded', at });
    // @ts-expect-error -- offerReceived needs offer
    transition(state, { type: 'offerReceived', at });
    // @ts-expect-error -- an offer needs its currency
    transition(state, { type: 'offerReceived', at, offer: { supplierId: 's', amount: 1 } });
    // @ts-expect-error -- supplierSelected needs supplierId
    transition(state, { type: 'supplierSelected', at });
    // @ts-expect-error -- stepRevisited needs a reason
    transition(state, { type: 'stepRevisited', at, to: 'specification' });
    // @ts-expect-error -- stepSkipped needs to
    transition(state, { type: 'stepSkipped', at });
    // @ts-expect-error -- purchaseAbandoned needs a known reason
    transition(state, { type: 'purchaseAbandoned', at, reason: 'bored' });
    // @ts-expect-error -- performanceReviewed needs satisfaction
    transition(state, { type: 'performanceReviewed', at, supplierId: 's' });
    // @ts-expect-error -- every event needs at
    transition(state, { type: 'needQualified' });
    // @ts-expect-error -- a payload-free event takes no payload
    transition(state, { type: 'needQualified', at, supplierId: 's' });
    expectTypeOf(transition(state, { type: 'decisionRequested', at, by: 'cfo' }).ok).toEqualTypeOf<boolean>();
  });
  it('types procedures, order routines and offer evaluation', () => {
    const at = '2026-03-01T00:00:00Z';
    expectTypeOf(defaultPolicy({ procedure: 'restricted' })).toEqualTypeOf<PurchasePolicy>();
    expectTypeOf<Procedure>().toExtend<string>();
    expectTypeOf<'framework-call-off'>().toExtend<Procedure>();
    // @ts-expect-error -- an unknown procedure does not compile
    defaultPolicy({ procedure: 'tender' });
    expectTypeOf<OrderRoutineKind>().toEqualTypeOf<'spot' | 'blanket' | 'call-off'>();
    // @ts-expect-error -- an unknown order routine does not compile
    transition(state, { type: 'supplierSelected', at, supplierId: 's', orderRoutine: { kind: 'weekly' } });
    expectTypeOf(evaluateOffers(state, [{ criterion: 'price', weight: 1 }])).toEqualTypeOf<OfferEvaluation>();
    // @ts-expect-error -- the criteria are required
    evaluateOffers(state);
  });
  it('narrows the result on ok', () => {
    const result = transition(startPurchase({ id: 'p', at: '2026-03-01T00:00:00Z', need: { summary: 's' } }), {
      type: 'needQualified',
      at: '2026-03-02T00:00:00Z',
    });
    if (!result.ok) expectTypeOf(result.rejection.code).toEqualTypeOf<'terminal' | 'not-allowed' | 'guard'>();
    // @ts-expect-error -- no rejection on an accepted result
    if (result.ok) expectTypeOf(result.rejection).toBeUnknown();
  });
  it('takes the trusted situation and policy overrides when restoring a state', () => {
    expectTypeOf(parsePurchaseState).parameter(1).toEqualTypeOf<RestoreOptions | undefined>();
    expectTypeOf(parsePurchaseState('{}', { situation: { regime: 'public-tender' } })).toEqualTypeOf<PurchaseState>();
    // @ts-expect-error -- the situation is what the options are for
    parsePurchaseState('{}', { policy: { minOffers: 2 } });
    // @ts-expect-error -- an unknown policy field
    parsePurchaseState('{}', { situation: {}, policy: { minBids: 2 } });
  });
});
