/**
 * The rules a purchase follows, as data: how many suppliers and offers it needs, which
 * steps it may skip, whether a re-order needs an offer, and who may do what — per buyclass
 * for a private purchase (this file), per procedure for a public one (`procedures.ts`).
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { roleSchema, stepSchema, type Buyclass } from '../_lib/vocabulary.js';
import { PURCHASE_EVENT_TYPES, type PurchaseEventType } from './events.js';
import { lazy } from '../_lib/lazy.js';

/** What a skip needs: known suppliers (given at the start), or an incumbent supplier. */
export const SKIP_REQUIREMENTS = /* @__PURE__ */ deepFreeze(['known-suppliers', 'incumbent'] as const);
/** One of the {@link SKIP_REQUIREMENTS}. */
export type SkipRequirement = (typeof SKIP_REQUIREMENTS)[number];

/** An integer ≥ 0 (a count). */
export const count = /* @__PURE__ */ lazy(() =>
  z.number().check(z.refine((v) => Number.isInteger(v) && v >= 0, { message: 'an integer ≥ 0', abort: true })),
);
const skipsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.array(
      z.readonly(
        z.strictObject({ from: stepSchema(), to: stepSchema(), requires: z.optional(z.enum(SKIP_REQUIREMENTS)) }),
      ),
    ),
  ),
);
const rolesOf = /* @__PURE__ */ lazy(() => z.optional(z.readonly(z.array(roleSchema()))));
/** Roles per event type; written as an object of optional keys (a `partialRecord` costs 0.6 kB of bundle). */
const rolesSchema = /* @__PURE__ */ lazy(() => {
  const roles = rolesOf();
  return z.readonly(
    z.strictObject(
      Object.fromEntries(PURCHASE_EVENT_TYPES.map((type) => [type, roles])) as {
        [K in PurchaseEventType]: typeof roles;
      },
    ),
  );
});

/**
 * How a procedure invites suppliers, beyond `minShortlisted`: `if-fewer` — when fewer
 * than `minShortlisted` qualify, all who qualify suffice (every supplier on the list is
 * shortlisted or excluded; Directive 2014/24/EU art. 65(2)); `always` — every supplier not
 * excluded is invited (open procedure, art. 27; dynamic purchasing system, art. 34(6)).
 */
export const INVITE_ALL = /* @__PURE__ */ deepFreeze(['if-fewer', 'always'] as const);
/** One of the {@link INVITE_ALL} rules. */
export type InviteAll = (typeof INVITE_ALL)[number];

// The schema's type is what zod infers from this shape: spelling it out would duplicate it.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
const policyShape = () => ({
  minShortlisted: count(),
  minOffers: count(),
  skips: skipsSchema(),
  reorderWithoutOffer: z.literal([true, false]),
  roles: rolesSchema(),
  inviteAll: z.optional(z.enum(INVITE_ALL)),
  negotiable: z.optional(z.literal([true, false])),
});

/** The object behind {@link purchasePolicySchema}, built on first use. */
export const policySchema = /* @__PURE__ */ lazy(() => z.readonly(z.strictObject(policyShape())));
/**
 * Schema of a {@link PurchasePolicy}. A `z.lazy` schema, built on its first use rather than at
 * import (the object itself is `purchasePolicySchema._zod.innerType`).
 */
export const purchasePolicySchema = /* @__PURE__ */ z.lazy(policySchema);
/** Schema of the policy fields a caller overrides (every field optional; `z.partial` would cost 0.4 kB of bundle). */
export const policyOverridesSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      minShortlisted: z.optional(count()),
      minOffers: z.optional(count()),
      skips: z.optional(skipsSchema()),
      reorderWithoutOffer: z.optional(z.literal([true, false])),
      roles: z.optional(rolesSchema()),
      inviteAll: z.optional(z.enum(INVITE_ALL)),
      negotiable: z.optional(z.literal([true, false])),
    }),
  ),
);
/** Policy fields that replace those of the default policy of a situation. */
export type PurchasePolicyOverrides = z.input<ReturnType<typeof policyOverridesSchema>>;

/**
 * The rules of a purchase: `minShortlisted` suppliers before negotiation, `minOffers`
 * offers before the decision, the `skips` allowed, whether the incumbent may be
 * re-ordered from without an offer, the `roles` that may record an event (checked
 * when a buying center is given to `transition`), and, for public procedures, `inviteAll`
 * (see {@link INVITE_ALL}) and `negotiable: false` (a second offer from a supplier is
 * refused with guard `no-negotiation`). Absent, `inviteAll` adds nothing and offers are negotiable.
 */
