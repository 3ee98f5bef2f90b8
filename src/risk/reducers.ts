/**
 * Risk reducers: what the supplier can offer, or the buyer can do, in this purchase to
 * cut the uncertainty or the consequence of named dimensions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import type { RiskDimension } from './dimensions.js';
import type { RiskProfile } from './profile.js';

/** The buyer's relationship with the assessed supplier, as the risk profile gives it (`supplierRelationship`). */
export type SupplierRelationship = RiskProfile['supplierRelationship'];

/** A risk reducer as data: who acts, which component it cuts, on which dimensions, by how much. */
export interface RiskReducer {
  /** Who takes the action: the supplier offers it, or the buyer does it. */
  readonly by: 'supplier' | 'buyer';
  /** The component it cuts: information cuts uncertainty; limiting or deferring losses cuts the consequence (Roselius 1971). */
  readonly targets: 'uncertainty' | 'consequence';
  /** The dimensions whose component it cuts. */
  readonly dimensions: readonly RiskDimension[];
  /** The share of the component it removes, in `[0, 1]`: the component is multiplied by `1 − effect`. */
  readonly effect: number;
  /** The action, in a few words. */
  readonly label: string;
  /** Where the tactic is documented. */
  readonly source: string;
  /**
   * The relationships with the assessed supplier in which it applies (absent: all). What
   * reduces a newcomer's uncertainty — references, a site visit — is not offered by the
   * supplier the buyer already knows.
   */
  readonly relationships?: readonly SupplierRelationship[];
}

/**
 * The risk reducers buygrid knows, keyed by id. Each multiplies the targeted component of
 * each named dimension by `1 − effect`, so it never raises a risk and keeps it in
 * `[0, 1]`; reducers on the same component compound. The table is deeply frozen. The
 * tactics come from the literature on how organizational buyers handle risk (each row
 * names its source, or says it is buygrid's reading); the effect sizes are modelling
 * assumptions. Reducers apply by relationship (`relationships`): references and a site
 * visit are for a supplier new to the buyer, a trial order for one that does not supply this
 * item yet (new or known) — never for the incumbent. "Buy from the incumbent" is not a
 * reducer: it changes the supplier, not this purchase.
 *
 * @example
 * ```ts
 * import { RISK_REDUCERS } from 'buygrid/risk';
 * RISK_REDUCERS.warranty;
 * //=> { by: 'supplier', targets: 'consequence', effect: 0.4 }
 * RISK_REDUCERS.references.relationships;
 * //=> ['new']
 * ```
 * @see Roselius, T. (1971), "Consumer Rankings of Risk Reduction Methods", *Journal of Marketing* 35(1):56–61.
 * @see Baker, M. J. (ed.), *The Marketing Book*, 5th ed., ch. 7 "Business-to-business marketing", p. 149 (risk reduction in new buys).
 * @see Kull, T. J., Oke, A. & Dooley, K. (2014), "Supplier Selection Behavior under Uncertainty", *Decision Sciences* 45(3).
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const RISK_REDUCERS = /* @__PURE__ */ deepFreeze({
  references: {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['performance', 'supplier', 'social'],
    effect: 0.3,
    label: 'references from comparable clients',
    source:
      'asking for referees in new buys (The Marketing Book, 5th ed., ch. 7, p. 149); word of mouth (Roselius 1971)',
    relationships: ['new'],
  },
  trial: {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['performance', 'after-sales'],
    effect: 0.4,
    label: 'a trial order or a pilot',
    source: 'trial purchase in new buys (The Marketing Book, 5th ed., ch. 7, p. 149); free sample (Roselius 1971)',
    relationships: ['new', 'known'],
  },
  'site-visit': {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['supplier', 'delivery'],
    effect: 0.25,
    label: 'a visit of the supplier’s site',
    source:
      'extended search in new buys (The Marketing Book, 5th ed., ch. 7, p. 149); a visit as such a search is buygrid’s reading',
    relationships: ['new'],
  },
  certification: {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['performance', 'supplier'],
    effect: 0.2,
    label: 'a third-party certification (quality system, product tests)',
    source: 'private or government testing (Roselius 1971)',
  },
  warranty: {
    by: 'supplier',
    targets: 'consequence',
    dimensions: ['performance', 'after-sales'],
    effect: 0.4,
    label: 'a warranty',
    source:
      'warranties in the order routine (Kotler & Armstrong, 17th ed., ch. 6); money-back guarantee (Roselius 1971)',
  },
  'sla-penalties': {
    by: 'supplier',
    targets: 'consequence',
    dimensions: ['delivery', 'after-sales'],
    effect: 0.4,
    label: 'a service-level agreement with penalties',
    source:
      'detailed contract negotiation (The Marketing Book, 5th ed., ch. 7, p. 149); contingent pay (Kull, Oke & Dooley 2014)',
  },
  'staged-payment': {
    by: 'supplier',
    targets: 'consequence',
    dimensions: ['financial'],
    effect: 0.35,
    label: 'payment in stages, against milestones',
    source: 'contingent pay lowers perceived risk (Kull, Oke & Dooley 2014)',
  },
  'buyer-currency-pricing': {
    by: 'supplier',
    targets: 'consequence',
    dimensions: ['currency'],
    effect: 1,
    label: 'prices in the buyer’s currency',
    source:
      'currency risk, a question a French B2B marketing text asks of each client; buygrid’s reading: the supplier carries the exchange risk',
  },
  'detailed-specification': {
    by: 'buyer',
    targets: 'uncertainty',
    dimensions: ['performance'],
    effect: 0.2,
    label: 'a detailed specification',
    source: 'detailed specification and contract negotiation in new buys (The Marketing Book, 5th ed., ch. 7, p. 149)',
  },
  'stakeholder-involvement': {
    by: 'buyer',
    targets: 'uncertainty',
    dimensions: ['social'],
    effect: 0.3,
    label: 'involving the members concerned in the choice',
    source: 'buygrid’s assumption: members who share the choice share the blame (social risk, Jacoby & Kaplan 1972)',
  },
  'buffer-stock': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['delivery'],
    effect: 0.5,
    label: 'a buffer stock',
    source: 'safety stock, in the strategy for bottleneck items (Kraljic 1983)',
  },
  'dual-sourcing': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['delivery', 'supplier'],
    effect: 0.4,
    label: 'a second source',
    source:
      'multiple sourcing "to avoid being totally dependent on one supplier" (Kotler & Armstrong, 17th ed., ch. 6)',
  },
  'currency-hedge': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['currency'],
    effect: 0.7,
    label: 'a currency hedge (forward contract)',
    source:
      'currency risk, a question a French B2B marketing text asks of each client; integration of global risk (Bergadaà, Coraux & Damperat 2006)',
  },
} as const satisfies Readonly<Record<string, RiskReducer>>);

/** The id of one of the {@link RISK_REDUCERS}. */
export type RiskReducerId = keyof typeof RISK_REDUCERS;

/** The ids of the {@link RISK_REDUCERS}, in table order. */
export const RISK_REDUCER_IDS: readonly RiskReducerId[] = /* @__PURE__ */ Object.freeze(
  Object.keys(RISK_REDUCERS) as RiskReducerId[],
);

/** Schema of a {@link RiskReducerId}. */
export const riskReducerIdSchema = /* @__PURE__ */ lazy(() =>
  z.enum(Object.keys(RISK_REDUCERS) as [RiskReducerId, ...RiskReducerId[]]),
);
