/**
 * The state of a purchase: where it is, what it holds, and the events that led there.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { createMark } from '../_lib/boundary.js';
import * as z from 'zod/mini';
import { id, text, timestamp, unit } from '../_lib/schemas.js';
import { STEPS, buyclassSchema, procedureSchema, regimeSchema, stepSchema } from '../_lib/vocabulary.js';
import {
  ABANDON_REASONS,
  PRIORITIES,
  offerShape,
  orderRoutineSchema,
  eventSchema,
  supplierInputSchema,
} from './events.js';
import { count, policySchema } from './policy.js';
import { lazy } from '../_lib/lazy.js';

/** The two outcomes that end a purchase. */
export const OUTCOMES = /* @__PURE__ */ deepFreeze(['awarded', 'abandoned'] as const);
/** One of the {@link OUTCOMES}. */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Where a supplier stands: `known` (given at the start, as in a rebuy), `identified`
 * (found in the supplier search), `shortlisted` (pre-selected, may make offers) or `excluded`.
 */
export const SUPPLIER_STATUSES = /* @__PURE__ */ deepFreeze([
  'known',
  'identified',
  'shortlisted',
  'excluded',
] as const);
/** One of the {@link SUPPLIER_STATUSES}. */
export type SupplierStatus = (typeof SUPPLIER_STATUSES)[number];

/** The version of the stored shape of a {@link PurchaseState}. */
export const PURCHASE_SCHEMA_VERSION = 1;

const ro = <T extends z.ZodMiniType>(schema: T): z.ZodMiniReadonly<T> => z.readonly(schema);

/** The object behind {@link purchaseStateSchema}, built on first use. */
export const stateSchema = /* @__PURE__ */ lazy(() =>
  ro(
    z.strictObject({
      schemaVersion: z.literal(PURCHASE_SCHEMA_VERSION),
      id: id(),
      status: z.enum([...STEPS, ...OUTCOMES]),
      startedAt: timestamp(),
      need: ro(z.strictObject({ summary: text(), trigger: z.enum(['internal', 'external']) })),
      situation: ro(
        z.strictObject({
          buyclass: buyclassSchema(),
          regime: regimeSchema(),
          procedure: z.optional(procedureSchema()),
        }),
      ),
      policy: policySchema(),
      knownSuppliers: ro(z.array(supplierInputSchema())),
      requirements: ro(z.array(ro(z.strictObject({ id: id(), text: text(), priority: z.enum(PRIORITIES) })))),
      suppliers: ro(
        z.array(
          ro(
            z.strictObject({
              id: id(),
              name: text(),
              status: z.enum(SUPPLIER_STATUSES),
              incumbent: z.literal([true, false]),
            }),
          ),
        ),
      ),
      offers: ro(z.array(ro(z.strictObject({ ...offerShape(), at: timestamp(), revisions: count() })))),
      visits: ro(
        z.array(ro(z.strictObject({ step: stepSchema(), entered: timestamp(), left: z.optional(timestamp()) }))),
      ),
      selection: z.nullable(
        ro(
          z.strictObject({
            supplierId: id(),
            at: timestamp(),
            reorder: z.literal([true, false]),
            orderRoutine: z.optional(orderRoutineSchema()),
          }),
        ),
      ),
      abandonment: z.nullable(
        ro(
          z.strictObject({
            reason: z.enum(ABANDON_REASONS),
            note: z.optional(text()),
            at: timestamp(),
            step: stepSchema(),
          }),
        ),
      ),
      reviews: ro(
        z.array(
          ro(z.strictObject({ supplierId: id(), satisfaction: unit(), note: z.optional(text()), at: timestamp() })),
        ),
      ),
      history: ro(z.array(eventSchema())),
    }),
  ),
);

/**
 * Schema of a {@link PurchaseState}, as stored. A `z.lazy` schema, built on its first use
 * rather than at import (the object itself is `purchaseStateSchema._zod.innerType`).
 */
export const purchaseStateSchema = /* @__PURE__ */ z.lazy(stateSchema);

/**
 * The state of a purchase, deeply frozen and JSON-serializable: its `status` (a step or an
 * outcome), the start input (`id`, `startedAt`, `need`, `situation`, the resolved `policy`,
 * `knownSuppliers`), what the events built (`requirements`, `suppliers`, `offers` — the
 * latest per supplier —, `visits`, `selection`, `abandonment`, `reviews`) and the `history`
 * of the events applied, from which everything but the start input can be rebuilt.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a named interface, so hovers and errors say `PurchaseState`
export interface PurchaseState extends z.output<typeof purchaseStateSchema> {}
/** A requirement of the specification, its priority resolved. */
export type Requirement = PurchaseState['requirements'][number];
/** A supplier of the purchase, with its status. */
export type Supplier = PurchaseState['suppliers'][number];
/** The latest offer of a supplier, with the count of its revisions. */
export type Offer = PurchaseState['offers'][number];
/** One stay in a step: when it was entered, and left (absent while the purchase is in it). */
export type Visit = PurchaseState['visits'][number];
/** The status of a purchase: a step, or an outcome. */
export type PurchaseStatus = PurchaseState['status'];

/**
 * The states this library made itself (started, transitioned, replayed or restored), deeply
 * frozen and valid: they are taken as they are. Any other object given as a state is
 * checked as `parsePurchaseState` checks a stored one (`toState` in persistence.ts).
 */
export const MADE_STATES = /* @__PURE__ */ createMark<PurchaseState>();
