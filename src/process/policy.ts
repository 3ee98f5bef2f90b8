/**
 * The rules a purchase follows, as data: how many suppliers and offers it needs, which
 * steps it may skip, whether a re-order needs an offer, and who may do what.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { BUYCLASSES, REGIMES, buyclassSchema, regimeSchema, roleSchema, stepSchema } from '../_lib/vocabulary.js';
import type { Buyclass, Regime } from '../_lib/vocabulary.js';
import { parse } from '../_lib/parse.js';
import { snapshot } from '../_lib/boundary.js';
import type { PurchaseSituation } from '../situation/schema.js';
import { PURCHASE_EVENT_TYPES, type PurchaseEventType } from './events.js';

/** What a skip needs: known suppliers (given at the start), or an incumbent supplier. */
export const SKIP_REQUIREMENTS = /* @__PURE__ */ deepFreeze(['known-suppliers', 'incumbent'] as const);
/** One of the {@link SKIP_REQUIREMENTS}. */
export type SkipRequirement = (typeof SKIP_REQUIREMENTS)[number];

/** An integer ≥ 0 (a count). */
export const count = /* @__PURE__ */ z
  .number()
  .check(z.refine((v) => Number.isInteger(v) && v >= 0, { message: 'an integer ≥ 0', abort: true }));
const skipsSchema = /* @__PURE__ */ z.readonly(
  z.array(z.readonly(z.strictObject({ from: stepSchema, to: stepSchema, requires: z.optional(z.enum(SKIP_REQUIREMENTS)) }))),
);
const rolesOf = /* @__PURE__ */ z.optional(z.readonly(z.array(roleSchema)));
/** Roles per event type; written as an object of optional keys (a `partialRecord` costs 0.6 kB of bundle). */
const rolesSchema = /* @__PURE__ */ z.readonly(
  z.strictObject(Object.fromEntries(PURCHASE_EVENT_TYPES.map((type) => [type, rolesOf])) as { [K in PurchaseEventType]: typeof rolesOf }),
);

/** Schema of a {@link PurchasePolicy}. */
export const purchasePolicySchema = /* @__PURE__ */ z.readonly(
  z.strictObject({ minShortlisted: count, minOffers: count, skips: skipsSchema, reorderWithoutOffer: z.literal([true, false]), roles: rolesSchema }),
);
/** Schema of the policy fields a caller overrides (every field optional; `z.partial` would cost 0.4 kB of bundle). */
export const policyOverridesSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    minShortlisted: z.optional(count),
    minOffers: z.optional(count),
    skips: z.optional(skipsSchema),
    reorderWithoutOffer: z.optional(z.literal([true, false])),
    roles: z.optional(rolesSchema),
  }),
);
/** Policy fields that replace those of the default policy of a situation. */
export type PurchasePolicyOverrides = z.input<typeof policyOverridesSchema>;

/**
 * The rules of a purchase: `minShortlisted` suppliers before negotiation, `minOffers`
 * offers before the decision, the `skips` allowed, whether the incumbent may be
 * re-ordered from without an offer, and the `roles` that may record an event (checked
 * when a buying center is given to `transition`).
 */
export type PurchasePolicy = z.output<typeof purchasePolicySchema>;
/** A skip the policy allows: from one step to a later one, possibly only with known suppliers or an incumbent. */
export type SkipRule = PurchasePolicy['skips'][number];

/** Schema of the situation `startPurchase` and `defaultPolicy` take: a classified situation or `{ buyclass?, regime? }`. */
export const plainSituationSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({ buyclass: z.optional(buyclassSchema), regime: z.optional(regimeSchema) }),
);
/** A purchase situation: a `PurchaseSituation` of `buygrid/situation`, or the plain `{ buyclass?, regime? }`. */
export type ProcessSituation = PurchaseSituation | z.input<typeof plainSituationSchema>;

/**
 * Validates a situation: of a classified one (it has `reasons`), only the buyclass and regime
 * are read and checked, the rest being `buygrid/situation`'s (checking it all would cost 0.3 kB
 * of bundle); a plain one is checked whole, strictly.
 */
