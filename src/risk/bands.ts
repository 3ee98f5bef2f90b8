/**
 * The bands that turn a score in `[0, 1]` into a level.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { parse } from '../_lib/parse.js';
import { unit } from '../_lib/schemas.js';

/**
 * The four risk levels, from lowest to highest.
 *
 * @example
 * ```ts
 * import { RISK_LEVELS } from 'buygrid/risk';
 * RISK_LEVELS.join(' < ');
 * //=> 'low < moderate < high < critical'
 * ```
 */
export const RISK_LEVELS = /* @__PURE__ */ deepFreeze(['low', 'moderate', 'high', 'critical'] as const);
/** One of the four {@link RISK_LEVELS}. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Where each level above `low` starts: `low` < 0.15 ≤ `moderate` < 0.35 ≤ `high` < 0.6 ≤
 * `critical`. A product of two `[0, 1]` values clusters low (its mean over uniform inputs
 * is 0.25), so the bands sit low too. Assumptions, overridable with `bands`.
 *
 * @example
 * ```ts
 * import { RISK_BANDS } from 'buygrid/risk';
 * RISK_BANDS.critical;
 * //=> 0.6
 * ```
 */
export const RISK_BANDS = /* @__PURE__ */ deepFreeze({
  moderate: 0.15,
  high: 0.35,
  critical: 0.6,
} as const satisfies RiskBands);

/** The fields of {@link RiskBands}, each in `[0, 1]`. */
// The schema's type is what zod infers from this shape: spelling it out would duplicate it.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type, @typescript-eslint/explicit-module-boundary-types
export const riskBandsShape = () => ({ moderate: unit(), high: unit(), critical: unit() });

/** Schema of {@link RiskBands}: each threshold in `[0, 1]`, `moderate` ≤ `high` ≤ `critical`. */
export const riskBandsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject(riskBandsShape()).check(
      z.refine((b) => b.moderate <= b.high && b.high <= b.critical, {
        message: 'ascending thresholds (moderate ≤ high ≤ critical)',
        abort: true,
      }),
    ),
  ),
);
/** The thresholds where `moderate`, `high` and `critical` start. */
export type RiskBands = z.output<ReturnType<typeof riskBandsSchema>>;

/**
 * Gives the level of a score in `[0, 1]`: the highest level whose threshold it reaches.
 *
 * @param score - a risk or a score in `[0, 1]`.
 * @param bands - the thresholds (default {@link RISK_BANDS}).
 * @returns the level.
 *
 * @example
 * ```ts
 * import { riskLevel } from 'buygrid/risk';
 * riskLevel(0.35);
 * //=> 'high'
 * riskLevel(0.1, { moderate: 0.05, high: 0.2, critical: 0.5 });
 * //=> 'moderate'
 * ```
 */
export function riskLevel(score: number, bands: RiskBands = RISK_BANDS): RiskLevel {
  parse(unit(), score, 'score');
  return levelOf(score, parse(riskBandsSchema(), bands, 'bands'));
}

/** {@link riskLevel} without validation, for inputs already checked. */
export function levelOf(score: number, bands: RiskBands): RiskLevel {
  if (score >= bands.critical) return 'critical';
  if (score >= bands.high) return 'high';
  if (score >= bands.moderate) return 'moderate';
  return 'low';
}
