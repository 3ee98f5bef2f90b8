/**
 * The seven dimensions of perceived risk, their mapping to the literature and their
 * default weights.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';

/**
 * The dimensions along which buygrid assesses the risk a buyer perceives in buying from
 * one supplier: Jacoby & Kaplan's (1972) components, made operational for organizational
 * buying and for the questions a French B2B marketing text asks about each client
 * (lead times, currency, after-sales).
 *
 * @example
 * ```ts
 * import { RISK_DIMENSIONS } from 'buygrid/risk';
 * RISK_DIMENSIONS.length;
 * //=> 7
 * ```
 * @see Jacoby, J. & Kaplan, L. B. (1972), "The Components of Perceived Risk", Proc. 3rd ACR Conference.
 */
export const RISK_DIMENSIONS = /* @__PURE__ */ deepFreeze([
  'financial',
  'performance',
  'delivery',
  'supplier',
  'after-sales',
  'currency',
  'social',
] as const);
/** One of the seven {@link RISK_DIMENSIONS}. */
export type RiskDimension = (typeof RISK_DIMENSIONS)[number];
/** Schema of a {@link RiskDimension}. */
export const riskDimensionSchema = /* @__PURE__ */ lazy(() => z.enum(RISK_DIMENSIONS));

/** The components of perceived risk in Jacoby & Kaplan (1972) and its later extension by time. */
export type LiteratureDimension = 'financial' | 'performance' | 'physical' | 'psychological' | 'social' | 'time';

/** How one buygrid dimension maps to the literature, with what it means and where it comes from. */
export interface RiskDimensionMapping {
  /** The components of the literature this dimension stands for. */
  readonly literature: readonly LiteratureDimension[];
  /** What the buyer fears losing, in one sentence. */
  readonly meaning: string;
  /** The sources of the dimension. */
  readonly sources: readonly string[];
}

/**
 * The mapping of each buygrid dimension to the components of perceived risk of Jacoby &
 * Kaplan (1972) — financial, performance, physical, psychological, social — and time
 * (Roselius 1971; Brooker 1984). Physical risk has no dimension of its own: in an
 * organizational purchase, a product that harms is a product that fails, under
 * `performance`.
 *
 * @example
 * ```ts
 * import { RISK_DIMENSION_MAPPING } from 'buygrid/risk';
 * RISK_DIMENSION_MAPPING.delivery.literature;
 * //=> ['time']
 * ```
 * @see Jacoby & Kaplan (1972); Roselius (1971), JM 35:56–61; Brooker (1984), ACR 11.
 */
export const RISK_DIMENSION_MAPPING = /* @__PURE__ */ deepFreeze({
  financial: {
    literature: ['financial'],
    meaning: 'The purchase costs more than it is worth: price, total cost, a share of the budget lost.',
    sources: ['Jacoby & Kaplan 1972', 'Cox & Rich 1964 (the amount at stake)'],
  },
  performance: {
    literature: ['performance', 'physical'],
    meaning: 'The product or service does not perform as specified (or harms, the physical component).',
    sources: [
      'Jacoby & Kaplan 1972',
      'product-performance risk in organizational buying ("The influence of purchase-related risk perceptions on relationship commitment", a survey of 165 Finnish companies)',
    ],
  },
  delivery: {
    literature: ['time'],
    meaning: 'Lead times are not met: production waits, time is lost.',
    sources: [
      'Roselius 1971 (time loss)',
      'Brooker 1984',
      'a French B2B marketing text: does the client need assurance on lead times?',
    ],
  },
  supplier: {
    literature: ['performance', 'financial'],
    meaning: 'The supplier fails as a partner: continuity, reliability, dependence on one source.',
    sources: [
      'IMP Group (Håkansson 1982): uncertainty falls as a relationship develops',
      'Ford 1980',
      'a French B2B marketing text: is the client new or habitual?',
    ],
  },
  'after-sales': {
    literature: ['performance', 'time'],
    meaning: 'Service, spare parts and support fail over the life of the purchase.',
    sources: ['a French B2B marketing text: does the client need after-sales service?'],
  },
  currency: {
    literature: ['financial'],
    meaning: 'Exchange rates move between order and payment.',
    sources: ['a French B2B marketing text: is there a currency risk?'],
  },
  social: {
    literature: ['social', 'psychological'],
    meaning: 'The members who chose are blamed, personally and in the eyes of colleagues.',
    sources: [
      'Jacoby & Kaplan 1972',
      'personal psychological risk in organizational buying (the same Finnish survey)',
      'Upah 1980 (the risks a member copes with)',
    ],
  },
} as const satisfies Record<RiskDimension, RiskDimensionMapping>);

/**
 * The default weight of each dimension in the score: a modelling assumption, not a
 * published fact — no generally accepted dimension weights for organizational perceived
 * risk have been published. They sum to 1; pass `weights` to `assessRisk` to override any.
 *
 * @example
 * ```ts
 * import { RISK_WEIGHTS } from 'buygrid/risk';
 * RISK_WEIGHTS.performance;
 * //=> 0.25
 * ```
 * @see Mitchell, V.-W. (1999), "Consumer Perceived Risk: Conceptualisations and Models", EJM 33(1/2):163–195 (weighted-sum models).
 */
export const RISK_WEIGHTS = /* @__PURE__ */ deepFreeze({
  financial: 0.2,
  performance: 0.25,
  delivery: 0.15,
  supplier: 0.15,
  'after-sales': 0.1,
  currency: 0.05,
  social: 0.1,
} as const satisfies Record<RiskDimension, number>);
