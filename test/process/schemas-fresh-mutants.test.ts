// The zod/mini schemas of events and stored states (src/process/events.ts, state.ts), public as
// `purchaseEventSchema` and `purchaseStateSchema`: what a purchase records must pass them, and
// their refusals are part of the API.
//
// Each schema is built once, on first use (src/_lib/lazy.ts). A mutation run counts a schema's
// construction as covered by whichever test first builds it, and runs only that test against
// a mutant of it; so each test here loads the module anew (`vi.resetModules`) and builds the
// schemas it checks itself.
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type * as Process from '../../src/process/index.js';
import { startPurchase, type PurchaseEvent, type PurchaseState } from '../../src/process/index.js';
import { at, walk } from './fixtures.js';

async function fresh(): Promise<typeof Process> {
  vi.resetModules();
  return import('../../src/process/index.js');
}

/** One event of each of the fifteen types, every optional field given. */
const EVERY_EVENT: readonly PurchaseEvent[] = [
  { type: 'needQualified', at: at(1), by: 'ann' },
  { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t', priority: 'must' } },
  { type: 'requirementRemoved', at: at(2), requirementId: 'r1' },
  { type: 'specificationApproved', at: at(3) },
  { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Lift AG', incumbent: true } },
  { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
  { type: 'supplierExcluded', at: at(5), supplierId: 's2', reason: 'no service in the region' },
  { type: 'negotiationStarted', at: at(6) },
  {
    type: 'offerReceived',
    at: at(7),
    offer: { supplierId: 's1', amount: 1000, currency: 'EUR', leadTimeDays: 10, warrantyMonths: 24 },
  },
  { type: 'decisionRequested', at: at(8) },
  {
    type: 'supplierSelected',
    at: at(9),
    supplierId: 's1',
    orderRoutine: { kind: 'call-off', schedule: 'weekly', reference: 'FW-1' },
  },
  { type: 'stepRevisited', at: at(9), to: 'specification', reason: 'the budget changed' },
  { type: 'stepSkipped', at: at(9), to: 'negotiation', reason: 'known suppliers' },
  { type: 'purchaseAbandoned', at: at(10), reason: 'budget', note: 'frozen until Q3' },
  { type: 'performanceReviewed', at: at(11), supplierId: 's1', satisfaction: 0.8, note: 'on time' },
];

describe('purchaseEventSchema', () => {
  it.each(EVERY_EVENT.map((e) => [e.type, e] as const))(
    'accepts a %s event with all its fields, as given',
    async (_, event) => {
      const { purchaseEventSchema } = await fresh();
      const parsed = z.safeParse(purchaseEventSchema, event);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(event);
    },
  );

  it('accepts a supplier marked as not the incumbent', async () => {
    const { purchaseEventSchema } = await fresh();
    const event = { type: 'supplierIdentified', at: at(4), supplier: { id: 's2', name: 'Hoist BV', incumbent: false } };
    expect(z.safeParse(purchaseEventSchema, event).data).toEqual(event);
  });

  it.each([
    ['a field of another type', { type: 'needQualified', at: at(1), supplierId: 's1' }],
    [
      'a supplier whose incumbent is not a boolean',
      { ...EVERY_EVENT[4], supplier: { id: 's', name: 'S', incumbent: 1 } },
    ],
    [
      'a currency in lower case',
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1, currency: 'eur' } },
    ],
    [
      'a currency of four letters',
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1, currency: 'EURO' } },
    ],
    [
      'a currency after a letter',
      { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1, currency: 'xEUR' } },
    ],
  ])('refuses %s', async (_, event) => {
    const { purchaseEventSchema } = await fresh();
    expect(z.safeParse(purchaseEventSchema, event).success).toBe(false);
  });

  it('names the currency it expects', async () => {
    const { purchaseEventSchema } = await fresh();
    const parsed = z.safeParse(purchaseEventSchema, {
      type: 'offerReceived',
      at: at(7),
      offer: { supplierId: 's1', amount: 1, currency: 'Euro' },
    });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['offer.currency', 'an ISO 4217 currency code (three capital letters, as EUR)'],
    ]);
  });
});

