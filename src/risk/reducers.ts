/**
 * Risk reducers: what the supplier can offer, or the buyer can do, in this purchase to
 * cut the uncertainty or the consequence of named dimensions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import type { RiskDimension } from './dimensions.js';

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
}

/**
 * The risk reducers buygrid knows, keyed by id. Each multiplies the targeted component of
 * each named dimension by `1 − effect`, so it never raises a risk and keeps it in
 * `[0, 1]`; reducers on the same component compound. The table is deeply frozen. The tactics come from the literature
 * on how organizational buyers handle risk; the effect sizes are modelling assumptions.
 * "Buy from the incumbent" is not a reducer: it changes the supplier, not this purchase.
 *
 * @example
 * ```ts
 * import { RISK_REDUCERS } from 'buygrid/risk';
 * RISK_REDUCERS.warranty;
 * //=> { by: 'supplier', targets: 'consequence', effect: 0.4 }
 * ```
 * @see Roselius (1971), JM 35:56–61; Kull, Oke & Dooley (2014); Bergadaà, Coraux & Damperat (2006).
 */
export const RISK_REDUCERS = /* @__PURE__ */ deepFreeze({
  references: {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['performance', 'supplier', 'social'],
    effect: 0.3,
    label: 'references from comparable clients',
    source: 'asking for referees (new buy); word of mouth (Roselius 1971)',
  },
  trial: {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['performance', 'after-sales'],
    effect: 0.4,
    label: 'a trial order or a pilot',
    source: 'trial purchase (new buy); free sample (Roselius 1971)',
  },
  'site-visit': {
    by: 'supplier',
    targets: 'uncertainty',
    dimensions: ['supplier', 'delivery'],
    effect: 0.25,
    label: 'a visit of the supplier’s site',
    source: 'extended search; information reduces uncertainty (Roselius 1971)',
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
    source: 'warranties in the order routine; money-back guarantee (Roselius 1971)',
  },
  'sla-penalties': {
    by: 'supplier',
    targets: 'consequence',
    dimensions: ['delivery', 'after-sales'],
    effect: 0.4,
    label: 'a service-level agreement with penalties',
    source: 'detailed contract negotiation; contingent pay (Kull, Oke & Dooley 2014)',
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
    source: 'seed 004 (currency risk): the supplier carries the exchange risk',
  },
  'detailed-specification': {
    by: 'buyer',
    targets: 'uncertainty',
    dimensions: ['performance'],
    effect: 0.2,
    label: 'a detailed specification',
    source: 'detailed specification and contract negotiation (new buy)',
  },
  'stakeholder-involvement': {
    by: 'buyer',
    targets: 'uncertainty',
    dimensions: ['social'],
    effect: 0.3,
    label: 'involving the members concerned in the choice',
    source: 'informal interpersonal influence in new tasks; procedural control',
  },
  'buffer-stock': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['delivery'],
    effect: 0.5,
    label: 'a buffer stock',
    source: 'limiting the consequence of a late delivery (Roselius 1971)',
  },
  'dual-sourcing': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['delivery', 'supplier'],
    effect: 0.4,
    label: 'a second source',
    source: 'multiple sourcing "to avoid being totally dependent on one supplier"',
  },
  'currency-hedge': {
    by: 'buyer',
    targets: 'consequence',
    dimensions: ['currency'],
    effect: 0.7,
    label: 'a currency hedge (forward contract)',
    source: 'seed 004 (currency risk); integration of global risk (Bergadaà et al. 2006)',
  },
} as const satisfies Readonly<Record<string, RiskReducer>>);

/** The id of one of the {@link RISK_REDUCERS}. */
export type RiskReducerId = keyof typeof RISK_REDUCERS;

/** The ids of the {@link RISK_REDUCERS}, in table order. */
export const RISK_REDUCER_IDS: readonly RiskReducerId[] = /* @__PURE__ */ Object.freeze(Object.keys(RISK_REDUCERS) as RiskReducerId[]);

/** Schema of a {@link RiskReducerId}. */
export const riskReducerIdSchema = /* @__PURE__ */ z.enum(
  Object.keys(RISK_REDUCERS) as [RiskReducerId, ...RiskReducerId[]],
);
