/**
 * The Kraljic portfolio classifier: quadrant, importance and purchasing strategy.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { describeValue } from '../_lib/describe.js';
import { BuygridInputError, type BuygridIssueInput as BuygridIssue } from '../_lib/errors.js';
import type { PortfolioAxisParams, SituationReason } from './messages.js';
import { unit } from '../_lib/schemas.js';
import type { Importance } from '../_lib/vocabulary.js';
import { checked, isPlainRecord } from '../_lib/fast.js';
import { frozenReason, isOptionalUnit } from './check.js';
import {
  DEFAULT_PORTFOLIO_THRESHOLD,
  PORTFOLIO_AGGREGATES,
  PORTFOLIO_QUADRANTS,
  PORTFOLIO_STRATEGIES,
  PORTFOLIO_SUBCRITERIA,
  QUADRANT_IMPORTANCE,
  QUADRANT_REASONS,
  type PortfolioAggregate,
  type PortfolioSubcriterion,
  type PortfolioAxis,
  type PortfolioStrategy,
} from './portfolio-data.js';
import type { Quadrant } from './schema.js';

const optionalUnit = /* @__PURE__ */ lazy(() => z.optional(unit()));

/** Schema of a {@link situation!PortfolioInput}. */
export const portfolioInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      profitImpact: optionalUnit(),
      supplyRisk: optionalUnit(),
      threshold: optionalUnit(),
      aggregate: z.optional(z.enum(PORTFOLIO_AGGREGATES)),
      volume: optionalUnit(),
      costShare: optionalUnit(),
      qualityImpact: optionalUnit(),
      growthImpact: optionalUnit(),
      scarcity: optionalUnit(),
      supplierConcentration: optionalUnit(),
      substitutionDifficulty: optionalUnit(),
      switchingCost: optionalUnit(),
      storageRisk: optionalUnit(),
    }),
  ),
);

/**
 * What {@link situation!classifyPortfolio} takes: each axis in `[0, 1]`, or instead of an axis some of
 * its sub-criteria ({@link situation!PORTFOLIO_SUBCRITERIA}) with how to combine them (`aggregate`,
 * default `max`), and an optional threshold.
 */
export type PortfolioInput = z.input<ReturnType<typeof portfolioInputSchema>>;

/** The code of a reason of {@link situation!classifyPortfolio}. */
export type PortfolioReasonCode =
  | 'profit-impact-high'
  | 'profit-impact-low'
  | 'supply-risk-high'
  | 'supply-risk-low'
  | 'strategic-purchase'
  | 'banal-purchase';

/** What {@link situation!classifyPortfolio} returns. */
export interface PortfolioResult {
  /** The Kraljic quadrant. */
  readonly quadrant: Quadrant;
  /** `strategic` for a strategic or bottleneck item, `banal` for a leverage or non-critical one ({@link situation!QUADRANT_IMPORTANCE}, buygrid's reading). */
  readonly importance: Importance;
  /** The purchasing strategy of the quadrant ({@link situation!PORTFOLIO_STRATEGIES}). */
  readonly strategy: PortfolioStrategy;
  /** The profit-impact axis, given or derived from its sub-criteria. */
  readonly profitImpact: number;
  /** The supply-risk axis, given or derived from its sub-criteria. */
  readonly supplyRisk: number;
  /** How an axis derived from sub-criteria combines them (`max` unless given). */
  readonly aggregate: PortfolioAggregate;
  /** The threshold used; a value at it counts as high. */
  readonly threshold: number;
  /** Why: each axis against the threshold (naming the deciding sub-criterion), then the importance. */
  readonly reasons: readonly SituationReason<PortfolioReasonCode>[];
}

/** The keys of a portfolio input that hold a number in [0, 1] (`aggregate` is read apart). */
const KEYS: readonly string[] = [
  'profitImpact',
  'supplyRisk',
  'threshold',
  ...PORTFOLIO_SUBCRITERIA.profitImpact,
  ...PORTFOLIO_SUBCRITERIA.supplyRisk,
];

