/**
 * The shapes of the calculator's results.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { Reason } from '../_lib/reason.js';
import type { RiskCode, RiskMessages } from './messages.js';
import type { RiskLevel } from './bands.js';
import type { RiskDimension } from './dimensions.js';
import type { RiskReducer, RiskReducerId } from './reducers.js';

/**
 * The codes of the reasons behind an assessment: one per profile question (which answer
 * raised which dimension), and `given`, `situation`, `profile-over-situation`,
 * `situation-without-profile`, `not-assessed`, `reducer-applied`.
 *
 * @example
 * ```ts
 * import { RISK_REASON_CODES } from 'buygrid/risk';
 * RISK_REASON_CODES.includes('not-assessed');
 * //=> true
 * ```
 */
export const RISK_REASON_CODES = /* @__PURE__ */ deepFreeze([
  'supplier-relationship',
  'buys-from-competitor',
  'lead-time-critical',
  'currency',
  'after-sales-dependency',
  'importance',
  'buyclass',
  'budget-share',
  'given',
  'situation',
  'profile-over-situation',
  'situation-without-profile',
  'not-assessed',
  'reducer-applied',
] as const satisfies readonly RiskCode[]);
/** One of the {@link RISK_REASON_CODES}. */
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

/**
 * A reason behind an assessment, with the dimensions it concerns (`dimensions`: those it
 * raised, set or left out): a union discriminated on `code`, whose `params`
 * ({@link risk!RiskMessages}) narrow with it.
 *
 * @example
 * ```ts
 * import { assessRisk, type RiskReason } from 'buygrid/risk';
 * const reasons: readonly RiskReason[] = assessRisk({ profile: { supplierRelationship: 'new' } }).reasons;
 * const first = reasons[0];
 * first?.code === 'supplier-relationship' ? first.params.answer : undefined;
 * //=> 'new'
 * ```
 */
export type RiskReason = {
  readonly [C in RiskReasonCode]: Reason<C, RiskMessages[C]> & { readonly dimensions: readonly RiskDimension[] };
}[RiskReasonCode];

/** Where the values of an assessed dimension came from. */
export type DimensionSource = 'given' | 'profile';

/** One assessed dimension: its components, its risk and its share of the score. */
export interface DimensionRisk {
  /** The dimension. */
  readonly dimension: RiskDimension;
  /** The uncertainty, after any applied reducer, in `[0, 1]`. */
  readonly uncertainty: number;
  /** The consequence, after any applied reducer, in `[0, 1]`. */
  readonly consequence: number;
  /** `uncertainty × consequence` (Cunningham 1967). */
  readonly risk: number;
  /** The level of `risk` in the bands. */
  readonly level: RiskLevel;
  /** The dimension's weight, normalized over the assessed dimensions (the weights sum to 1). */
  readonly weight: number;
  /** `weight × risk`: the contributions sum to the score. */
  readonly contribution: number;
  /** `given` in `dimensions`, or derived from the `profile`. */
  readonly source: DimensionSource;
}

/** A reducer that applies to an assessment, with the reduction of the score expected from it alone. */
export interface ApplicableReducer extends RiskReducer {
  /** The reducer's id in `RISK_REDUCERS`. */
  readonly id: RiskReducerId;
  /** How much the score falls when this reducer alone is applied. */
  readonly reduction: number;
}

/** A perceived-risk assessment. Deeply frozen. */
export interface RiskAssessment {
  /** The weighted mean of the assessed dimensions' risks, in `[0, 1]`. */
  readonly score: number;
  /** The level of the score in the bands. */
  readonly level: RiskLevel;
  /** The assessed dimensions, in the order of `RISK_DIMENSIONS`. */
  readonly dimensions: readonly DimensionRisk[];
  /** The dimensions neither given nor derived, left out of the score. */
  readonly notAssessed: readonly RiskDimension[];
  /** The fewest dimensions, largest contribution first, that make at least half the score. */
  readonly drivers: readonly RiskDimension[];
  /** The reducers that would lower the score, not yet applied, largest expected reduction first. */
  readonly reducers: readonly ApplicableReducer[];
  /** Why: which answer raised which dimension, what was given, left out or reduced. */
  readonly reasons: readonly RiskReason[];
}
