/**
 * Kraljic's (1983) portfolio as data: the sub-criteria of each axis, the quadrant of each
 * combination, and the purchasing strategy and importance of each quadrant.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Importance } from '../_lib/vocabulary.js';
import type { Quadrant } from './schema.js';
import type { NoParams } from '../_lib/reason.js';
import type { SituationReason } from './messages.js';

/** The default threshold between low and high on both axes; a value at it counts as high. */
export const DEFAULT_PORTFOLIO_THRESHOLD = 0.5;

/**
 * The sub-criteria of each axis of the Kraljic matrix, each in `[0, 1]` and oriented so
 * that more means more profit impact or more supply risk. An axis not given is derived
 * from its sub-criteria that are given: by default their maximum, or their mean
 * (`aggregate`, see {@link situation!PORTFOLIO_AGGREGATES}).
 *
 * Kraljic (1983) gives them as alternative indicators: profit impact is "the volume
 * purchased, percentage of total purchase cost, or impact on product quality or business
 * growth"; supply risk is "availability, number of suppliers, competitive demand,
 * make-or-buy opportunities, and storage risks and substitution possibilities". Here
 * `scarcity` covers availability and competitive demand, `supplierConcentration` the
 * (small) number of suppliers, `substitutionDifficulty` the lack of substitutes and of a
 * make option, `storageRisk` the risk of holding stock. `switchingCost`, the cost of
 * changing supplier, is **buygrid's addition**, not one of Kraljic's criteria (it comes
 * from the later portfolio literature on buyer–supplier dependence).
 *
 * @example
 * ```ts
 * import { PORTFOLIO_SUBCRITERIA } from 'buygrid/situation';
 * PORTFOLIO_SUBCRITERIA.profitImpact;
 * //=> ['volume', 'costShare', 'qualityImpact', 'growthImpact']
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const PORTFOLIO_SUBCRITERIA = /* @__PURE__ */ deepFreeze({
  profitImpact: ['volume', 'costShare', 'qualityImpact', 'growthImpact'],
  supplyRisk: ['scarcity', 'supplierConcentration', 'substitutionDifficulty', 'switchingCost', 'storageRisk'],
} as const);

/**
 * How an axis is derived from its sub-criteria: `max` (the default) takes the largest, since
 * Kraljic's indicators are alternatives ("volume … or impact on quality") — any one of them
 * can make an item high-impact or high-risk; `mean` takes their plain mean (an assumption,
 * no weights being published).
 *
 * @example
 * ```ts
 * import { PORTFOLIO_AGGREGATES } from 'buygrid/situation';
 * PORTFOLIO_AGGREGATES[0];
 * //=> 'max'
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const PORTFOLIO_AGGREGATES = /* @__PURE__ */ deepFreeze(['max', 'mean'] as const);
/** One of the {@link situation!PORTFOLIO_AGGREGATES}. */
export type PortfolioAggregate = (typeof PORTFOLIO_AGGREGATES)[number];

/** One of the two axes of the Kraljic matrix. */
export type PortfolioAxis = keyof typeof PORTFOLIO_SUBCRITERIA;

/** One sub-criterion of an axis, see {@link situation!PORTFOLIO_SUBCRITERIA}. */
export type PortfolioSubcriterion = (typeof PORTFOLIO_SUBCRITERIA)[PortfolioAxis][number];

/**
 * The code of a purchasing strategy of {@link situation!PORTFOLIO_STRATEGIES}.
 *
 * @example
 * ```ts
 * import { PORTFOLIO_STRATEGIES, type PortfolioStrategyCode } from 'buygrid/situation';
 * const code: PortfolioStrategyCode = PORTFOLIO_STRATEGIES.bottleneck.code;
 * code;
 * //=> 'secure-volume'
 * ```
 */
export type PortfolioStrategyCode =
  'secure-partnership' | 'exploit-purchasing-power' | 'secure-volume' | 'streamline-buying';

