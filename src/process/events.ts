/**
 * The fifteen events of a purchase: facts, in the past tense, each with its time `at`
 * and optionally the buying-center member `by` whom it happened.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { id, nonNegative, text, timestamp, unit } from '../_lib/schemas.js';
import { stepSchema } from '../_lib/vocabulary.js';
import { lazy } from '../_lib/lazy.js';

/**
 * The fifteen event types of a purchase, in the order of the process.
 *
 * @example
 * ```ts
 * import { PURCHASE_EVENT_TYPES } from 'buygrid/process';
 * PURCHASE_EVENT_TYPES.length;
 * //=> 15
 * ```
 */
export const PURCHASE_EVENT_TYPES = /* @__PURE__ */ deepFreeze([
  'needQualified',
  'requirementAdded',
  'requirementRemoved',
  'specificationApproved',
  'supplierIdentified',
  'supplierShortlisted',
  'supplierExcluded',
  'negotiationStarted',
  'offerReceived',
  'decisionRequested',
  'supplierSelected',
  'stepRevisited',
  'stepSkipped',
  'purchaseAbandoned',
  'performanceReviewed',
] as const);
/** One of the {@link PURCHASE_EVENT_TYPES}. */
export type PurchaseEventType = (typeof PURCHASE_EVENT_TYPES)[number];

/**
 * The priorities of a requirement (MoSCoW without the "won't"): `must`, `should`, `could`.
 *
 * @example
 * ```ts
 * import { PRIORITIES } from 'buygrid/process';
 * PRIORITIES[0];
 * //=> 'must'
 * ```
 */
export const PRIORITIES = /* @__PURE__ */ deepFreeze(['must', 'should', 'could'] as const);
/** One of the {@link PRIORITIES}. */
export type Priority = (typeof PRIORITIES)[number];

/**
 * Why a purchase was abandoned.
 *
 * @example
 * ```ts
 * import { ABANDON_REASONS } from 'buygrid/process';
 * ABANDON_REASONS.includes('budget');
 * //=> true
 * ```
 */
export const ABANDON_REASONS = /* @__PURE__ */ deepFreeze([
  'no-decision',
  'budget',
  'need-withdrawn',
  'no-suitable-offer',
  'other',
] as const);
/** One of the {@link ABANDON_REASONS}. */
export type AbandonReason = (typeof ABANDON_REASONS)[number];

/**
 * The kinds of order routine (Buygrid phase 7, "selection of an order routine"): a `spot`
 * order, a `blanket` order (a standing agreement with scheduled deliveries) or a
 * `call-off` under a framework agreement.
 *
 * @example
 * ```ts
 * import { ORDER_ROUTINE_KINDS } from 'buygrid/process';
 * ORDER_ROUTINE_KINDS;
 * //=> ['spot', 'blanket', 'call-off']
 * ```
 */
export const ORDER_ROUTINE_KINDS = /* @__PURE__ */ deepFreeze(['spot', 'blanket', 'call-off'] as const);
/** One of the {@link ORDER_ROUTINE_KINDS}. */
export type OrderRoutineKind = (typeof ORDER_ROUTINE_KINDS)[number];

/** Schema of the order routine recorded on `supplierSelected`: its `kind`, and optionally the delivery `schedule` and a contract or framework `reference`. */
export const orderRoutineSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      kind: z.enum(ORDER_ROUTINE_KINDS),
      schedule: z.optional(text()),
      reference: z.optional(text()),
    }),
  ),
);

/** An ISO 4217 currency code: three capital letters, as `EUR`. */
export const currencySchema = /* @__PURE__ */ lazy(() =>
  z.string().check(
    z.refine((v) => /^[A-Z]{3}$/.test(v), {
      message: 'an ISO 4217 currency code (three capital letters, as EUR)',
      abort: true,
    }),
  ),
);

/** Schema of a requirement of the specification. */
export const requirementInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ id: id(), text: text(), priority: z.optional(z.enum(PRIORITIES)) })),
);

/** Schema of a supplier as named in an event or among the known suppliers. */
export const supplierInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ id: id(), name: text(), incumbent: z.optional(z.literal([true, false])) })),
);

/** The fields of an offer, shared by the event and the state. */
// The schema's type is what zod infers from this shape: spelling it out would duplicate it.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type, @typescript-eslint/explicit-module-boundary-types
export const offerShape = () => ({
  supplierId: id(),
  amount: nonNegative(),
  currency: currencySchema(),
  leadTimeDays: z.optional(nonNegative()),
  warrantyMonths: z.optional(nonNegative()),
});

/** Schema of an offer as received. */
export const offerInputSchema = /* @__PURE__ */ lazy(() => z.readonly(z.strictObject(offerShape())));

// The schema's type is what this helper builds: spelling it out would duplicate zod's inference.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
function event<T extends PurchaseEventType, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.readonly(z.strictObject({ type: z.literal(type), at: timestamp(), by: z.optional(id()), ...shape }));
}

/** The union behind {@link purchaseEventSchema}, built on first use. */
export const eventSchema = /* @__PURE__ */ lazy(() =>
  z.discriminatedUnion('type', [
    event('needQualified', {}),
    event('requirementAdded', { requirement: requirementInputSchema() }),
    event('requirementRemoved', { requirementId: id() }),
    event('specificationApproved', {}),
    event('supplierIdentified', { supplier: supplierInputSchema() }),
    event('supplierShortlisted', { supplierId: id() }),
    event('supplierExcluded', { supplierId: id(), reason: z.optional(text()) }),
    event('negotiationStarted', {}),
    event('offerReceived', { offer: offerInputSchema() }),
    event('decisionRequested', {}),
    event('supplierSelected', { supplierId: id(), orderRoutine: z.optional(orderRoutineSchema()) }),
    event('stepRevisited', { to: stepSchema(), reason: text() }),
    event('stepSkipped', { to: stepSchema(), reason: z.optional(text()) }),
    event('purchaseAbandoned', { reason: z.enum(ABANDON_REASONS), note: z.optional(text()) }),
    event('performanceReviewed', { supplierId: id(), satisfaction: unit(), note: z.optional(text()) }),
  ]),
);

/**
 * Schema of a {@link PurchaseEvent}: a union discriminated by `type`, every object strict. A
 * `z.lazy` schema, built on its first use rather than at import (the union itself is
 * `purchaseEventSchema._zod.innerType`).
 */
export const purchaseEventSchema = /* @__PURE__ */ z.lazy(eventSchema);

/** An event of a purchase: one of the fifteen {@link PURCHASE_EVENT_TYPES}, with its payload. */
export type PurchaseEvent = z.output<typeof purchaseEventSchema>;
/** The event of one type `K`. */
export type PurchaseEventOf<K extends PurchaseEventType> = Extract<PurchaseEvent, { readonly type: K }>;
/** A requirement as given in a `requirementAdded` event. */
export type RequirementInput = z.output<ReturnType<typeof requirementInputSchema>>;
/** A supplier as given in a `supplierIdentified` event or among the known suppliers. */
export type SupplierInput = z.output<ReturnType<typeof supplierInputSchema>>;
/** The order routine of a `supplierSelected` event (Buygrid phase 7). */
export type OrderRoutine = z.output<ReturnType<typeof orderRoutineSchema>>;
/** An offer as given in an `offerReceived` event. */
export type OfferInput = z.output<ReturnType<typeof offerInputSchema>>;
