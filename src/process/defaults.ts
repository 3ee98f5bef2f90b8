/**
 * The situation a purchase starts in, and the default policy it implies.
 *
 * @module
 */
import { lazy } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { fail, parse } from '../_lib/parse.js';
import {
  buyclassSchema,
  procedureSchema,
  regimeSchema,
  type Buyclass,
  type Procedure,
  type Regime,
} from '../_lib/vocabulary.js';
import type { PurchaseSituation } from '../situation/schema.js';
import {
  BUYCLASS_POLICIES,
  policyOverridesSchema,
  policySchema,
  type PurchasePolicy,
  type PurchasePolicyOverrides,
} from './policy.js';
import { POLICY_BY_PROCEDURE } from './procedures.js';
import { readable } from '../_lib/boundary.js';

const plainSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      buyclass: z.optional(buyclassSchema()),
      regime: z.optional(regimeSchema()),
      procedure: z.optional(procedureSchema()),
    }),
  ),
);
/**
 * Schema of the situation `startPurchase` and `defaultPolicy` take: a classified situation or
 * `{ buyclass?, regime?, procedure? }`. A `z.lazy` schema, built on its first use rather than
 * at import.
 */
export const plainSituationSchema = /* @__PURE__ */ z.lazy(plainSchema);
/** A purchase situation: a `PurchaseSituation` of `buygrid/situation`, or the plain `{ buyclass?, regime?, procedure? }`. */
export type ProcessSituation = PurchaseSituation | z.input<typeof plainSituationSchema>;

/** The situation a purchase holds: buyclass and regime, and the procedure of a public buyer. */
export type ResolvedSituation =
  | { readonly buyclass: Buyclass; readonly regime: 'private' }
  | { readonly buyclass: Buyclass; readonly regime: 'public-tender'; readonly procedure: Procedure };

/**
 * Validates a situation: of a classified one (it has `reasons`), only the buyclass, regime
 * and procedure are read and checked, the rest being `buygrid/situation`'s; a plain one is
 * checked whole, strictly. A procedure without a regime means `public-tender`; a public
 * buyer without a procedure follows the `open` one (art. 27, the most common).
 */
export function parseSituation(situation: unknown, prefix: string): ResolvedSituation {
  const s = situation as PurchaseSituation;
  // A revoked or throwing Proxy fails here as an unreadable input, not with a TypeError.
  const read = readable((): unknown => {
    const classified = typeof situation === 'object' && situation !== null && 'reasons' in situation;
    return classified ? { buyclass: s.buyclass, regime: s.regime, procedure: s.procedure } : situation;
  }, prefix);
  const { buyclass = 'new-task', regime, procedure } = parse(plainSchema(), read, prefix);
  const resolved: Regime = regime ?? (procedure === undefined ? 'private' : 'public-tender');
  if (resolved === 'private') {
    if (procedure !== undefined)
      fail(`${prefix}.procedure`, "no procedure under the private regime (a procedure is a public buyer's)", procedure);
    return { buyclass, regime: resolved };
  }
  return { buyclass, regime: resolved, procedure: procedure ?? 'open' };
}

/**
 * Returns the default policy of a purchase situation: under `public-tender`, the policy of
 * its procedure ({@link PROCEDURE_POLICIES}, `open` by default); else the policy of the
 * buyclass ({@link BUYCLASS_POLICIES}). Fields of `overrides` replace the defaults.
 *
 * @param situation - a `PurchaseSituation` from `buygrid/situation`, or `{ buyclass?, regime?, procedure? }`
 *   (default `new-task`, `private`; a procedure implies `public-tender`).
 * @param overrides - fields that replace those of the default.
 * @returns the policy, deeply frozen.
 * @throws BuygridInputError when the situation or an override has the wrong shape, or a
 *   procedure is given under the private regime.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'buygrid/process';
 * defaultPolicy({ regime: 'public-tender' });
 * //=> { minShortlisted: 1, minOffers: 1, inviteAll: 'always', negotiable: false }
 * defaultPolicy({ procedure: 'restricted' }).minShortlisted;
 * //=> 5
 * defaultPolicy({ buyclass: 'modified-rebuy' }, { minOffers: 2 });
 * //=> { minShortlisted: 1, minOffers: 2, reorderWithoutOffer: false }
 * defaultPolicy({ regime: 'private', procedure: 'open' });
 * //=> throws BuygridInputError
 * ```
 */
export function defaultPolicy(
  situation: ProcessSituation = {},
  overrides: PurchasePolicyOverrides = {},
): PurchasePolicy {
  const resolved = parseSituation(situation, 'situation');
  const table =
    resolved.regime === 'public-tender'
      ? POLICY_BY_PROCEDURE[resolved.procedure]
      : BUYCLASS_POLICIES[resolved.buyclass];
  const base: Record<string, unknown> = { ...table };
  for (const [key, value] of Object.entries(parse(policyOverridesSchema(), overrides, 'policy'))) {
    if (value !== undefined) base[key] = value;
  }
  // Every object schema is `z.readonly`, so the parsed policy is frozen all the way down.
  return parse(policySchema(), base, 'policy');
}