/** The purchasing strategy of a quadrant: a stable code, no params, and what to do. */
export interface PortfolioStrategy {
  /** A stable, kebab-case code. */
  readonly code: PortfolioStrategyCode;
  /** None: `{}`. */
  readonly params: NoParams;
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
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const PORTFOLIO_STRATEGIES = /* @__PURE__ */ deepFreeze({
  strategic: {
    code: 'secure-partnership',
    params: {},
    message:
      'Supply management: analyse the power position, then exploit, balance or diversify; build long-term partnerships that secure supply. Decided at the top.',
  },
  leverage: {
    code: 'exploit-purchasing-power',
    params: {},
    message:
      'Materials management: use purchasing power — tenders, target pricing, substitution of products or suppliers. Decided by the chief buyer.',
  },
  bottleneck: {
    code: 'secure-volume',
    params: {},
    message:
      'Sourcing management: secure volume and continuity — volume insurance, control of vendors, safety stock, backup plans. Decided by department heads.',
  },
  'non-critical': {
    code: 'streamline-buying',
    params: {},
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
 * The importance of each quadrant in the sense of the French B2B teaching text behind the
 * banal/strategic distinction (a strategic purchase is one where "the reliability of the
 * supplier will weigh heavily"). The mapping is **buygrid's reading**, not Kraljic's nor the
 * text's: a strategic item (reliability and partnership) and a bottleneck item (continuity
 * of supply) are strategic; a leverage item calls for purchasing power — price and terms,
 * not the supplier's reliability, since substitutes abound — and a non-critical item for
 * efficient routine, so both are banal. A leverage item's stake is money: give its share of
 * the budget to `assessRisk` and `expectedSize`. The usual summaries of Kraljic put leverage
 * items with the chief buyer and bottleneck items with department heads, above the buyers of
 * non-critical items.
 *
 * @example
 * ```ts
 * import { QUADRANT_IMPORTANCE } from 'buygrid/situation';
 * QUADRANT_IMPORTANCE.leverage;
 * //=> 'banal'
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const QUADRANT_IMPORTANCE = /* @__PURE__ */ deepFreeze({
  strategic: 'strategic',
  leverage: 'banal',
  bottleneck: 'strategic',
  'non-critical': 'banal',
} as const satisfies Record<Quadrant, Importance>);

/**
 * The reason each quadrant gives for its importance: what weighs in the purchase
 * (buygrid's reading of Kraljic's strategies, marked as such in the message). Deeply frozen;
 * results share its objects.
 *
 * @example
 * ```ts
 * import { QUADRANT_REASONS } from 'buygrid/situation';
 * QUADRANT_REASONS.leverage.code;
 * //=> 'banal-purchase'
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export const QUADRANT_REASONS = /* @__PURE__ */ deepFreeze({
  strategic: {
    code: 'strategic-purchase',
    params: { quadrant: 'strategic' },
    message:
      'A strategic purchase (strategic item): the reliability of the supplier and a long-term partnership weigh heavily (buygrid’s reading of the quadrant).',
  },
  leverage: {
    code: 'banal-purchase',
    params: { quadrant: 'leverage' },
    message:
      'A banal purchase (leverage item): price and terms weigh heavily — purchasing power, not the supplier’s reliability; the stake is money (buygrid’s reading of the quadrant).',
  },
  bottleneck: {
    code: 'strategic-purchase',
    params: { quadrant: 'bottleneck' },
    message:
      'A strategic purchase (bottleneck item): continuity of supply weighs heavily (buygrid’s reading of the quadrant).',
  },
  'non-critical': {
    code: 'banal-purchase',
    params: { quadrant: 'non-critical' },
    message:
      'A banal purchase (non-critical item): efficient routine buying weighs most (buygrid’s reading of the quadrant).',
  },
} as const satisfies {
  readonly [Q in Quadrant]: SituationReason<'strategic-purchase' | 'banal-purchase'> & {
    readonly params: { readonly quadrant: Q };
  };
});