/** Accepts exactly what `portfolioInputSchema` accepts unchanged, as plain objects. */
export function isPortfolioInput(value: unknown): value is PortfolioInput {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    const v = value[key];
    if (
      key === 'aggregate'
        ? !(v === undefined || v === 'max' || v === 'mean')
        : !KEYS.includes(key) || !isOptionalUnit(v)
    ) {
      return false;
    }
  }
  return true;
}

/** A number with at most 3 decimals. */
const short = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Shows `value` with at most 3 decimals, or in full where rounding would make it look equal to the threshold. */
function show(value: number, threshold: number): string {
  return value !== threshold && Math.abs(value - threshold) < 0.0005 ? String(value) : short(value);
}

interface AxisValue {
  readonly value: number;
  readonly from: string;
  /** The sub-criteria given, when the axis is derived from them. */
  readonly subcriteria?: Partial<Record<PortfolioSubcriterion, number>>;
  /** The largest of several sub-criteria, under `max`. */
  readonly decidedBy?: PortfolioSubcriterion;
}

/**
 * Reads an axis, given or derived from its sub-criteria (their largest, the first in table
 * order on a tie, or their mean); pushes an issue when neither or both are given.
 */
function axis(input: PortfolioInput, name: PortfolioAxis, prefix: string, issues: BuygridIssue[]): AxisValue {
  const direct = input[name];
  let sum = 0;
  let count = 0;
  let largest = -1;
  let decider: PortfolioSubcriterion | undefined;
  let from = '';
  const given: Partial<Record<PortfolioSubcriterion, number>> = {};
  for (const sub of PORTFOLIO_SUBCRITERIA[name]) {
    const v = input[sub];
    if (v === undefined) continue;
    sum += v;
    count += 1;
    given[sub] = v;
    if (v > largest) {
      largest = v;
      decider = sub;
    }
    from += `${count === 1 ? '' : ', '}${sub} ${String(v)}`;
  }
  if (direct !== undefined && count > 0) {
    issues.push({
      path: prefix === '' ? name : `${prefix}.${name}`,
      expected: `either ${name} or its sub-criteria (${PORTFOLIO_SUBCRITERIA[name].join(', ')}), not both`,
      received: `${describeValue(direct)} and ${from}`,
    });
  } else if (direct === undefined && count === 0) {
    issues.push({
      path: prefix === '' ? name : `${prefix}.${name}`,
      expected: `a number in [0, 1], or some of ${PORTFOLIO_SUBCRITERIA[name].join(', ')}`,
      received: 'undefined',
    });
  }
  if (direct !== undefined) return { value: direct, from: '' };
  if (input.aggregate === 'mean') return { value: sum / count, from: ` (the mean of ${from})`, subcriteria: given };
  return count === 1 || decider === undefined
    ? { value: largest, from: ` (from ${from})`, subcriteria: given }
    : {
        value: largest,
        from: ` (decided by ${decider}, the largest of ${from})`,
        subcriteria: given,
        decidedBy: decider,
      };
}

/** The params of an axis reason: the value and threshold, and how a derived axis was derived. */
function axisParams(axis: AxisValue, threshold: number, aggregate: PortfolioAggregate): PortfolioAxisParams {
  if (axis.subcriteria === undefined) return { value: axis.value, threshold };
  const derived = { value: axis.value, threshold, aggregate, subcriteria: Object.freeze(axis.subcriteria) };
  return axis.decidedBy === undefined ? derived : { ...derived, decidedBy: axis.decidedBy };
}

