import { describe, expectTypeOf, it } from 'vitest';
import { startPurchase, transition, type PurchaseEventOf, type PurchaseState } from '../../src/process/index.js';

declare const state: PurchaseState;

describe('types', () => {
  it('requires and types each payload', () => {
    expectTypeOf<PurchaseEventOf<'offerReceived'>['offer']['amount']>().toEqualTypeOf<number>();
    // @ts-expect-error -- the requirement is required
    transition(state, { type: 'requirementAdded', at: '2026-03-01T00:00:00Z' });
    // @ts-expect-error -- satisfaction is a number
    transition(state, { type: 'performanceReviewed', at: '2026-03-01T00:00:00Z', supplierId: 's', satisfaction: 'high' });
    // @ts-expect-error -- an unknown event type does not compile
    transition(state, { type: 'offerMade', at: '2026-03-01T00:00:00Z' });
    // @ts-expect-error -- a step name is checked
    transition(state, { type: 'stepRevisited', at: '2026-03-01T00:00:00Z', to: 'sourcing', reason: 'r' });
  });
  it('narrows the result on ok', () => {
    const result = transition(startPurchase({ id: 'p', at: '2026-03-01T00:00:00Z', need: { summary: 's' } }), { type: 'needQualified', at: '2026-03-02T00:00:00Z' });
    if (!result.ok) expectTypeOf(result.rejection.code).toEqualTypeOf<'terminal' | 'not-allowed' | 'guard'>();
    // @ts-expect-error -- no rejection on an accepted result
    if (result.ok) expectTypeOf(result.rejection).toBeUnknown();
  });
});
