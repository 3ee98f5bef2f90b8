// What each accepted event records in the state (src/process/effects.ts), checked both ways
// the effects run: one transition at a time (arrays copied, the earlier state untouched) and
// in one replay (arrays grown in place), which must build the very same state.
import { describe, expect, it } from 'vitest';
import {
  replay,
  startPurchase,
  transition,
  type PurchaseEvent,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

/** The state `events` lead to, by transitions; the replay of the same events must build an equal state. */
function built(start: StartPurchaseInput, events: readonly PurchaseEvent[]): PurchaseState {
  const folded = walk(startPurchase(start), events);
  const replayed = replay(start, events);
  expect(replayed.ok).toBe(true);
  expect(replayed.state).toStrictEqual(folded);
  return folded;
}

/** Applies one event, expecting it accepted and the earlier state left exactly as it was. */
function next(state: PurchaseState, event: PurchaseEvent): PurchaseState {
  const before = JSON.stringify(state);
  const result = transition(state, event);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.rejection.message}`);
  expect(JSON.stringify(state)).toBe(before);
  expect(result.state).not.toBe(state);
  return result.state;
}

const specified: PurchaseEvent[] = [
  { type: 'needQualified', at: at(1) },
  { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } },
  { type: 'specificationApproved', at: at(3) },
];
/** Up to negotiation with s1 and s2 shortlisted. */
const negotiating: PurchaseEvent[] = [
  ...specified,
  { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Lift AG' } },
  { type: 'supplierIdentified', at: at(4), supplier: { id: 's2', name: 'Hoist BV' } },
  { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
  { type: 'supplierShortlisted', at: at(5), supplierId: 's2' },
  { type: 'negotiationStarted', at: at(6) },
];

describe('visits', () => {
  it('closes the open visit when the purchase moves on and opens one for the next step, leaving the earlier state as it was', () => {
    const start = startPurchase(START);
    const spec = next(start, { type: 'needQualified', at: at(1) });
    expect(start.visits).toStrictEqual([{ step: 'need-recognition', entered: at(0) }]);
    expect(spec.visits).toStrictEqual([
      { step: 'need-recognition', entered: at(0), left: at(1) },
      { step: 'specification', entered: at(1) },
    ]);
    const back = next(spec, { type: 'stepRevisited', at: at(2), to: 'need-recognition', reason: 'scope changed' });
    expect(back.visits).toStrictEqual([
      { step: 'need-recognition', entered: at(0), left: at(1) },
      { step: 'specification', entered: at(1), left: at(2) },
      { step: 'need-recognition', entered: at(2) },
    ]);
    expect(spec.visits).toHaveLength(2);
  });

  it.each<[string, PurchaseEvent]>([
    ['abandoned', { type: 'purchaseAbandoned', at: at(9), reason: 'budget' }],
    ['awarded', { type: 'supplierSelected', at: at(9), supplierId: 's1' }],
  ])('an outcome (%s) closes the last visit and opens none', (status, event) => {
    const state = built(START, [
      ...negotiating,
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1000, currency: 'EUR' } },
      { type: 'decisionRequested', at: at(8) },
      event,
    ]);
    expect(state.status).toBe(status);
    expect(state.visits.map((v) => [v.step, v.entered, v.left])).toStrictEqual([
      ['need-recognition', at(0), at(1)],
      ['specification', at(1), at(3)],
      ['supplier-search', at(3), at(6)],
      ['negotiation', at(6), at(8)],
      ['decision', at(8), at(9)],
    ]);
  });
});

describe('requirements', () => {
  it('removes only the requirement named, in a transition and in a replay', () => {
    const events: PurchaseEvent[] = [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r2', text: 'Electric', priority: 'should' } },
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r3', text: 'Side shift', priority: 'could' } },
    ];
    const three = built(START, events);
    const two = next(three, { type: 'requirementRemoved', at: at(3), requirementId: 'r2' });
    expect(two.requirements).toStrictEqual([
      { id: 'r1', text: '2.5 t', priority: 'must' },
      { id: 'r3', text: 'Side shift', priority: 'could' },
    ]);
    expect(three.requirements.map((r) => r.id)).toStrictEqual(['r1', 'r2', 'r3']);
    // In a replay the list shrinks in place: the entries after the removed one, and those added
    // since, are found at their new place.
    const replayed = built(START, [
      ...events,
      { type: 'requirementRemoved', at: at(3), requirementId: 'r1' },
      { type: 'requirementAdded', at: at(3), requirement: { id: 'r4', text: 'LPG' } },
      { type: 'requirementRemoved', at: at(3), requirementId: 'r3' },
    ]);
    expect(replayed.requirements).toStrictEqual([
      { id: 'r2', text: 'Electric', priority: 'should' },
      { id: 'r4', text: 'LPG', priority: 'must' },
    ]);
  });
});

describe('suppliers', () => {
  it('shortlists and excludes one supplier at a time, leaving the earlier state as it was', () => {
    const search = purchaseIn('supplier-search');
    const excluded = next(search, { type: 'supplierExcluded', at: at(6), supplierId: 's2', reason: 'too far' });
    expect(excluded.suppliers.map((s) => [s.id, s.status])).toStrictEqual([
      ['s1', 'shortlisted'],
      ['s2', 'excluded'],
      ['s3', 'identified'],
    ]);
    const shortlisted = next(excluded, { type: 'supplierShortlisted', at: at(6), supplierId: 's3' });
    expect(shortlisted.suppliers.map((s) => s.status)).toStrictEqual(['shortlisted', 'excluded', 'shortlisted']);
    expect(shortlisted.suppliers[2]).toStrictEqual({
      id: 's3',
      name: 'Crane SA',
      status: 'shortlisted',
      incumbent: false,
    });
  });

  it('a skip over the supplier search shortlists the known suppliers only: an excluded or identified one keeps its status', () => {
    const state = built(
      {
        ...START,
        situation: { buyclass: 'modified-rebuy' },
        knownSuppliers: [
          { id: 'k1', name: 'Old Lift', incumbent: true },
          { id: 'k2', name: 'Old Hoist' },
        ],
      },
      [
        ...specified,
        { type: 'supplierIdentified', at: at(4), supplier: { id: 's3', name: 'Crane SA' } },
        { type: 'supplierExcluded', at: at(4), supplierId: 'k2' },
        { type: 'stepRevisited', at: at(5), to: 'specification', reason: 'the search found nothing better' },
        { type: 'stepSkipped', at: at(6), to: 'negotiation' },
      ],
    );
    expect(state.status).toBe('negotiation');
    expect(state.suppliers).toStrictEqual([
      { id: 'k1', name: 'Old Lift', status: 'shortlisted', incumbent: true },
      { id: 'k2', name: 'Old Hoist', status: 'excluded', incumbent: false },
      { id: 's3', name: 'Crane SA', status: 'identified', incumbent: false },
    ]);
  });

  it('a skip that does not pass over the supplier search leaves the known suppliers known', () => {
    const state = built(
      {
        ...START,
        knownSuppliers: [{ id: 'k1', name: 'Old Lift' }],
        policy: { skips: [{ from: 'need-recognition', to: 'supplier-search' }] },
      },
      [{ type: 'stepSkipped', at: at(1), to: 'supplier-search' }],
    );
    expect(state.status).toBe('supplier-search');
    expect(state.suppliers).toStrictEqual([{ id: 'k1', name: 'Old Lift', status: 'known', incumbent: false }]);
    expect(state.visits).toStrictEqual([
      { step: 'need-recognition', entered: at(0), left: at(1) },
      { step: 'supplier-search', entered: at(1) },
    ]);
  });
});

describe('offers', () => {
  it.each<[string, Partial<{ leadTimeDays: number; warrantyMonths: number }>]>([
    ['neither lead time nor warranty', {}],
    ['a lead time only', { leadTimeDays: 30 }],
    ['a warranty only', { warrantyMonths: 24 }],
    ['both', { leadTimeDays: 0, warrantyMonths: 12 }],
  ])('records an offer with %s: exactly the fields given, its time and no revision', (_, terms) => {
    const state = built(START, [
      ...negotiating,
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1000, currency: 'EUR', ...terms } },
    ]);
    expect(state.offers).toStrictEqual([
      { supplierId: 's1', amount: 1000, currency: 'EUR', ...terms, at: at(7), revisions: 0 },
    ]);
  });

  it('keeps the latest offer of each supplier and counts its revisions; a revision drops terms it no longer gives', () => {
    const offer = (hours: number, supplierId: string, amount: number, terms = {}): PurchaseEvent => ({
      type: 'offerReceived',
      at: at(hours),
      offer: { supplierId, amount, currency: 'EUR', ...terms },
    });
    const first = built(START, [...negotiating, offer(7, 's1', 1000, { leadTimeDays: 30 })]);
    const second = next(first, offer(8, 's2', 990));
    const revised = next(second, offer(9, 's1', 950));
    const again = next(revised, offer(10, 's1', 940, { warrantyMonths: 6 }));
    expect(again.offers).toStrictEqual([
      { supplierId: 's1', amount: 940, currency: 'EUR', warrantyMonths: 6, at: at(10), revisions: 2 },
      { supplierId: 's2', amount: 990, currency: 'EUR', at: at(8), revisions: 0 },
    ]);
    expect(second.offers.map((o) => [o.supplierId, o.amount, o.revisions])).toStrictEqual([
      ['s1', 1000, 0],
      ['s2', 990, 0],
    ]);
    expect(
      built(START, [
        ...negotiating,
        offer(7, 's1', 1000, { leadTimeDays: 30 }),
        offer(8, 's2', 990),
        offer(9, 's1', 950),
        offer(10, 's1', 940, { warrantyMonths: 6 }),
      ]),
    ).toStrictEqual(again);
  });
});

describe('selection', () => {
  const offerFromS1: PurchaseEvent = {
    type: 'offerReceived',
    at: at(7),
    offer: { supplierId: 's1', amount: 1000, currency: 'EUR' },
  };

  it('records the supplier, the time and no order routine when none is given', () => {
    const state = built(START, [
      ...negotiating,
      offerFromS1,
      { type: 'decisionRequested', at: at(8) },
      { type: 'supplierSelected', at: at(9), supplierId: 's1' },
    ]);
    expect(state.selection).toStrictEqual({ supplierId: 's1', at: at(9), reorder: false });
    expect(Object.keys(state.selection ?? {})).toStrictEqual(['supplierId', 'at', 'reorder']);
  });

  it('records the order routine when one is given', () => {
    const state = built(START, [
      ...negotiating,
      offerFromS1,
      { type: 'decisionRequested', at: at(8) },
      { type: 'supplierSelected', at: at(9), supplierId: 's1', orderRoutine: { kind: 'spot' } },
    ]);
    expect(state.selection).toStrictEqual({
      supplierId: 's1',
      at: at(9),
      reorder: false,
      orderRoutine: { kind: 'spot' },
    });
  });

  it('is a reorder when the selected incumbent made no offer, though others did', () => {
    const state = built(
      {
        ...START,
        situation: { buyclass: 'straight-rebuy' },
        knownSuppliers: [{ id: 'k1', name: 'Old Lift', incumbent: true }],
      },
      [
        ...specified,
        { type: 'supplierIdentified', at: at(4), supplier: { id: 's2', name: 'Hoist BV' } },
        { type: 'supplierShortlisted', at: at(5), supplierId: 's2' },
        { type: 'negotiationStarted', at: at(6) },
        { type: 'offerReceived', at: at(7), offer: { supplierId: 's2', amount: 990, currency: 'EUR' } },
        { type: 'decisionRequested', at: at(8) },
        { type: 'supplierSelected', at: at(9), supplierId: 'k1' },
      ],
    );
    expect(state.selection).toStrictEqual({ supplierId: 'k1', at: at(9), reorder: true });
  });
});

describe('abandonment', () => {
  it.each<[string, { note?: string }]>([
    ['without a note', {}],
    ['with a note', { note: 'Budget frozen until Q3' }],
  ])('records the reason, the time and the step it was abandoned in, %s', (_, note) => {
    const negotiation = purchaseIn('negotiation');
    const state = next(negotiation, { type: 'purchaseAbandoned', at: at(10), reason: 'budget', ...note });
    expect(state.status).toBe('abandoned');
    expect(state.abandonment).toStrictEqual({ reason: 'budget', ...note, at: at(10), step: 'negotiation' });
    const replayed = built(START, [
      ...negotiating,
      { type: 'purchaseAbandoned', at: at(10), reason: 'budget', ...note },
    ]);
    expect(replayed.abandonment).toStrictEqual(state.abandonment);
  });
});

describe('performance reviews', () => {
  it.each<[string, { note?: string }]>([
    ['without a note', {}],
    ['with a note', { note: 'Late twice' }],
  ])('records the supplier, the satisfaction and the time, %s', (_, note) => {
    const awarded = purchaseIn('awarded');
    const reviewed = next(awarded, {
      type: 'performanceReviewed',
      at: at(20),
      supplierId: 's1',
      satisfaction: 0.75,
      ...note,
    });
    expect(reviewed.reviews).toStrictEqual([{ supplierId: 's1', satisfaction: 0.75, ...note, at: at(20) }]);
    const twice = next(reviewed, { type: 'performanceReviewed', at: at(30), supplierId: 's1', satisfaction: 1 });
    expect(twice.reviews).toStrictEqual([
      { supplierId: 's1', satisfaction: 0.75, ...note, at: at(20) },
      { supplierId: 's1', satisfaction: 1, at: at(30) },
    ]);
    expect(reviewed.reviews).toHaveLength(1);
  });
});
