// Arbitraries of well-formed events with every optional field (by, priority, incumbent,
// lead time, warranty, reasons, notes) and texts of any characters, for the row properties.
import { fc } from '@fast-check/vitest';
import {
  ABANDON_REASONS,
  PRIORITIES,
  PURCHASE_EVENT_TYPES,
  STEPS,
  type PurchaseEvent,
} from '../../src/process/index.js';
import { at } from './fixtures.js';

/** A timestamp with a time zone, from 2000 to 2099, sometimes with milliseconds or an offset. */
export const timestampArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 946_684_800_000, max: 4_102_444_799_000 }), fc.constantFrom('Z', 'ms', '+02:00'))
  .map(([ms, form]) => {
    const iso = new Date(ms).toISOString();
    if (form === 'ms') return iso;
    const plain = `${iso.slice(0, 19)}Z`;
    return form === 'Z' ? plain : plain.replace('Z', form);
  });
const idArb = fc.string({ minLength: 1, maxLength: 12 });
const textArb = fc.string({ minLength: 1, maxLength: 20 });
const amountArb = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e12, noNaN: true }));
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** Drops the keys holding `undefined`, as a caller writes an event. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[key] = typeof v === 'object' && v !== null ? compact(v as object) : v;
  }
  return out as T;
}

const base = { at: timestampArb, by: opt(idArb) };
const of = <T extends object>(shape: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<PurchaseEvent> =>
  fc.record({ ...base, ...shape }).map((e) => compact(e) as unknown as PurchaseEvent);

/** Any well-formed event of the fifteen types, every optional field sometimes given. */
export const anyEvent: fc.Arbitrary<PurchaseEvent> = fc.oneof(
  of({ type: fc.constant('needQualified') }),
  of({
    type: fc.constant('requirementAdded'),
    requirement: fc.record({ id: idArb, text: textArb, priority: opt(fc.constantFrom(...PRIORITIES)) }),
  }),
  of({ type: fc.constant('requirementRemoved'), requirementId: idArb }),
  of({ type: fc.constant('specificationApproved') }),
  of({
    type: fc.constant('supplierIdentified'),
    supplier: fc.record({ id: idArb, name: textArb, incumbent: opt(fc.boolean()) }),
  }),
  of({ type: fc.constant('supplierShortlisted'), supplierId: idArb }),
  of({ type: fc.constant('supplierExcluded'), supplierId: idArb, reason: opt(textArb) }),
  of({ type: fc.constant('negotiationStarted') }),
  of({
    type: fc.constant('offerReceived'),
    offer: fc.record({
      supplierId: idArb,
      amount: amountArb,
      currency: fc.constantFrom('EUR', 'USD', 'RSD'),
      leadTimeDays: opt(amountArb),
      warrantyMonths: opt(fc.nat()),
    }),
  }),
  of({ type: fc.constant('decisionRequested') }),
  of({ type: fc.constant('supplierSelected'), supplierId: idArb }),
  of({ type: fc.constant('stepRevisited'), to: fc.constantFrom(...STEPS), reason: textArb }),
  of({ type: fc.constant('stepSkipped'), to: fc.constantFrom(...STEPS), reason: opt(textArb) }),
  of({ type: fc.constant('purchaseAbandoned'), reason: fc.constantFrom(...ABANDON_REASONS), note: opt(textArb) }),
  of({
    type: fc.constant('performanceReviewed'),
    supplierId: idArb,
    satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
    note: opt(textArb),
  }),
);

const IDS = ['a', 'b', 'c', 'd'] as const;
/**
 * One well-formed event of the `kind`-th type at hour `h`, ids from a small pool so that
 * guards both pass and refuse. Built by hand from numbers: cheap enough to draw 100,000
 * sequences per run.
 */
export function eventOf(kind: number, pick: number, h: number, x: number): PurchaseEvent {
  const id = IDS[pick % IDS.length] ?? 'a';
  const time = at(h);
  const type = PURCHASE_EVENT_TYPES[kind % PURCHASE_EVENT_TYPES.length] ?? 'needQualified';
  const to = STEPS[pick % STEPS.length] ?? 'need-recognition';
  switch (type) {
    case 'needQualified':
    case 'specificationApproved':
    case 'negotiationStarted':
    case 'decisionRequested':
      return { type, at: time };
    case 'requirementAdded':
      return { type, at: time, requirement: { id, text: 't', priority: x < 0.7 ? 'must' : 'should' } };
    case 'requirementRemoved':
      return { type, at: time, requirementId: id };
    case 'supplierIdentified':
      return { type, at: time, supplier: { id, name: 'n', incumbent: x < 0.3 } };
    case 'supplierShortlisted':
    case 'supplierExcluded':
    case 'supplierSelected':
      return { type, at: time, supplierId: id };
    case 'offerReceived':
      return { type, at: time, offer: { supplierId: id, amount: Math.round(x * 1e5), currency: 'EUR' } };
    case 'stepRevisited':
      return { type, at: time, to, reason: 'r' };
    case 'stepSkipped':
      return { type, at: time, to };
    case 'purchaseAbandoned':
      return { type, at: time, reason: x < 0.5 ? 'budget' : 'other' };
    case 'performanceReviewed':
      return { type, at: time, supplierId: id, satisfaction: x };
  }
}
