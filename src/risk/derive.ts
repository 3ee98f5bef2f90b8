/**
 * Deriving the uncertainty and the consequence of dimensions from the buyer profile.
 *
 * @module
 */
import type { Buyclass, Importance } from '../_lib/vocabulary.js';
import { RISK_DIMENSIONS, type RiskDimension } from './dimensions.js';
import {
  BUDGET_SHARE_EFFECT,
  PROFILE_ASSESSES,
  PROFILE_EFFECTS,
  type ProfileEffect,
  type RiskProfile,
} from './profile.js';
import { answerMessage, type RiskMessages } from './messages.js';
import type { RiskReason, RiskReasonCode } from './types.js';

const BUDGET_SHARE_DIMENSIONS = [
  'financial',
  'currency',
] as const satisfies readonly (keyof typeof BUDGET_SHARE_EFFECT)[];

/** The components derived for some dimensions, and the reasons saying which answer raised which. */
export interface Derived {
  readonly uncertainty: Partial<Record<RiskDimension, number>>;
  readonly consequence: Partial<Record<RiskDimension, number>>;
  readonly reasons: RiskReason[];
}

/** A profile answer: the code of its reason, the answer, and its effect. */
type Answer = {
  readonly [C in ProfileAnswerCode]: readonly [C, RiskMessages[C]['answer'], ProfileEffect];
}[ProfileAnswerCode];
type ProfileAnswerCode =
  | 'supplier-relationship'
  | 'buys-from-competitor'
  | 'lead-time-critical'
  | 'currency'
  | 'after-sales-dependency'
  | 'importance'
  | 'buyclass';

function answers(profile: RiskProfile, importance: Importance | undefined, buyclass: Buyclass | undefined): Answer[] {
  const E = PROFILE_EFFECTS;
  const list: Answer[] = [
    ['supplier-relationship', profile.supplierRelationship, E.supplierRelationship[profile.supplierRelationship]],
  ];
  const competitor = profile.buysFromCompetitor;
  if (competitor !== undefined) {
    list.push(['buys-from-competitor', competitor, competitor ? E.buysFromCompetitor.yes : E.buysFromCompetitor.no]);
  }
  const leadTime = profile.leadTimeCritical;
  if (leadTime !== undefined) {
    list.push(['lead-time-critical', leadTime, leadTime ? E.leadTimeCritical.yes : E.leadTimeCritical.no]);
  }
  if (profile.currency !== undefined) {
    const same = profile.currency.buyer === profile.currency.supplier ? 'same' : 'different';
    list.push(['currency', same, E.currency[same]]);
  }
  const afterSales = profile.afterSalesDependency;
  if (afterSales !== undefined) {
    list.push(['after-sales-dependency', afterSales, E.afterSalesDependency[afterSales]]);
  }
  list.push(['importance', importance ?? 'unanswered', E.importance[importance ?? 'unanswered']]);
  list.push(['buyclass', buyclass ?? 'unanswered', E.buyclass[buyclass ?? 'unanswered']]);
  return list;
}

function isAnswered(profile: RiskProfile, dimension: RiskDimension): boolean {
  return profile[PROFILE_ASSESSES[dimension]] !== undefined;
}

function formatAmount(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A frozen reason, its params and dimensions frozen too. */
export function reason<C extends RiskReasonCode>(
  code: C,
  params: RiskMessages[C],
  message: string,
  dimensions: RiskDimension[],
): RiskReason {
  return Object.freeze({
    code,
    params: Object.freeze(params),
    message,
    dimensions: Object.freeze(dimensions),
  }) as RiskReason;
}

/**
 * Derives the components of every dimension the profile assesses and `given` does not
 * set, each the sum of the answers' effects capped at 1.
 *
 * @param profile - the validated profile.
 * @param importance - the importance (the profile's, else the situation's).
 * @param buyclass - the buyclass (the profile's, else the situation's).
 * @param isGiven - whether a dimension is set explicitly (and so not derived).
 */
export function deriveFromProfile(
  profile: RiskProfile,
  importance: Importance | undefined,
  buyclass: Buyclass | undefined,
  isGiven: (dimension: RiskDimension) => boolean,
): Derived {
  const uncertainty: Partial<Record<RiskDimension, number>> = {};
  const consequence: Partial<Record<RiskDimension, number>> = {};
  const derived = RISK_DIMENSIONS.filter((d) => isAnswered(profile, d) && !isGiven(d));
  for (const d of derived) {
    uncertainty[d] = 0;
    consequence[d] = 0;
  }
  const reasons: RiskReason[] = [];
  for (const [code, answer, effect] of answers(profile, importance, buyclass)) {
    const raised: RiskDimension[] = [];
    const uncertain: RiskDimension[] = [];
    const consequent: RiskDimension[] = [];
    const u = add(uncertainty, effect.uncertainty, raised, uncertain);
    const c = add(consequence, effect.consequence, raised, consequent);
    if (raised.length === 0) continue;
    const params = { answer, uncertainty: Object.freeze(uncertain), consequence: Object.freeze(consequent) };
    reasons.push(reason(code, params as RiskMessages[typeof code], answerMessage(effect.says, u, c), raised));
  }
  let share = '';
  const shared: RiskDimension[] = [];
  const added: Partial<Record<RiskDimension, number>> = {};
  for (const d of BUDGET_SHARE_DIMENSIONS) {
    const current = consequence[d];
    if (current === undefined) continue;
    const rule = BUDGET_SHARE_EFFECT[d];
    const value = profile.budgetShare === undefined ? rule.unanswered : rule.base + rule.slope * profile.budgetShare;
    consequence[d] = current + value;
    share += `${share === '' ? '' : ', '}${d} ${formatAmount(value)}`;
    added[d] = value;
    shared.push(d);
  }
  if (shared.length > 0) {
    const says =
      profile.budgetShare === undefined
        ? 'The budget share is not known (a middle value is assumed)'
        : `The purchase takes ${String(Math.round(profile.budgetShare * 1000) / 10)}% of the budget`;
    const params = {
      ...(profile.budgetShare === undefined ? {} : { budgetShare: profile.budgetShare }),
      consequence: Object.freeze(added),
    };
    reasons.push(reason('budget-share', params, `${says}: consequence of ${share}.`, shared));
  }
  for (const d of derived) {
    uncertainty[d] = Math.min(1, uncertainty[d] ?? 0);
    consequence[d] = Math.min(1, consequence[d] ?? 0);
  }
  return { uncertainty, consequence, reasons };
}

/**
 * Adds an answer's amounts to the derived dimensions; returns the dimensions raised in
 * words (`performance, delivery`), notes each in `raised` (once) and in `named`.
 */
function add(
  into: Partial<Record<RiskDimension, number>>,
  amounts: Readonly<Partial<Record<RiskDimension, number>>> | undefined,
  raised: RiskDimension[],
  named: RiskDimension[],
): string {
  let said = '';
  if (amounts === undefined) return said;
  for (const d of RISK_DIMENSIONS) {
    const amount = amounts[d];
    const current = into[d];
    if (amount === undefined || current === undefined || amount <= 0) continue;
    into[d] = current + amount;
    said += said === '' ? d : `, ${d}`;
    named.push(d);
    if (!raised.includes(d)) raised.push(d);
  }
  return said;
}
