/**
 * How many people a purchase typically involves, from the organization and the purchase.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import { employees } from '../_lib/schemas.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { BuyingCenterMessages } from './messages.js';
import { unit } from '../_lib/schemas.js';
import { buyclassSchema, importanceSchema, type Buyclass, type Importance } from '../_lib/vocabulary.js';

/**
 * The technical complexity of the purchased item, an input of {@link expectedSize}: more
 * complex products involve more people, functions and levels ("Industrial Buying Behavior
 * and Technical Complexity: A Comparative Study of Two Product Cases", doctoral thesis,
 * Chalmers University of Technology, 1993, research.chalmers.se/publication/1430; Johnston &
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
 * The model behind {@link expectedSize}: a typical size per buyclass, for an organization of
 * 250–999 employees buying an item of medium complexity, banal in importance, with no
 * budget share given, multiplied by a factor for each input. Every factor grows with its
 * input, so the size is monotone.
 *
 * Anchors: a routine purchase (straight rebuy, low complexity) involves about one person
 * (Kotler & Armstrong; Sheth 1973); a capital-equipment purchase — a new task, complex and
 * strategic — about seven (Johnston & Bonoma 1981: 7 persons, 4 departments, 3 levels);
 * Gartner puts a complex purchase at 6–10 decision makers and CEB counted 10.2 on average
 * in 2018; Kotler & Armstrong (17th ed., ch. 6) say complex purchases in large companies
 * involve "20, 30, or even more people". So the largest organizations (from 50,000
 * employees), for the most complex strategic new tasks, reach about 20 at the top of the
 * range. The headcount factors also follow a French B2B marketing teaching text ("much
 * simpler in a company of 20 employees than in one of 2,000"), and its "when the budget of
 * a purchase is substantial, no single person decides" sets the budget rule: a share of the
 * buyer's budget raises the size (`budget.slope`), and from `budget.substantialShare` on,
 * at least two people take part. The values are buygrid's assumptions.
 *
 * The estimate counts the buying organization's own people. External prescribers —
 * consultants, engineering firms — come on top (Forrester's 2026 survey counts 13 internal
 * stakeholders and 9 external influencers); members of a buying center marked `external`
 * are not in this range.
 *
 * @example
 * ```ts
 * import { EXPECTED_SIZE_FACTORS } from 'buygrid/buying-center';
 * EXPECTED_SIZE_FACTORS.buyclass['new-task'];
 * //=> 4
 * EXPECTED_SIZE_FACTORS.budget.substantialShare;
 * //=> 0.1
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
    { below: 50000, factor: 1.4 },
    { below: Infinity, factor: 1.7 },
  ],
  budget: { slope: 0.4, substantialShare: 0.1, substantialAtLeast: 2 },
  range: { min: 0.7, max: 1.45 },
} as const satisfies {
  buyclass: Record<Buyclass, number>;
  complexity: Record<PurchaseComplexity, number>;
  importance: Record<Importance, number>;
  employees: readonly HeadcountFactor[];
  budget: { slope: number; substantialShare: number; substantialAtLeast: number };
  range: { min: number; max: number };
});

/** Schema of the input of {@link expectedSize}. */
export const expectedSizeInputSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      employees: employees(),
      buyclass: buyclassSchema(),
      complexity: z.optional(z.enum(PURCHASE_COMPLEXITIES)),
      importance: z.optional(importanceSchema()),
      budgetShare: z.optional(unit()),
    }),
  ),
);

/** The input of {@link expectedSize}. */
export type ExpectedSizeInput = z.input<ReturnType<typeof expectedSizeInputSchema>>;

/**
 * The code of a reason of {@link expectedSize}: the base of the buyclass, a factor per input,
 * and the cap at the headcount.
 *
 * @example
 * ```ts
 * import { expectedSize, type ExpectedSizeReasonCode } from 'buygrid/buying-center';
 * const codes: ExpectedSizeReasonCode[] = expectedSize({ employees: 500, buyclass: 'new-task' }).reasons.map((r) => r.code);
 * codes;
 * //=> ['buyclass-base', 'complexity-factor', 'importance-factor', 'employees-factor']
 * ```
 */
export type ExpectedSizeReasonCode =
  | 'buyclass-base'
  | 'complexity-factor'
  | 'importance-factor'
  | 'employees-factor'
  | 'budget-share-factor'
  | 'capped-by-employees';

/** The result of {@link expectedSize}: a range of headcounts and the reasons behind it. */
export interface ExpectedSize {
  /** The fewest people to expect (at least 1). */
  readonly min: number;
  /** The typical number of people. */
  readonly typical: number;
  /** The most people to expect (never more than the employees). */
  readonly max: number;
  /** One reason per input, with its factor. */
  readonly reasons: readonly ReasonOf<BuyingCenterMessages, ExpectedSizeReasonCode>[];
}

