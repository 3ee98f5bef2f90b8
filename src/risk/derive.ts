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
import type { RiskReason, RiskReasonCode } from './types.js';

/** The components derived for some dimensions, and the reasons saying which answer raised which. */
export interface Derived {
  readonly uncertainty: Partial<Record<RiskDimension, number>>;
  readonly consequence: Partial<Record<RiskDimension, number>>;
  readonly reasons: RiskReason[];
}

type Answer = readonly [RiskReasonCode, ProfileEffect];

function answers(profile: RiskProfile, importance: Importance | undefined, buyclass: Buyclass | undefined): Answer[] {
  const E = PROFILE_EFFECTS;
  const list: Answer[] = [['supplier-relationship', E.supplierRelationship[profile.supplierRelationship]]];
  if (profile.buysFromCompetitor !== undefined) {
    list.push(['buys-from-competitor', profile.buysFromCompetitor ? E.buysFromCompetitor.yes : E.buysFromCompetitor.no]);
  }
  if (profile.leadTimeCritical !== undefined) {
    list.push(['lead-time-critical', profile.leadTimeCritical ? E.leadTimeCritical.yes : E.leadTimeCritical.no]);
  }
  if (profile.currency !== undefined) {
    list.push(['currency', profile.currency.buyer === profile.currency.supplier ? E.currency.same : E.currency.different]);
  }
  if (profile.afterSalesDependency !== undefined) {
    list.push(['after-sales-dependency', E.afterSalesDependency[profile.afterSalesDependency]]);
  }
  list.push(['importance', E.importance[importance ?? 'unanswered']]);
  list.push(['buyclass', E.buyclass[buyclass ?? 'unanswered']]);
  return list;
}

function isAnswered(profile: RiskProfile, dimension: RiskDimension): boolean {
  return profile[PROFILE_ASSESSES[dimension]] !== undefined;
}

function describe(parts: readonly (readonly [RiskDimension, number])[], sign: string): string {
  return parts.map(([d, v]) => `${d} ${sign}${String(Math.round(v * 1000) / 1000)}`).join(', ');
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
  for (const [code, effect] of answers(profile, importance, buyclass)) {
    const u = add(uncertainty, effect.uncertainty);
    const c = add(consequence, effect.consequence);
    if (u.length + c.length === 0) continue;
    const said = [
      ...(u.length > 0 ? [`uncertainty of ${describe(u, '+')}`] : []),
      ...(c.length > 0 ? [`consequence of ${describe(c, '+')}`] : []),
    ];
    reasons.push({ code, message: `${effect.says}: ${said.join('; ')}.`, dimensions: dedupe([...u, ...c]) });
  }
  const share: (readonly [RiskDimension, number])[] = [];
  for (const [d, rule] of Object.entries(BUDGET_SHARE_EFFECT) as [RiskDimension, (typeof BUDGET_SHARE_EFFECT)['financial']][]) {
    const current = consequence[d];
    if (current === undefined) continue;
    const value = profile.budgetShare === undefined ? rule.unanswered : rule.base + rule.slope * profile.budgetShare;
    consequence[d] = current + value;
    share.push([d, value]);
  }
  if (share.length > 0) {
    const says =
      profile.budgetShare === undefined
        ? 'The budget share is not known (a middle value is assumed)'
        : `The purchase takes ${String(Math.round(profile.budgetShare * 1000) / 10)}% of the budget`;
    reasons.push({ code: 'budget-share', message: `${says}: consequence of ${describe(share, '')}.`, dimensions: share.map(([d]) => d) });
  }
  for (const d of derived) {
    uncertainty[d] = Math.min(1, uncertainty[d] ?? 0);
    consequence[d] = Math.min(1, consequence[d] ?? 0);
  }
  return { uncertainty, consequence, reasons };
}

/** Adds an answer's amounts to the derived dimensions; returns the positive amounts added. */
function add(
  into: Partial<Record<RiskDimension, number>>,
  amounts: Readonly<Partial<Record<RiskDimension, number>>> | undefined,
): (readonly [RiskDimension, number])[] {
  const added: (readonly [RiskDimension, number])[] = [];
  if (amounts === undefined) return added;
  for (const d of RISK_DIMENSIONS) {
    const amount = amounts[d];
    const current = into[d];
    if (amount === undefined || current === undefined || amount <= 0) continue;
    into[d] = current + amount;
    added.push([d, amount]);
  }
  return added;
}

function dedupe(parts: readonly (readonly [RiskDimension, number])[]): RiskDimension[] {
  return [...new Set(parts.map(([d]) => d))];
}
