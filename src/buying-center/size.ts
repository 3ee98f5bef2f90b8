/**
 * How many people a purchase typically involves, from the organization and the purchase.
 *
 * @module
 */
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import { employees } from '../_lib/schemas.js';
import type { Reason } from '../_lib/reason.js';
import { buyclassSchema, importanceSchema, type Buyclass, type Importance } from '../_lib/vocabulary.js';

/**
 * The technical complexity of the purchased item, an input of {@link expectedSize}: more
 * complex products involve more people, functions and levels (Chalmers 1993; Johnston &
 * Bonoma 1981).
 *
 * @example
 * ```ts
 * import { PURCHASE_COMPLEXITIES } from 'buygrid/buying-center';
 * PURCHASE_COMPLEXITIES.join(' < ');
 * //=> 'low < medium < high'
 * ```
 */
export const PURCHASE_COMPLEXITIES = /* @__PURE__ */ deepFreeze(['low', 'medium', 'high'] as const);
/** One of the {@link PURCHASE_COMPLEXITIES}. */
export type PurchaseComplexity = (typeof PURCHASE_COMPLEXITIES)[number];

/** One headcount band of {@link EXPECTED_SIZE_FACTORS}: organizations with fewer than `below` employees. */
export interface HeadcountFactor {
  /** The band holds organizations with fewer employees than this (`Infinity` for the last band). */
  readonly below: number;
  /** The multiplier of the band. */
  readonly factor: number;
}

/**
 * The model behind {@link expectedSize}: a typical size per buyclass, for a large
 * organization buying an item of medium complexity, banal in importance, multiplied by a
 * factor for each input. Every factor grows with its input, so the size is monotone.
 *
 * Anchors: a routine purchase (straight rebuy, low complexity) involves about one person
 * (Kotler & Armstrong; Sheth 1973); a capital-equipment purchase — a new task, complex and
 * strategic, in a large firm — about seven (Johnston & Bonoma 1981: 7 persons, 4
 * departments, 3 levels); Gartner puts a complex purchase at 6–10 decision makers. The
 * headcount factors follow seed 001 ("much simpler in a company of 20 employees than in
 * one of 2,000") and Kotler & Armstrong (20, 30 or more people in large companies); their
 * values, like the range multipliers, are buygrid's assumptions.
 *
 * @example
 * ```ts
 * import { EXPECTED_SIZE_FACTORS } from 'buygrid/buying-center';
 * EXPECTED_SIZE_FACTORS.buyclass['new-task'];
 * //=> 4
 * ```
 */
export const EXPECTED_SIZE_FACTORS = /* @__PURE__ */ deepFreeze({
  buyclass: { 'straight-rebuy': 1, 'modified-rebuy': 2.5, 'new-task': 4 },
  complexity: { low: 0.8, medium: 1, high: 1.4 },
  importance: { banal: 1, strategic: 1.25 },
  employees: [
    { below: 10, factor: 0.4 },
    { below: 50, factor: 0.6 },
    { below: 250, factor: 0.8 },
    { below: 1000, factor: 1 },
    { below: 10000, factor: 1.15 },
    { below: Infinity, factor: 1.3 },
  ],
  range: { min: 0.7, max: 1.45 },
} as const satisfies {
  buyclass: Record<Buyclass, number>;
  complexity: Record<PurchaseComplexity, number>;
  importance: Record<Importance, number>;
  employees: readonly HeadcountFactor[];
  range: { min: number; max: number };
});

/** Schema of the input of {@link expectedSize}. */
export const expectedSizeInputSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    employees,
    buyclass: buyclassSchema,
    complexity: z.optional(z.enum(PURCHASE_COMPLEXITIES)),
    importance: z.optional(importanceSchema),
  }),
);

/** The input of {@link expectedSize}. */
export type ExpectedSizeInput = z.input<typeof expectedSizeInputSchema>;

/** The result of {@link expectedSize}: a range of headcounts and the reasons behind it. */
export interface ExpectedSize {
  /** The fewest people to expect (at least 1). */
  readonly min: number;
  /** The typical number of people. */
  readonly typical: number;
  /** The most people to expect (never more than the employees). */
  readonly max: number;
  /** One reason per input, with its factor. */
  readonly reasons: readonly Reason<'buyclass' | 'complexity' | 'importance' | 'employees' | 'capped-by-employees'>[];
}

/**
 * Estimates how many people take part in a purchase: a range anchored on published
 * figures, which never shrinks when novelty, complexity, importance or headcount grow,
 * and never exceeds the employees.
 *
 * @param input - `employees` (≥ 1), `buyclass`, `complexity` (default `medium`),
 *   `importance` (default `banal`).
 * @returns `{ min, typical, max, reasons }`.
 * @throws {@link BuygridInputError} for an invalid input.
 * @see Johnston, W. J. & Bonoma, T. V. (1981), "The Buying Center: Structure and Interaction Patterns", *Journal of Marketing* 45(3):143–156.
 * @see Gartner: a typical buying group for a complex solution involves 6–10 decision makers.
 *
 * @example
 * ```ts
 * import { expectedSize } from 'buygrid/buying-center';
 * expectedSize({ employees: 500, buyclass: 'new-task', complexity: 'high', importance: 'strategic' });
 * //=> { min: 5, typical: 7, max: 10 }
 * expectedSize({ employees: 500, buyclass: 'straight-rebuy', complexity: 'low' });
 * //=> { min: 1, typical: 1, max: 1 }
 * ```
 */
export function expectedSize(input: ExpectedSizeInput): ExpectedSize {
  const { employees, buyclass, complexity = 'medium', importance = 'banal' } = parse(expectedSizeInputSchema, input);
  const f = EXPECTED_SIZE_FACTORS;
  // The last band is unbounded, so a band is always found.
  const band = f.employees.find((b) => employees < b.below) as HeadcountFactor;
  const estimate = f.buyclass[buyclass] * f.complexity[complexity] * f.importance[importance] * band.factor;
  const cap = (n: number): number => Math.min(employees, Math.max(1, n));
  const typical = cap(Math.round(estimate));
  const reasons: ExpectedSize['reasons'][number][] = [
    { code: 'buyclass', message: `A ${buyclass} purchase: a base of ${f.buyclass[buyclass]} people (for 250–999 employees, medium complexity, banal).` },
    { code: 'complexity', message: `${complexity} complexity: × ${f.complexity[complexity]}.` },
    { code: 'importance', message: `A ${importance} purchase: × ${f.importance[importance]}.` },
    {
      code: 'employees',
      message: `${employees} employees${band.below === Infinity ? '' : ` (fewer than ${band.below})`}: × ${band.factor}.`,
    },
  ];
  const max = cap(Math.max(typical, Math.round(estimate * f.range.max)));
  if (Math.round(estimate * f.range.max) > employees) {
    reasons.push({ code: 'capped-by-employees', message: `No more people than the ${employees} employees.` });
  }
  return deepFreeze({ min: cap(Math.min(typical, Math.round(estimate * f.range.min))), typical, max, reasons });
}
