/**
 * Order statistics of durations: count, mean, minimum, quartiles and maximum.
 *
 * @module
 */
import { MS_PER_DAY } from '../process/analytics.js';

/**
 * A distribution of durations in days: how many, the mean, the minimum, the quartiles
 * (`q1`, `median`, `q3`) and the maximum — `null` each when there is none (`n` 0).
 * Quartiles interpolate linearly between the two nearest ranks (Hyndman & Fan 1996,
 * definition 7: R's default, Excel's `QUARTILE.INC`, NumPy's `linear`).
 */
export interface DayStats {
  readonly n: number;
  readonly mean: number | null;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
}

/** The `p`-quantile of sorted values (Hyndman & Fan definition 7). */
export function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}

/** The {@link DayStats} of durations given in milliseconds. */
export function dayStats(ms: readonly number[]): DayStats {
  const n = ms.length;
  if (n === 0) return { n, mean: null, min: null, q1: null, median: null, q3: null, max: null };
  const sorted = Float64Array.from(ms).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const days = (value: number): number => value / MS_PER_DAY;
  return {
    n,
    mean: days(sum / n),
    min: days(sorted[0] as number),
    q1: days(quantile(sorted, 0.25)),
    median: days(quantile(sorted, 0.5)),
    q3: days(quantile(sorted, 0.75)),
    max: days(sorted[n - 1] as number),
  };
}