export type PurchasePolicy = z.output<typeof purchasePolicySchema>;
/** A skip the policy allows: from one step to a later one, possibly only with known suppliers or an incumbent. */
export type SkipRule = PurchasePolicy['skips'][number];

/**
 * The default role rules (an assumption after the buying-center roles of Webster & Wind
 * 1972): the specification is approved by a `prescriber` (who defines the product) or a
 * `decider`; a supplier is selected by a `decider`.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROLE_RULES } from 'buygrid/process';
 * DEFAULT_ROLE_RULES.supplierSelected;
 * //=> ['decider']
 * ```
 */
export const DEFAULT_ROLE_RULES = /* @__PURE__ */ deepFreeze({
  specificationApproved: ['prescriber', 'decider'],
  supplierSelected: ['decider'],
} as const satisfies PurchasePolicy['roles']);

/**
 * The role rules of routine buying: as {@link DEFAULT_ROLE_RULES}, but a `buyer` may select
 * the supplier too — "in routine buying, the buyers are often the deciders, or at least
 * the approvers" (Kotler & Armstrong, *Principles of Marketing*, 17th ed., p. 193). Which
 * roles may record which event stays buygrid's assumption.
 *
 * @example
 * ```ts
 * import { ROUTINE_ROLE_RULES } from 'buygrid/process';
 * ROUTINE_ROLE_RULES.supplierSelected;
 * //=> ['buyer', 'decider']
 * ```
 */
export const ROUTINE_ROLE_RULES = /* @__PURE__ */ deepFreeze({
  specificationApproved: ['prescriber', 'decider'],
  supplierSelected: ['buyer', 'decider'],
} as const satisfies PurchasePolicy['roles']);

/**
 * The default policy per buyclass in a private purchase.
 *
 * - `new-task`: all five steps, nothing skipped ("buyers who face a new task buying
 *   situation usually go through all stages", Kotler & Armstrong).
 * - `modified-rebuy`: from `specification` (a `must` requirement still needed) straight to
 *   `negotiation` when known suppliers were given (they are shortlisted) — buygrid's
 *   assumption: the Buygrid marks supplier search "maybe" in a modified rebuy.
 * - `straight-rebuy`: need recognition is a trigger; the specification is confirmed (it
 *   needs a `must` requirement); from `specification` the purchase may skip straight to
 *   `decision` with an incumbent, who may be re-ordered from without an offer, and a
 *   `buyer` may select ({@link ROUTINE_ROLE_RULES}). This follows the Buygrid as Kotler
 *   reproduces it (after Robinson, Faris & Wind 1967, p. 14): in a straight rebuy product
 *   specification "yes"; supplier search, proposal solicitation and supplier selection
 *   "no" (see {@link BUYGRID}).
 *
 * One shortlisted supplier and one offer suffice in a private purchase (an assumption).
 *
 * @see Robinson, Faris & Wind (1967), *Industrial Buying and Creative Marketing*.
 * @see Kotler & Armstrong, *Principles of Marketing*, 17th ed., ch. 6 (buying situations).
 *
 * @example
 * ```ts
 * import { BUYCLASS_POLICIES } from 'buygrid/process';
 * BUYCLASS_POLICIES['straight-rebuy'].skips;
 * //=> [{ from: 'specification', to: 'decision', requires: 'incumbent' }]
 * ```
 */
export const BUYCLASS_POLICIES = /* @__PURE__ */ deepFreeze({
  'new-task': { minShortlisted: 1, minOffers: 1, skips: [], reorderWithoutOffer: false, roles: DEFAULT_ROLE_RULES },
  'modified-rebuy': {
    minShortlisted: 1,
    minOffers: 1,
    skips: [{ from: 'specification', to: 'negotiation', requires: 'known-suppliers' }],
    reorderWithoutOffer: false,
    roles: DEFAULT_ROLE_RULES,
  },
  'straight-rebuy': {
    minShortlisted: 1,
    minOffers: 1,
    skips: [{ from: 'specification', to: 'decision', requires: 'incumbent' }],
    reorderWithoutOffer: true,
    roles: ROUTINE_ROLE_RULES,
  },
} as const satisfies Record<Buyclass, PurchasePolicy>);
