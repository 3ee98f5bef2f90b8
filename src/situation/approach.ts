/**
 * The seller's approach to a purchase situation.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { parseCopy } from '../_lib/parse.js';
import { snapshot } from '../_lib/boundary.js';
import { BUYCLASSES, IMPORTANCES, ORGANIZATION_TYPES, PROCEDURES, REGIMES, type Buyclass } from '../_lib/vocabulary.js';
import {
  APPROACH_ACTIONS,
  APPROACH_EXTRA_ACTIONS,
  SUPPLIER_POSITIONS,
  type ApproachAction,
  type SupplierPosition,
} from './approach-actions.js';
import { PUBLIC_APPROACH_ACTIONS } from './approach-public.js';
import { isPlainRecord } from '../_lib/fast.js';
import { isOneOf, isOptionalOneOf, isOptionalParams, isText } from './check.js';
import { purchaseSituationSchema, QUADRANTS, SIZE_BANDS, type PurchaseSituation } from './schema.js';

/** Schema of the {@link situation!ApproachOptions}. */
export const approachOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ position: z.enum(SUPPLIER_POSITIONS) })),
);

/** What {@link situation!recommendApproach} takes besides the situation: the seller's position. */
export type ApproachOptions = z.input<ReturnType<typeof approachOptionsSchema>>;

/** What {@link situation!recommendApproach} returns. */
export interface Approach {
  /** What to do, most important first: the buyclass's actions (a public buyer's: its procedure's), then those of a strategic purchase. */
  readonly actions: readonly ApproachAction[];
}

/** Accepts exactly what `purchaseSituationSchema` accepts unchanged, as plain objects. */
export function isPurchaseSituation(value: unknown): value is PurchaseSituation {
  if (!isPlainRecord(value)) return false;
  const { buyclass, organization, regime, reasons } = value;
  if (!isOneOf(buyclass, BUYCLASSES) || !isOneOf(regime, REGIMES)) return false;
  if (!isPlainRecord(organization) || !Array.isArray(reasons)) return false;
  if (!isOneOf(organization['type'], ORGANIZATION_TYPES)) return false;
  for (const key in organization) {
    if (key !== 'type' && !(key === 'sizeBand' && isOptionalOneOf(organization[key], SIZE_BANDS))) return false;
  }
  for (const reason of reasons as unknown[]) {
    if (!isPlainRecord(reason) || !isText(reason['code']) || !isText(reason['message'])) return false;
    if (!isOptionalParams(reason['params'])) return false;
    for (const key in reason) if (key !== 'code' && key !== 'message' && key !== 'params') return false;
  }
  for (const key in value) {
    const v = value[key];
    const ok =
      key === 'buyclass' ||
      key === 'organization' ||
      key === 'regime' ||
      key === 'reasons' ||
      (key === 'quadrant' && isOptionalOneOf(v, QUADRANTS)) ||
      (key === 'procedure' && isOptionalOneOf(v, PROCEDURES)) ||
      (key === 'importance' && isOptionalOneOf(v, IMPORTANCES));
    if (!ok) return false;
  }
  return true;
}

/**
 * Recommends what a seller should do in a purchase situation, as an in-supplier (the
 * current supplier) or an out-supplier: the actions of the buyclass
 * ({@link APPROACH_ACTIONS}) — or, when the buyer follows public procurement rules,
 * those of its procedure ({@link PUBLIC_APPROACH_ACTIONS}: neutral market
 * consultation, qualifying, following the procedure; nothing that steers the specification
 * or leans on the relationship, which Directive 2014/24/EU arts. 18, 40, 41 and 42(4) rule
 * out) — then that of a strategic purchase ({@link APPROACH_EXTRA_ACTIONS}). A leverage
 * item never gets `prove-reliability`: it calls for price and terms (see {@link QUADRANT_IMPORTANCE}).
 *
 * @param situation - a {@link PurchaseSituation}, as {@link classifySituation} returns.
 * @param options - `position`: `'in-supplier'` or `'out-supplier'`.
 * @returns the actions, each with a code, what to do and why.
 * @throws {@link BuygridInputError} when the situation or the position is not valid.
 *
 * @example
 * ```ts
 * import { classifySituation, recommendApproach } from 'buygrid/situation';
 * const erp = classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.8, supplyRisk: 0.7 } });
 * recommendApproach(erp, { position: 'out-supplier' }).actions.map((a) => a.code);
 * //=> ['get-in-early', 'reduce-perceived-risk', 'reach-the-whole-center', 'prove-reliability']
 * const hospital = classifySituation({ buyclass: 'new-task', organization: { type: 'institution', publicLaw: true } });
 * recommendApproach(hospital, { position: 'in-supplier' }).actions.map((a) => a.code);
 * //=> ['perform-the-contract', 'join-market-consultation', 'qualify-for-the-procedure', 'follow-the-procedure']
 * recommendApproach(erp, { position: 'incumbent' as 'in-supplier' });
 * //=> throws BuygridInputError
 * ```
 * @see Kotler, P. & Armstrong, G., *Principles of Marketing*, 17th ed., ch. 6 (in- and out-suppliers).
 * @category Start here
 */
export function recommendApproach(situation: PurchaseSituation, options: ApproachOptions): Approach {
  const s = snapshot(situation, 'situation');
  const valid = isPurchaseSituation(s) ? s : parseCopy(purchaseSituationSchema(), s, 'situation');
  const o = snapshot(options, 'options');
  const position =
    isPlainRecord(o) && Object.keys(o).length === 1 && isOneOf(o['position'], SUPPLIER_POSITIONS)
      ? (o['position'] as SupplierPosition)
      : parseCopy(approachOptionsSchema(), o, 'options').position;
  const buyclass: Buyclass = valid.buyclass;
  const actions: ApproachAction[] =
    valid.regime === 'public-tender'
      ? [...PUBLIC_APPROACH_ACTIONS[valid.procedure ?? 'open'][position]]
      : [...APPROACH_ACTIONS[buyclass][position]];
  // A leverage item calls for price and terms, not proven reliability (buygrid's reading of Kraljic 1983).
  if (valid.importance === 'strategic' && valid.quadrant !== 'leverage') actions.push(APPROACH_EXTRA_ACTIONS.strategic);
  return Object.freeze({ actions: Object.freeze(actions) });
}
