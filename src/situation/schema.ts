/**
 * The shape of a classified purchase situation, which `buygrid/process` and
 * `buygrid/risk` accept.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import {
  buyclassSchema,
  importanceSchema,
  organizationTypeSchema,
  procedureSchema,
  regimeSchema,
} from '../_lib/vocabulary.js';
import { text } from '../_lib/schemas.js';

/**
 * The four quadrants of Kraljic's (1983) purchasing portfolio matrix.
 *
 * @example
 * ```ts
 * import { QUADRANTS } from 'buygrid/situation';
 * QUADRANTS.length;
 * //=> 4
 * ```
 */
export const QUADRANTS = /* @__PURE__ */ deepFreeze(['strategic', 'leverage', 'bottleneck', 'non-critical'] as const);
/** One of the {@link QUADRANTS}. */
export type Quadrant = (typeof QUADRANTS)[number];
/** Schema of a {@link Quadrant}. */
export const quadrantSchema = /* @__PURE__ */ z.enum(QUADRANTS);

/**
 * The size bands of an enterprise after the EU thresholds (Commission Recommendation
 * 2003/361/EC): by staff headcount micro < 10, small < 50, medium < 250, large — and by
 * turnover or balance sheet when given. Companies only: the Recommendation defines
 * enterprises.
 *
 * @example
 * ```ts
 * import { SIZE_BANDS } from 'buygrid/situation';
 * SIZE_BANDS.at(-1);
 * //=> 'large'
 * ```
 */
export const SIZE_BANDS = /* @__PURE__ */ deepFreeze(['micro', 'small', 'medium', 'large'] as const);
/** One of the {@link SIZE_BANDS}. */
export type SizeBand = (typeof SIZE_BANDS)[number];
/** Schema of a {@link SizeBand}. */
export const sizeBandSchema = /* @__PURE__ */ z.enum(SIZE_BANDS);

/**
 * The ordinal levels of the buyclass criteria (newness of the problem, information need).
 *
 * @example
 * ```ts
 * import { LEVELS } from 'buygrid/situation';
 * LEVELS.join(' < ');
 * //=> 'low < medium < high'
 * ```
 */
export const LEVELS = /* @__PURE__ */ deepFreeze(['low', 'medium', 'high'] as const);
/** One of the {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];
/** Schema of a {@link Level}. */
export const levelSchema = /* @__PURE__ */ z.enum(LEVELS);

/**
 * Schema of the facts {@link situation!classifyBuyclass} takes (Robinson, Faris & Wind 1967's
 * criteria plus the rebuy facts), which `nextPurchaseFacts` of `buygrid/process` produces.
 * Only `purchasedBefore` is required: a fact not known is left out (or `undefined`), which
 * lowers the confidence rather than being guessed.
 */
export const buyclassFactsSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    purchasedBefore: z.boolean(),
    specificationChanged: z.optional(z.boolean()),
    satisfiedWithIncumbent: z.optional(z.boolean()),
    consideringNewSuppliers: z.optional(z.boolean()),
    problemNovelty: z.optional(levelSchema),
    informationNeed: z.optional(levelSchema),
  }),
);

/** The facts about a purchase from which its buyclass is classified. */
export type BuyclassFacts = z.output<typeof buyclassFactsSchema>;

/** Schema of a {@link PurchaseSituation}. */
export const purchaseSituationSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    buyclass: buyclassSchema,
    quadrant: z.optional(quadrantSchema),
    importance: z.optional(importanceSchema),
    organization: z.readonly(
      z.strictObject({
        type: organizationTypeSchema,
        sizeBand: z.optional(sizeBandSchema),
      }),
    ),
    regime: regimeSchema,
    procedure: z.optional(procedureSchema),
    reasons: z.readonly(z.array(z.readonly(z.strictObject({ code: text, message: text })))),
  }),
);

/**
 * One classified purchase situation: the buyclass, the Kraljic quadrant and importance,
 * the buying organization, the procurement regime and — for a public buyer — the award
 * procedure, with the reasons behind them.
 * {@link situation!classifySituation} builds one; `startPurchase` and `defaultPolicy` of
 * `buygrid/process` and `assessRisk` of `buygrid/risk` take it.
 */
export type PurchaseSituation = z.output<typeof purchaseSituationSchema>;