export function parseSituation(situation: unknown, prefix: string): { buyclass: Buyclass; regime: Regime } {
  const copy = snapshot(situation, prefix);
  const s = copy as PurchaseSituation;
  const classified = typeof copy === 'object' && copy !== null && 'reasons' in copy;
  return resolveSituation(parse(plainSituationSchema, classified ? { buyclass: s.buyclass, regime: s.regime } : copy, prefix));
}

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
 * The default policy per buyclass in a private purchase.
 *
 * - `new-task`: all five steps, nothing skipped ("buyers who face a new task buying
 *   situation usually go through all stages", Kotler & Armstrong).
 * - `modified-rebuy`: from `specification` straight to `negotiation` when known suppliers
 *   were given (they are shortlisted) — an assumption after the rebuy column of the Buygrid
 *   as reproduced by Kotler (recalled, not verified in the sources at hand).
 * - `straight-rebuy`: from `need-recognition` straight to `decision` with an incumbent,
 *   who may be re-ordered from without an offer — the same recalled grid ("only the need
 *   recognition…", a routine re-order): a documented default, not a verified fact.
 *
 * One shortlisted supplier and one offer suffice in a private purchase (an assumption).
 *
 * @see Robinson, Faris & Wind (1967), *Industrial Buying and Creative Marketing*.
 * @see Kotler & Armstrong, *Principles of Marketing*, ch. 6 (buying situations, p. 196).
 *
 * @example
 * ```ts
 * import { BUYCLASS_POLICIES } from 'buygrid/process';
 * BUYCLASS_POLICIES['straight-rebuy'].skips;
 * //=> [{ from: 'need-recognition', to: 'decision', requires: 'incumbent' }]
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
    skips: [{ from: 'need-recognition', to: 'decision', requires: 'incumbent' }],
    reorderWithoutOffer: true,
    roles: DEFAULT_ROLE_RULES,
  },
} as const satisfies Record<Buyclass, PurchasePolicy>);

/**
 * The example policy of a public tender, whatever the buyclass: at least 3 shortlisted
 * suppliers and 3 offers, no skipping, no re-order without an offer. It is modelled on
 * common competitive procedures (seed 000: public bodies buy by tender); the numbers are
 * jurisdiction-specific — an assumption to override with the rules that apply.
 *
 * @see Directive 2014/24/EU, art. 65(2) (at least 3 candidates in restricted procedures, 5 in some).
 *
 * @example
 * ```ts
 * import { PUBLIC_TENDER_POLICY } from 'buygrid/process';
 * PUBLIC_TENDER_POLICY.minOffers;
 * //=> 3
 * ```
 */
export const PUBLIC_TENDER_POLICY = /* @__PURE__ */ deepFreeze({
  minShortlisted: 3,
  minOffers: 3,
  skips: [],
  reorderWithoutOffer: false,
  roles: DEFAULT_ROLE_RULES,
} as const satisfies PurchasePolicy);

/** The buyclass and regime of a situation, with their defaults (`new-task`, `private`). */
function resolveSituation(situation: ProcessSituation | undefined): { buyclass: Buyclass; regime: Regime } {
  return { buyclass: situation?.buyclass ?? BUYCLASSES[0], regime: situation?.regime ?? REGIMES[0] };
}

/**
 * Returns the default policy of a purchase situation: the public-tender policy under a
 * public tender, else the policy of the buyclass; fields of `overrides` replace the defaults.
 *
 * @param situation - a `PurchaseSituation` from `buygrid/situation`, or `{ buyclass?, regime? }`
 *   (default `new-task`, `private`).
 * @param overrides - fields that replace those of the default.
 * @returns the policy, deeply frozen.
 * @throws BuygridInputError when the situation or an override has the wrong shape.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'buygrid/process';
 * defaultPolicy({ regime: 'public-tender' }).minShortlisted;
 * //=> 3
 * defaultPolicy({ buyclass: 'modified-rebuy' }, { minOffers: 2 });
 * //=> { minShortlisted: 1, minOffers: 2, reorderWithoutOffer: false }
 * ```
 */
export function defaultPolicy(situation: ProcessSituation = {}, overrides: PurchasePolicyOverrides = {}): PurchasePolicy {
  const { buyclass, regime } = parseSituation(situation, 'situation');
  const base: Record<string, unknown> = { ...(regime === 'public-tender' ? PUBLIC_TENDER_POLICY : BUYCLASS_POLICIES[buyclass]) };
  for (const [key, value] of Object.entries(parse(policyOverridesSchema, overrides, 'policy'))) {
    if (value !== undefined) base[key] = value;
  }
  // Every object schema is `z.readonly`, so the parsed policy is frozen all the way down.
  return parse(purchasePolicySchema, base, 'policy');
}