/** Classifies a portfolio input already validated by its schema; throws on a missing or doubly given axis. */
export function portfolioOf(input: PortfolioInput, prefix = ''): PortfolioResult {
  const issues: BuygridIssue[] = [];
  const profit = axis(input, 'profitImpact', prefix, issues);
  const risk = axis(input, 'supplyRisk', prefix, issues);
  if (issues.length > 0) throw new BuygridInputError(issues);
  const threshold = input.threshold ?? DEFAULT_PORTFOLIO_THRESHOLD;
  const profitLevel = profit.value >= threshold ? 'high' : 'low';
  const riskLevel = risk.value >= threshold ? 'high' : 'low';
  const quadrant = PORTFOLIO_QUADRANTS[profitLevel][riskLevel];
  const importance = QUADRANT_IMPORTANCE[quadrant];
  const aggregate = input.aggregate ?? 'max';
  const limit = String(threshold);
  const against = (value: number, level: 'high' | 'low'): string =>
    `${show(value, threshold)}${level === 'high' ? ' is at or above' : ' is below'} the threshold ${limit}: ${level}`;
  return Object.freeze({
    quadrant,
    importance,
    strategy: PORTFOLIO_STRATEGIES[quadrant],
    profitImpact: profit.value,
    supplyRisk: risk.value,
    aggregate,
    threshold,
    reasons: Object.freeze([
      frozenReason(
        profitLevel === 'high' ? 'profit-impact-high' : 'profit-impact-low',
        axisParams(profit, threshold, aggregate),
        `Profit impact${profit.from} ${against(profit.value, profitLevel)}.`,
      ),
      frozenReason(
        riskLevel === 'high' ? 'supply-risk-high' : 'supply-risk-low',
        axisParams(risk, threshold, aggregate),
        `Supply risk${risk.from} ${against(risk.value, riskLevel)}.`,
      ),
      QUADRANT_REASONS[quadrant],
    ]),
  });
}

/**
 * Classifies a purchased item in Kraljic's portfolio matrix from its profit impact and
 * supply risk, with its importance (banal or strategic, buygrid's reading of the quadrant),
 * the purchasing strategy of its quadrant and the reasons.
 *
 * Each axis is given in `[0, 1]`, or derived from the sub-criteria given for it
 * ({@link situation!PORTFOLIO_SUBCRITERIA}): by default their maximum, since Kraljic's
 * indicators are alternatives (a high-volume commodity with a large share of spend is a
 * leverage item whatever its impact on quality), or their mean with `aggregate: 'mean'`.
 * The reasons name the sub-criterion that decided. Giving both an axis and some of its
 * sub-criteria is an error, not a silent choice. A value at the threshold (default 0.5)
 * counts as high.
 *
 * @param input - the two axes or their sub-criteria, an optional `aggregate` (`'max'` or `'mean'`) and an optional `threshold` in `[0, 1]`.
 * @returns the quadrant, importance, strategy, the two axes, the aggregate, the threshold and the reasons.
 * @throws {@link situation!BuygridInputError} on a value outside `[0, 1]`, NaN, an unknown key, or an
 * axis given neither directly nor by a sub-criterion, or given both ways.
 *
 * @example
 * ```ts
 * import { classifyPortfolio } from 'buygrid/situation';
 * const chip = classifyPortfolio({ profitImpact: 0.3, supplyRisk: 0.9 });
 * chip.quadrant;
 * //=> 'bottleneck'
 * chip.strategy.code;
 * //=> 'secure-volume'
 * classifyPortfolio({ profitImpact: 0.5, supplyRisk: 0.2 }).quadrant;
 * //=> 'leverage'
 * const steel = classifyPortfolio({ volume: 0.9, costShare: 0.9, qualityImpact: 0, growthImpact: 0, scarcity: 0.2 });
 * steel.quadrant;
 * //=> 'leverage'
 * steel.reasons[0]?.message;
 * //=> 'Profit impact (decided by volume, the largest of volume 0.9, costShare 0.9, qualityImpact 0, growthImpact 0) 0.9 is at or above the threshold 0.5: high.'
 * classifyPortfolio({ volume: 0.9, costShare: 0.9, qualityImpact: 0, growthImpact: 0, scarcity: 0.2, aggregate: 'mean' }).quadrant;
 * //=> 'non-critical'
 * classifyPortfolio({ profitImpact: 0.8, volume: 0.9, supplyRisk: 0.1 });
 * //=> throws BuygridInputError
 * ```
 * @see Kraljic, P. (1983), "Purchasing Must Become Supply Management", *Harvard Business Review* 61(5):109–117.
 */
export function classifyPortfolio(input: PortfolioInput): PortfolioResult {
  return portfolioOf(checked(portfolioInputSchema(), input, isPortfolioInput));
}