/**
 * Estimates how many of the buying organization's own people take part in a purchase: a
 * range anchored on published figures, which never shrinks when novelty, complexity,
 * importance, headcount or budget share grow, and never exceeds the employees. External
 * prescribers (consultants, engineering firms) come on top.
 *
 * @param input - `employees` (≥ 1), `buyclass`, `complexity` (default `medium`),
 *   `importance` (default `banal`), `budgetShare` (the purchase's share of the buyer's
 *   budget in `[0, 1]`; not given, it changes nothing).
 * @returns `{ min, typical, max, reasons }`.
 * @throws {@link BuygridInputError} for an invalid input.
 * @see Johnston, W. J. & Bonoma, T. V. (1981), "The Buying Center: Structure and Interaction Patterns", *Journal of Marketing* 45(3):143–156.
 * @see Kotler, P. & Armstrong, G., *Principles of Marketing*, 17th ed., ch. 6: "20, 30, or even more people" in large companies.
 * @see Gartner: a typical buying group for a complex solution involves 6–10 decision makers.
 *
 * @example
 * ```ts
 * import { expectedSize } from 'buygrid/buying-center';
 * expectedSize({ employees: 500, buyclass: 'new-task', complexity: 'high', importance: 'strategic' });
 * //=> { min: 5, typical: 7, max: 10 }
 * expectedSize({ employees: 500, buyclass: 'straight-rebuy', complexity: 'low' });
 * //=> { min: 1, typical: 1, max: 1 }
 * expectedSize({ employees: 500, buyclass: 'straight-rebuy', complexity: 'low', budgetShare: 0.3 });
 * //=> { min: 1, typical: 2, max: 2 }
 * expectedSize({ employees: 120000, buyclass: 'new-task', complexity: 'high', importance: 'strategic', budgetShare: 0.2 });
 * //=> { min: 9, typical: 13, max: 19 }
 * ```
 */
export function expectedSize(input: ExpectedSizeInput): ExpectedSize {
  const {
    employees,
    buyclass,
    complexity = 'medium',
    importance = 'banal',
    budgetShare,
  } = parse(expectedSizeInputSchema(), input);
  const f = EXPECTED_SIZE_FACTORS;
  // The last band is unbounded, so a band is always found.
  const band = f.employees.find((b) => employees < b.below) as HeadcountFactor;
  const budgetFactor = 1 + f.budget.slope * (budgetShare ?? 0);
  const estimate =
    f.buyclass[buyclass] * f.complexity[complexity] * f.importance[importance] * band.factor * budgetFactor;
  // When the budget is substantial, no single person decides.
  const floor = budgetShare !== undefined && budgetShare >= f.budget.substantialShare ? f.budget.substantialAtLeast : 1;
  const cap = (n: number): number => Math.min(employees, Math.max(1, n));
  const typical = cap(Math.max(floor, Math.round(estimate)));
  const reasons: ExpectedSize['reasons'][number][] = [
    {
      code: 'buyclass-base',
      params: { buyclass, base: f.buyclass[buyclass] },
      message: `A ${buyclass} purchase: a base of ${f.buyclass[buyclass]} people (for 250–999 employees, medium complexity, banal).`,
    },
    {
      code: 'complexity-factor',
      params: { complexity, factor: f.complexity[complexity] },
      message: `${complexity} complexity: × ${f.complexity[complexity]}.`,
    },
    {
      code: 'importance-factor',
      params: { importance, factor: f.importance[importance] },
      message: `A ${importance} purchase: × ${f.importance[importance]}.`,
    },
    {
      code: 'employees-factor',
      params: { employees, ...(band.below === Infinity ? {} : { below: band.below }), factor: band.factor },
      message: `${employees} employees${band.below === Infinity ? '' : ` (fewer than ${band.below})`}: × ${band.factor}.`,
    },
  ];
  if (budgetShare !== undefined) {
    const share = `${String(Math.round(budgetShare * 1000) / 10)}% of the budget`;
    reasons.push({
      code: 'budget-share-factor',
      params: { budgetShare, factor: budgetFactor, ...(floor > 1 ? { atLeast: floor } : {}) },
      message:
        floor > 1
          ? `${share}: × ${String(Math.round(budgetFactor * 1000) / 1000)}; a substantial budget, so no single person decides (at least ${floor}).`
          : `${share}: × ${String(Math.round(budgetFactor * 1000) / 1000)}.`,
    });
  }
  const max = cap(Math.max(typical, Math.round(estimate * f.range.max)));
  if (Math.max(floor, Math.round(estimate * f.range.max)) > employees) {
    reasons.push({
      code: 'capped-by-employees',
      params: { employees },
      message: `No more people than the ${employees} employees.`,
    });
  }
  return deepFreeze({ min: cap(Math.min(typical, Math.round(estimate * f.range.min))), typical, max, reasons });
}
