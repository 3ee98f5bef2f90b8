/**
 * The size band of an enterprise after Commission Recommendation 2003/361/EC: staff
 * headcount, and, when given, annual turnover or balance-sheet total.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import type { SizeBand } from './schema.js';

/**
 * The staff headcount below which each size band ends, after Commission Recommendation
 * 2003/361/EC, Annex art. 2: micro < 10, small < 50, medium < 250, large from 250. The
 * band buygrid gives from these alone is a **headcount band**: the Recommendation also
 * weighs turnover and balance sheet ({@link situation!SIZE_BAND_CEILINGS}) and the ties to
 * partner and linked enterprises, and it defines enterprises — so a public body or an
 * institution gets no band.
 *
 * @example
 * ```ts
 * import { SIZE_BAND_LIMITS } from 'buygrid/situation';
 * SIZE_BAND_LIMITS.medium;
 * //=> 250
 * ```
 * @see Commission Recommendation 2003/361/EC of 6 May 2003 concerning the definition of micro, small and medium-sized enterprises, OJ L 124, 20.5.2003, p. 36, Annex art. 2.
 */
export const SIZE_BAND_LIMITS = /* @__PURE__ */ deepFreeze({
  micro: 10,
  small: 50,
  medium: 250,
} as const satisfies Partial<Record<SizeBand, number>>);

/**
 * The financial ceilings of each SME category, in euros, after Commission Recommendation
 * 2003/361/EC, Annex art. 2: a medium-sized enterprise has an annual turnover not exceeding
 * EUR 50 million "and/or" a balance-sheet total not exceeding EUR 43 million; a small one
 * EUR 10 million for either, a micro one EUR 2 million — besides the headcount
 * ({@link situation!SIZE_BAND_LIMITS}).
 *
 * @example
 * ```ts
 * import { SIZE_BAND_CEILINGS } from 'buygrid/situation';
 * SIZE_BAND_CEILINGS.medium;
 * //=> { turnover: 50000000, balanceSheet: 43000000 }
 * ```
 * @see Commission Recommendation 2003/361/EC of 6 May 2003 concerning the definition of micro, small and medium-sized enterprises, OJ L 124, 20.5.2003, p. 36, Annex art. 2.
 */
export const SIZE_BAND_CEILINGS = /* @__PURE__ */ deepFreeze({
  micro: { turnover: 2_000_000, balanceSheet: 2_000_000 },
  small: { turnover: 10_000_000, balanceSheet: 10_000_000 },
  medium: { turnover: 50_000_000, balanceSheet: 43_000_000 },
} as const satisfies Partial<Record<SizeBand, { turnover: number; balanceSheet: number }>>);

/** What {@link sizeBandOf} reads: the headcount, and the euros a caller knows. */
export interface SizeFacts {
  /** The staff headcount (in annual work units, strictly). */
  readonly employees: number;
  /** The annual turnover, in euros. */
  readonly turnover?: number | undefined;
  /** The annual balance-sheet total, in euros. */
  readonly balanceSheet?: number | undefined;
}

/** The bands below `large`, smallest first. */
const BANDS = ['micro', 'small', 'medium'] as const;

/**
 * The size band of an enterprise: the smallest band whose headcount limit it stays below
 * and — when turnover or balance sheet is given — whose ceiling one of them does not
 * exceed ("and/or", Annex art. 2). Without either, the band is by headcount alone.
 */
export function sizeBandOf({ employees, turnover, balanceSheet }: SizeFacts): SizeBand {
  const financial = turnover !== undefined || balanceSheet !== undefined;
  for (const band of BANDS) {
    if (employees >= SIZE_BAND_LIMITS[band]) continue;
    const ceiling = SIZE_BAND_CEILINGS[band];
    if (!financial) return band;
    if (
      (turnover !== undefined && turnover <= ceiling.turnover) ||
      (balanceSheet !== undefined && balanceSheet <= ceiling.balanceSheet)
    ) {
      return band;
    }
  }
  return 'large';
}