/** A purchase awarded after a search: need 'internal', requirements, an incumbent and a new supplier, a revised offer, a review. */
function awarded(): PurchaseState {
  const start = startPurchase({
    id: 'p1',
    at: at(0),
    need: { summary: 'Forklifts', trigger: 'internal' },
    knownSuppliers: [{ id: 'k', name: 'Kran GmbH', incumbent: true }],
  });
  return walk(start, [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t', priority: 'must' } },
    { type: 'specificationApproved', at: at(3) },
    { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Lift AG' } },
    { type: 'supplierShortlisted', at: at(5), supplierId: 's1' },
    { type: 'supplierShortlisted', at: at(5), supplierId: 'k' },
    { type: 'negotiationStarted', at: at(6) },
    { type: 'offerReceived', at: at(7), offer: { supplierId: 's1', amount: 1000, currency: 'EUR', leadTimeDays: 5 } },
    { type: 'offerReceived', at: at(8), offer: { supplierId: 's1', amount: 900, currency: 'EUR', warrantyMonths: 12 } },
    { type: 'decisionRequested', at: at(9) },
    { type: 'supplierSelected', at: at(10), supplierId: 's1', orderRoutine: { kind: 'blanket', reference: 'C-7' } },
    { type: 'performanceReviewed', at: at(11), supplierId: 's1', satisfaction: 0.9, note: 'on time' },
  ]);
}

/** A purchase abandoned in the search, its need 'external'. */
function abandoned(): PurchaseState {
  const start = startPurchase({ id: 'p2', at: at(0), need: { summary: 'Salt', trigger: 'external' } });
  return walk(start, [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: 'road salt' } },
    { type: 'specificationApproved', at: at(3) },
    { type: 'purchaseAbandoned', at: at(4), reason: 'budget', note: 'frozen' },
  ]);
}

/** A straight rebuy re-ordered from the incumbent without an offer: `selection.reorder` is true. */
function reordered(): PurchaseState {
  const start = startPurchase({
    id: 'p3',
    at: at(0),
    need: { summary: 'Toner' },
    situation: { buyclass: 'straight-rebuy' },
    knownSuppliers: [{ id: 'k', name: 'Kran GmbH', incumbent: true }],
  });
  return walk(start, [
    { type: 'needQualified', at: at(1) },
    { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: 'as before', priority: 'must' } },
    { type: 'stepSkipped', at: at(3), to: 'decision' },
    { type: 'supplierSelected', at: at(4), supplierId: 'k' },
  ]);
}

const stored = (state: PurchaseState): Record<string, unknown> =>
  JSON.parse(JSON.stringify(state)) as Record<string, unknown>;

describe('purchaseStateSchema', () => {
  it.each([
    ['an awarded purchase', awarded],
    ['an abandoned purchase', abandoned],
    ['a re-order from the incumbent', reordered],
  ])('accepts %s, stored as JSON, field for field', async (_, make) => {
    const state = stored(make());
    const { purchaseStateSchema } = await fresh();
    const parsed = z.safeParse(purchaseStateSchema, state);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual(state);
  });

  it('holds what the states above are meant to show (incumbent and not, both triggers, a selection with and without re-order, an abandonment)', () => {
    const a = awarded();
    const b = abandoned();
    expect(a.suppliers.map((s) => [s.id, s.incumbent])).toEqual([
      ['k', true],
      ['s1', false],
    ]);
    expect([a.need.trigger, b.need.trigger]).toEqual(['internal', 'external']);
    expect([a.selection?.reorder, reordered().selection?.reorder]).toEqual([false, true]);
    expect(b.abandonment?.note).toBe('frozen');
  });

  it.each<[string, (s: Record<string, unknown>) => void]>([
    ['a need without its trigger', (s) => (s.need = { summary: 'x' })],
    [
      'a supplier whose incumbent is not a boolean',
      (s) => (s.suppliers = [{ id: 'k', name: 'Kran GmbH', status: 'shortlisted', incumbent: 'yes' }]),
    ],
    ['a selection whose reorder is missing', (s) => delete (s.selection as { reorder?: unknown }).reorder],
    ['a field the state does not have', (s) => (s.extra = 1)],
  ])('refuses %s', async (_, edit) => {
    const state = stored(awarded());
    edit(state);
    const { purchaseStateSchema } = await fresh();
    expect(z.safeParse(purchaseStateSchema, state).success).toBe(false);
  });
});
