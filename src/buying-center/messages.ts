/**
 * The codes of `buygrid/buying-center` and the params of each.
 *
 * @module
 */
import type { NoParams } from '../_lib/reason.js';
import type { Buyclass, Importance, Role, Step } from '../_lib/vocabulary.js';
import type { PurchaseComplexity } from './size.js';

/**
 * Every code that `buygrid/buying-center` returns — the warnings of
 * {@link buying-center!analyzeBuyingCenter} and the reasons of {@link buying-center!expectedSize} —
 * mapped to its params: the names and numbers its English message shows, raw.
 *
 * @example
 * ```ts
 * import { expectedSize, type BuyingCenterMessages } from 'buygrid/buying-center';
 * const [base] = expectedSize({ employees: 500, buyclass: 'new-task' }).reasons;
 * const params: BuyingCenterMessages['buyclass-base'] | undefined = base?.code === 'buyclass-base' ? base.params : undefined;
 * params;
 * //=> { buyclass: 'new-task', base: 4 }
 * ```
 */
export interface BuyingCenterMessages {
  // analyzeBuyingCenter: warnings
  'no-decider': NoParams;
  /** `members`: the number of known members (0 or 1). */
  'single-threaded': { readonly members: number };
  /** The influence from which a blocker counts, and the blockers' names, as given. */
  'influential-blocker': { readonly threshold: number; readonly names: readonly string[] };
  'no-champion': NoParams;
  'missing-role': { readonly role: Role; readonly step: Step };
  // expectedSize: reasons
  /** The base headcount of the buyclass. */
  'buyclass-base': { readonly buyclass: Buyclass; readonly base: number };
  'complexity-factor': { readonly complexity: PurchaseComplexity; readonly factor: number };
  'importance-factor': { readonly importance: Importance; readonly factor: number };
  /** `below`: the upper bound of the headcount band, absent for the last, unbounded band. */
  'employees-factor': { readonly employees: number; readonly below?: number; readonly factor: number };
  /** `atLeast`: the floor of a substantial budget share (no single person decides), absent below it. */
  'budget-share-factor': { readonly budgetShare: number; readonly factor: number; readonly atLeast?: number };
  'capped-by-employees': { readonly employees: number };
}

/** Any code of `buygrid/buying-center`. */
export type BuyingCenterCode = keyof BuyingCenterMessages;
