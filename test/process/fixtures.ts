// Shared fixtures of the process tests: times, starts and walks.
import {
  EVENT_TARGETS,
  replay,
  startPurchase,
  transition,
  type OfferInput,
  type PurchaseEvent,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';

/** The ISO time `hours` after 2026-03-01T00:00Z. */
export const at = (hours: number): string => new Date(Date.UTC(2026, 2, 1) + hours * 3_600_000).toISOString();

export const START: StartPurchaseInput = { id: 'p1', at: at(0), need: { summary: 'Forklifts' } };

/** Applies events one by one, failing the test on a refusal. */
export function walk(state: PurchaseState, events: readonly PurchaseEvent[]): PurchaseState {
  return events.reduce((s, e) => {
    const r = transition(s, e);
    if (!r.ok) throw new Error(`${e.type} refused: ${r.rejection.message}`);
    return r.state;
  }, state);
}

/** A purchase in `status`, walked the long way, with requirement r1 (must), suppliers s1, s2 shortlisted, s3 identified, an offer from s1. */
export function purchaseIn(
  status:
    'need-recognition' | 'specification' | 'supplier-search' | 'negotiation' | 'decision' | 'awarded' | 'abandoned',
  input: StartPurchaseInput = START,
): PurchaseState {
  const steps: PurchaseEvent[][] = [
    [{ type: 'needQualified', at: at(1) }],
    [
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } },
      { type: 'specificationApproved', at: at(3) },
    ],
    [
      { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Lift AG' } },
      { type: 'supplierIdentified', at: at(4), supplier: { id: 's2', name: 'Hoist BV' } },
      { type: 'supplierIdentified', at: at(4), supplier: { id: 's3', name: 'Crane SA' } },
      { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
      { type: 'supplierShortlisted', at: at(5), supplierId: 's2' },
      { type: 'negotiationStarted', at: at(6) },
    ],
    [
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1000, currency: 'EUR' } },
      { type: 'decisionRequested', at: at(8) },
    ],
    [{ type: 'supplierSelected', at: at(9), supplierId: 's1' }],
  ];
  if (status === 'abandoned')
    return walk(purchaseIn('negotiation', input), [{ type: 'purchaseAbandoned', at: at(10), reason: 'budget' }]);
  // Walk until the purchase is in `status` with that step's own events done.
  let state = startPurchase(input);
  for (const event of steps.flat()) {
    if (state.status === status && event.type in EVENT_TARGETS) break;
    state = walk(state, [event]);
  }
  return state;
}

/** `n` suppliers identified, then each shortlisted, after a short specification. */
export function manySuppliers(n: number): PurchaseEvent[] {
  const second = (i: number): string => new Date(Date.parse(at(4)) + i * 1000).toISOString();
  return [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } },
    { type: 'specificationApproved', at: at(3) },
    ...Array.from({ length: n }, (_, i): PurchaseEvent => ({
      type: 'supplierIdentified',
      at: second(i),
      supplier: { id: `s${String(i)}`, name: `Supplier ${String(i)}` },
    })),
    ...Array.from({ length: n }, (_, i): PurchaseEvent => ({
      type: 'supplierShortlisted',
      at: second(n + i),
      supplierId: `s${String(i)}`,
    })),
  ];
}

/** A purchase in negotiation with one shortlisted supplier per offer, and those offers. */
export function withOffers(offers: readonly OfferInput[], extra: PurchaseEvent[] = []): PurchaseState {
  const ids = offers.map((o) => o.supplierId);
  const result = replay(START, [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r', text: 't' } },
    { type: 'specificationApproved', at: at(3) },
    ...ids.map((id): PurchaseEvent => ({ type: 'supplierIdentified', at: at(4), supplier: { id, name: id } })),
    ...ids.map((id): PurchaseEvent => ({ type: 'supplierShortlisted', at: at(4), supplierId: id })),
    { type: 'negotiationStarted', at: at(5) },
    ...offers.map((offer): PurchaseEvent => ({ type: 'offerReceived', at: at(6), offer })),
    ...extra,
  ]);
  if (!result.ok) throw new Error(result.rejection.message);
  return result.state;
}
