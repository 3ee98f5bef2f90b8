/**
 * What each accepted event does to the state. The effects write to a draft: a shallow
 * copy whose arrays are copied on write (a transition), or owned and grown in place (a
 * replay, which stays linear in the number of events).
 *
 * @module
 */
import type { Step } from '../_lib/vocabulary.js';
import type { PurchaseEventOf, PurchaseEventType } from './events.js';
import { skipsSupplierSearch } from './guards.js';
import { EVENT_TARGETS, isStep } from './machine.js';
import type { Offer, PurchaseState, PurchaseStatus, Supplier, Visit } from './state.js';
import { forget, idOf, positionOf, supplierOf } from './lookup.js';

/** A state being built: writable fields; arrays shared with the previous state unless `owned`. Every entry an effect creates is frozen at once. */
export type Draft = { -readonly [K in keyof PurchaseState]: PurchaseState[K] };

/** Appends an item: in place when the array is owned, else to a copy. */
export function pushed<T>(items: readonly T[], item: T, owned: boolean): readonly T[] {
  if (!owned) return [...items, item];
  (items as T[]).push(item);
  return items;
}

function replaced<T>(items: readonly T[], index: number, item: T, owned: boolean): readonly T[] {
  if (!owned) return items.map((x, i) => (i === index ? item : x)); // writing into a slice of a frozen array is slow in V8
  (items as T[])[index] = item;
  return items;
}

function removed<T>(items: readonly T[], index: number, owned: boolean): readonly T[] {
  if (!owned) return items.filter((_, i) => i !== index);
  (items as T[]).splice(index, 1);
  forget(items); // the entries after it moved
  return items;
}

/** Moves to a status at a time: the open visit is closed, and a step opens a new one. */
function moveTo(draft: Draft, status: PurchaseStatus, at: string, owned: boolean): void {
  const last = draft.visits.length - 1;
  // A purchase in a step is always in its open visit, the last: startPurchase opens the first.
  const open = draft.visits[last] as Visit;
  const closed = replaced(
    draft.visits,
    last,
    Object.freeze({ step: open.step, entered: open.entered, left: at }),
    owned,
  );
  // `replaced` made a fresh array (or the array is owned): the new visit can go in place.
  draft.visits = isStep(status) ? pushed(closed, Object.freeze({ step: status, entered: at }), true) : closed;
  draft.status = status;
}

/** A supplier with a new status, written field by field (spreading a frozen object is slow in V8). */
const withStatus = (s: Supplier, status: Supplier['status']): Supplier =>
  Object.freeze({ id: s.id, name: s.name, status, incumbent: s.incumbent });

function setStatus(draft: Draft, id: string, status: Supplier['status'], owned: boolean): void {
  const index = positionOf(draft.suppliers, idOf, id);
  draft.suppliers = replaced(draft.suppliers, index, withStatus(draft.suppliers[index] as Supplier, status), owned);
}

type Effect<K extends PurchaseEventType> = (draft: Draft, event: PurchaseEventOf<K>, owned: boolean) => void;
const advance = (draft: Draft, event: PurchaseEventOf<keyof typeof EVENT_TARGETS>, owned: boolean): void => {
  moveTo(draft, EVENT_TARGETS[event.type], event.at, owned);
};

/** The effect of every event type, once its guards have passed. */
export const EFFECTS: { readonly [K in PurchaseEventType]: Effect<K> } = {
  needQualified: advance,
  requirementAdded: (draft, { requirement }, owned) => {
    const { id, text, priority = 'must' } = requirement;
    draft.requirements = pushed(draft.requirements, Object.freeze({ id, text, priority }), owned);
  },
  requirementRemoved: (draft, { requirementId }, owned) => {
    draft.requirements = removed(draft.requirements, positionOf(draft.requirements, idOf, requirementId), owned);
  },
  specificationApproved: advance,
  supplierIdentified: (draft, { supplier }, owned) => {
    const entry = Object.freeze({
      id: supplier.id,
      name: supplier.name,
      status: 'identified',
      incumbent: supplier.incumbent === true,
    } as const);
    draft.suppliers = pushed(draft.suppliers, entry, owned);
  },
  supplierShortlisted: (draft, { supplierId }, owned) => {
    setStatus(draft, supplierId, 'shortlisted', owned);
  },
  supplierExcluded: (draft, { supplierId }, owned) => {
    setStatus(draft, supplierId, 'excluded', owned);
  },
  negotiationStarted: advance,
  offerReceived: (draft, { offer, at }, owned) => {
    const index = positionOf(draft.offers, supplierOf, offer.supplierId);
    const revisions = index < 0 ? 0 : (draft.offers[index] as Offer).revisions + 1;
    const entry: Record<string, unknown> = {
      supplierId: offer.supplierId,
      amount: offer.amount,
      currency: offer.currency,
    };
    if (offer.leadTimeDays !== undefined) entry['leadTimeDays'] = offer.leadTimeDays;
    if (offer.warrantyMonths !== undefined) entry['warrantyMonths'] = offer.warrantyMonths;
    entry['at'] = at;
    entry['revisions'] = revisions;
    const next = Object.freeze(entry) as unknown as Offer;
    draft.offers = index < 0 ? pushed(draft.offers, next, owned) : replaced(draft.offers, index, next, owned);
  },
  decisionRequested: advance,
  supplierSelected: (draft, { supplierId, at, orderRoutine }, owned) => {
    const reorder = !draft.offers.some((o) => o.supplierId === supplierId);
    // The event was read into a fresh, frozen copy: its order routine can be shared.
    draft.selection = Object.freeze(
      orderRoutine === undefined ? { supplierId, at, reorder } : { supplierId, at, reorder, orderRoutine },
    );
    moveTo(draft, 'awarded', at, owned);
  },
  stepRevisited: (draft, { to, at }, owned) => {
    moveTo(draft, to, at, owned);
  },
  stepSkipped: (draft, { to, at }, owned) => {
    if (skipsSupplierSearch(draft.status as Step, to)) {
      draft.suppliers = draft.suppliers.map((s) => (s.status === 'known' ? withStatus(s, 'shortlisted') : s));
    }
    moveTo(draft, to, at, owned);
  },
  purchaseAbandoned: (draft, { reason, note, at }, owned) => {
    const step = draft.status as Step;
    draft.abandonment = Object.freeze(note === undefined ? { reason, at, step } : { reason, note, at, step });
    moveTo(draft, 'abandoned', at, owned);
  },
  performanceReviewed: (draft, { supplierId, satisfaction, note, at }, owned) => {
    const review = note === undefined ? { supplierId, satisfaction, at } : { supplierId, satisfaction, note, at };
    draft.reviews = pushed(draft.reviews, Object.freeze(review), owned);
  },
};
