/**
 * The shape of a classified purchase situation, which `buygrid/process` and
 * `buygrid/risk` accept.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import {
  buyclassSchema,
  importanceSchema,
  organizationTypeSchema,
  procedureSchema,
  regimeSchema,
} from '../_lib/vocabulary.js';
import { MAX_TEXT_LENGTH, text } from '../_lib/schemas.js';
import type { SituationReason } from './messages.js';

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
export const quadrantSchema = /* @__PURE__ */ lazy(() => z.enum(QUADRANTS));

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
export const sizeBandSchema = /* @__PURE__ */ lazy(() => z.enum(SIZE_BANDS));

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
export const levelSchema = /* @__PURE__ */ lazy(() => z.enum(LEVELS));

/**
 * Schema of the facts {@link situation!classifyBuyclass} takes (Robinson, Faris & Wind 1967's
 * criteria plus the rebuy facts), which `nextPurchaseFacts` of `buygrid/process` produces.
 * Only `purchasedBefore` is required: a fact not known is left out (or `undefined`), which
 * lowers the confidence rather than being guessed.
 */
export const buyclassFactsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      purchasedBefore: z.boolean(),
      specificationChanged: z.optional(z.boolean()),
      satisfiedWithIncumbent: z.optional(z.boolean()),
      consideringNewSuppliers: z.optional(z.boolean()),
      problemNovelty: z.optional(levelSchema()),
      informationNeed: z.optional(levelSchema()),
    }),
  ),
);

/** The facts about a purchase from which its buyclass is classified. */
export type BuyclassFacts = z.output<ReturnType<typeof buyclassFactsSchema>>;

/** A finite number, as params hold: zod 4's `number()` refuses NaN and ±Infinity itself. */
const finite = /* @__PURE__ */ lazy(() => z.number());
/** Schema of one value of a reason's params: a text, a finite number, a boolean, a list of texts, or numbers by name. */
const paramValueSchema = /* @__PURE__ */ lazy(() =>
  z.union([
    z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
    finite(),
    z.boolean(),
    z.readonly(z.array(text())),
    z.readonly(z.record(text(), finite())),
  ]),
);
/** Schema of a reason of a situation: its code, its params (optional, for situations stored before they had them) and its message. */
const reasonSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      code: text(),
      params: z.optional(z.readonly(z.record(text(), paramValueSchema()))),
      message: text(),
    }),
  ),
);

/** Schema of a {@link PurchaseSituation}. */
export const purchaseSituationSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      buyclass: buyclassSchema(),
      quadrant: z.optional(quadrantSchema()),
      importance: z.optional(importanceSchema()),
      organization: z.readonly(
        z.strictObject({
          type: organizationTypeSchema(),
          sizeBand: z.optional(sizeBandSchema()),
        }),
      ),
      regime: regimeSchema(),
      procedure: z.optional(procedureSchema()),
      reasons: z.readonly(z.array(reasonSchema())),
    }),
  ),
);

/**
 * One classified purchase situation: the buyclass, the Kraljic quadrant and importance,
 * the buying organization, the procurement regime and — for a public buyer — the award
 * procedure, with the reasons behind them.
 * {@link situation!classifySituation} builds one; `startPurchase` and `defaultPolicy` of
 * `buygrid/process` and `assessRisk` of `buygrid/risk` take it.
 */
export type PurchaseSituation = z.output<ReturnType<typeof purchaseSituationSchema>>;

/**
 * A {@link PurchaseSituation} as {@link situation!classifySituation} returns it: its reasons
 * are those of `buygrid/situation`, a union discriminated on `code` (a stored situation,
 * read back, has reasons of any code, and may lack `params`).
 *
 * @example
 * ```ts
 * import { classifySituation, type ClassifiedSituation } from 'buygrid/situation';
 * const situation: ClassifiedSituation = classifySituation({ buyclass: 'new-task' });
 * const [given] = situation.reasons;
 * given?.code === 'buyclass-given' ? given.params.buyclass : undefined;
 * //=> 'new-task'
 * ```
 */
export interface ClassifiedSituation extends PurchaseSituation {
  /** Why: the reasons of the buyclass, the portfolio, the organization and the procedure, in that order. */
  readonly reasons: readonly SituationReason[];
}
