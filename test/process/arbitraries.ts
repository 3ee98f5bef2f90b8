// Arbitraries of well-formed events with every optional field (by, priority, incumbent,
// lead time, warranty, reasons, notes) and texts of any characters, for the row properties.
import { fc } from '@fast-check/vitest';
import { ABANDON_REASONS, PRIORITIES, STEPS, type PurchaseEvent } from '../../src/process/index.js';

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
  of({ type: fc.constant('requirementAdded'), requirement: fc.record({ id: idArb, text: textArb, priority: opt(fc.constantFrom(...PRIORITIES)) }) }),
  of({ type: fc.constant('requirementRemoved'), requirementId: idArb }),
  of({ type: fc.constant('specificationApproved') }),
  of({ type: fc.constant('supplierIdentified'), supplier: fc.record({ id: idArb, name: textArb, incumbent: opt(fc.boolean()) }) }),
  of({ type: fc.constant('supplierShortlisted'), supplierId: idArb }),
  of({ type: fc.constant('supplierExcluded'), supplierId: idArb, reason: opt(textArb) }),
  of({ type: fc.constant('negotiationStarted') }),
  of({
    type: fc.constant('offerReceived'),
    offer: fc.record({ supplierId: idArb, amount: amountArb, currency: fc.constantFrom('EUR', 'USD', 'RSD'), leadTimeDays: opt(amountArb), warrantyMonths: opt(fc.nat()) }),
  }),
  of({ type: fc.constant('decisionRequested') }),
  of({ type: fc.constant('supplierSelected'), supplierId: idArb }),
  of({ type: fc.constant('stepRevisited'), to: fc.constantFrom(...STEPS), reason: textArb }),
  of({ type: fc.constant('stepSkipped'), to: fc.constantFrom(...STEPS), reason: opt(textArb) }),
  of({ type: fc.constant('purchaseAbandoned'), reason: fc.constantFrom(...ABANDON_REASONS), note: opt(textArb) }),
  of({ type: fc.constant('performanceReviewed'), supplierId: idArb, satisfaction: fc.double({ min: 0, max: 1, noNaN: true }), note: opt(textArb) }),
);
