/**
 * Kraljic's (1983) portfolio as data: the sub-criteria of each axis, the quadrant of each
 * combination, and the purchasing strategy and importance of each quadrant.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Importance } from '../_lib/vocabulary.js';
import type { Quadrant } from './schema.js';

/** The default threshold between low and high on both axes; a value at it counts as high. */
export const DEFAULT_PORTFOLIO_THRESHOLD = 0.5;

/**
 * The sub-criteria of each axis of the Kraljic matrix, each in `[0, 1]` and oriented so
 * that more means more profit impact or more supply risk. An axis not given is the mean
 * of its sub-criteria that are given.
 *
 * Kraljic (1983): profit impact is "the volume purchased, percentage of total purchase
 * cost, or impact on product quality or business growth"; supply risk is "availability,
 * number of suppliers, competitive demand, make-or-buy opportunities, and storage risks
 * and substitution possibilities". Here `scarcity` covers availability and competitive
 * demand, `supplierConcentration` the (small) number of suppliers,
 * `substitutionDifficulty` the lack of substitutes and of a make option, `switchingCost`
 * the cost of changing supplier, `storageRisk` the risk of holding stock.
 *
 * @example
 * ```ts
 * import { PORTFOLIO_SUBCRITERIA } from 'buygrid/situation';
 * PORTFOLIO_SUBCRITERIA.profitImpact;
 * //=> ['volume', 'costShare', 'qualityImpact', 'growthImpact']
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review*.
 */
export const PORTFOLIO_SUBCRITERIA = /* @__PURE__ */ deepFreeze({
  profitImpact: ['volume', 'costShare', 'qualityImpact', 'growthImpact'],
  supplyRisk: ['scarcity', 'supplierConcentration', 'substitutionDifficulty', 'switchingCost', 'storageRisk'],
} as const);

/** One of the two axes of the Kraljic matrix. */
export type PortfolioAxis = keyof typeof PORTFOLIO_SUBCRITERIA;

/** One sub-criterion of an axis, see {@link situation!PORTFOLIO_SUBCRITERIA}. */
export type PortfolioSubcriterion = (typeof PORTFOLIO_SUBCRITERIA)[PortfolioAxis][number];

/** The purchasing strategy of a quadrant: a stable code and what to do. */
export interface PortfolioStrategy {
  /** A stable, kebab-case code. */
  readonly code: string;
  /** What purchasing does with items of the quadrant, and at which level it decides. */
  readonly message: string;
}

/**
 * The purchasing strategy of each Kraljic quadrant (deeply frozen; results share its objects), after Kraljic (1983) and its usual
 * summaries (focus, typical actions, decision level).
 *
 * @example
 * ```ts
 * import { PORTFOLIO_STRATEGIES } from 'buygrid/situation';
 * PORTFOLIO_STRATEGIES.leverage.code;
 * //=> 'exploit-purchasing-power'
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review*.
 */
export const PORTFOLIO_STRATEGIES = /* @__PURE__ */ deepFreeze({
  strategic: {
    code: 'secure-partnership',
    message:
      'Supply management: analyse the power position, then exploit, balance or diversify; build long-term partnerships that secure supply. Decided at the top.',
  },
  leverage: {
    code: 'exploit-purchasing-power',
    message:
      'Materials management: use purchasing power — tenders, target pricing, substitution of products or suppliers. Decided by the chief buyer.',
  },
  bottleneck: {
    code: 'secure-volume',
    message:
      'Sourcing management: secure volume and continuity — volume insurance, control of vendors, safety stock, backup plans. Decided by department heads.',
  },
  'non-critical': {
    code: 'streamline-buying',
    message:
      'Purchasing management: buy efficiently — standardize, bundle orders, optimize order volumes and inventory. Decided by buyers.',
  },
} as const satisfies Record<Quadrant, PortfolioStrategy>);

/**
 * The quadrant of each combination of profit impact (outer key) and supply risk (inner key).
 *
 * @example
 * ```ts
 * import { PORTFOLIO_QUADRANTS } from 'buygrid/situation';
 * PORTFOLIO_QUADRANTS.low.high;
 * //=> 'bottleneck'
 * ```
 */
export const PORTFOLIO_QUADRANTS = /* @__PURE__ */ deepFreeze({
  high: { high: 'strategic', low: 'leverage' },
  low: { high: 'bottleneck', low: 'non-critical' },
} as const satisfies Record<'high' | 'low', Record<'high' | 'low', Quadrant>>);

/**
 * The importance of each quadrant in the seeds' terms: a non-critical item is a banal
 * purchase, the other three are strategic.
 *
 * @example
 * ```ts
 * import { QUADRANT_IMPORTANCE } from 'buygrid/situation';
 * QUADRANT_IMPORTANCE['non-critical'];
 * //=> 'banal'
 * ```
 */
export const QUADRANT_IMPORTANCE = /* @__PURE__ */ deepFreeze({
  strategic: 'strategic',
  leverage: 'strategic',
  bottleneck: 'strategic',
  'non-critical': 'banal',
} as const satisfies Record<Quadrant, Importance>);
