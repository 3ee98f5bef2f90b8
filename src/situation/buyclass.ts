/**
 * The buyclass classifier: new task, modified rebuy or straight rebuy, from the facts.
 *
 * @module
 */
import type { SituationReason } from './messages.js';
import { BUYCLASSES, type Buyclass } from '../_lib/vocabulary.js';
import {
  BUYCLASS_CRITERIA,
  BUYCLASS_FACTS,
  BUYCLASS_LABELS,
  type BuyclassCriterion,
  type BuyclassFact,
  type BuyclassFactValue,
  type BuyclassReasonCode,
} from './buyclass-criteria.js';
import { checked, isPlainRecord } from '../_lib/fast.js';
import { lazy } from '../_lib/lazy.js';
import { frozenReason, isOptionalBoolean, isOptionalOneOf } from './check.js';
import { buyclassFactsSchema, LEVELS, type BuyclassFacts } from './schema.js';

/** The score of each buyclass, in `[0, 1]`: how well the known facts fit its textbook profile. */
export type BuyclassScores = Readonly<Record<Buyclass, number>>;

/** What {@link situation!classifyBuyclass} returns. */
export interface BuyclassResult {
  /** The buyclass whose profile the facts fit best. */
  readonly buyclass: Buyclass;
  /** How sure the classification is, in `[0, 1]`: completeness × agreement × clarity. */
  readonly confidence: number;
  /** The score of each class. */
  readonly scores: BuyclassScores;
  /** The facts that decided, then what is missing, ignored or mixed. */
  readonly reasons: readonly SituationReason<BuyclassReasonCode>[];
}

const CRITERIA: Readonly<Record<BuyclassFact, BuyclassCriterion>> = BUYCLASS_CRITERIA;

/** Accepts exactly what `buyclassFactsSchema` accepts unchanged, as plain objects. */
export function isBuyclassFacts(value: unknown): value is BuyclassFacts {
  if (!isPlainRecord(value) || typeof value['purchasedBefore'] !== 'boolean') return false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'purchasedBefore':
        break;
      case 'specificationChanged':
      case 'satisfiedWithIncumbent':
      case 'consideringNewSuppliers':
        if (!isOptionalBoolean(v)) return false;
        break;
      case 'problemNovelty':
      case 'informationNeed':
        if (!isOptionalOneOf(v, LEVELS)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The values of a fact: a boolean's, or a level's. */
const BOOLEAN_VALUES = ['true', 'false'] as const;

/** The widest lead of `winner` over `runnerUp` that any value of the criterion gives. */
function widestLead(criterion: BuyclassCriterion, winner: Buyclass, runnerUp: Buyclass): number {
  let best = 0;
  for (const key of criterion.values['low'] === undefined ? BOOLEAN_VALUES : LEVELS) {
    const fit = criterion.values[key]?.fit;
    if (fit !== undefined && fit[winner] - fit[runnerUp] > best) best = fit[winner] - fit[runnerUp];
  }
  return best;
}

/** Adds `fact` to a comma-separated list. */
/**
 * `weight × widestLead` of every fact for every (winner, runner-up) pair, made once from the
 * constant criteria on first use: index `fact × 9 + winner × 3 + runner-up` (BUYCLASSES order).
 */
const WIDEST_LEADS = /* @__PURE__ */ lazy((): readonly number[] => {
  const out: number[] = [];
  for (const fact of BUYCLASS_FACTS) {
    const criterion = CRITERIA[fact];
    for (const winner of BUYCLASSES)
      for (const runnerUp of BUYCLASSES) out.push(criterion.weight * widestLead(criterion, winner, runnerUp));
  }
  return out;
});

/** The facts whose bit is set in `mask` (bit i: `BUYCLASS_FACTS[i]`), in table order. */
function factsOf(mask: number): BuyclassFact[] {
  const facts: BuyclassFact[] = [];
  for (let i = 0; i < BUYCLASS_FACTS.length; i++) {
    const fact = BUYCLASS_FACTS[i];
    if (fact !== undefined && (mask & (1 << i)) !== 0) facts.push(fact);
  }
  return facts;
}

// The reasons that depend only on which facts are missing, ignored or off-profile (and on
// the winner): each is made and frozen once, then shared by every result that needs it
// (frozen makes sharing safe). At most 64 masks × 3 classes: the caches stay small.
const IGNORED = /* @__PURE__ */ new Map<number, SituationReason<BuyclassReasonCode>>();
const MISSING = /* @__PURE__ */ new Map<number, SituationReason<BuyclassReasonCode>>();
const MIXED = /* @__PURE__ */ new Map<number, SituationReason<BuyclassReasonCode>>();
const UNDECIDED = /* @__PURE__ */ new Map<string, SituationReason<BuyclassReasonCode>>();

function ignoredReason(mask: number): SituationReason<BuyclassReasonCode> {
  let reason = IGNORED.get(mask);
  if (reason === undefined) {
    const facts = factsOf(mask);
    reason = frozenReason(
      'fact-not-applicable',
      { facts: Object.freeze(facts) },
      `Not applicable to a first purchase, so ignored: ${facts.join(', ')}.`,
    );
    IGNORED.set(mask, reason);
  }
  return reason;
}

function missingReason(mask: number): SituationReason<BuyclassReasonCode> {
  let reason = MISSING.get(mask);
  if (reason === undefined) {
    const facts = factsOf(mask);
    reason = frozenReason(
      'facts-missing',
      { facts: Object.freeze(facts) },
      `Not known, so the confidence is lower: ${facts.join(', ')}.`,
    );
    MISSING.set(mask, reason);
  }
  return reason;
}

function mixedReason(mask: number, winner: Buyclass): SituationReason<BuyclassReasonCode> {
  const key = mask * 4 + BUYCLASSES.indexOf(winner);
  let reason = MIXED.get(key);
  if (reason === undefined) {
    const facts = factsOf(mask);
    reason = frozenReason(
      'mixed-profile',
      { facts: Object.freeze(facts), buyclass: winner },
      `A mixed profile: ${facts.join(', ')} ${facts.length === 1 ? 'does' : 'do'} not fit ${BUYCLASS_LABELS[winner]} fully.`,
    );
    MIXED.set(key, reason);
  }
  return reason;
}

function undecidedReason(winner: Buyclass, runnerUp: Buyclass): SituationReason<BuyclassReasonCode> {
  const key = `${winner} ${runnerUp}`;
  let reason = UNDECIDED.get(key);
  if (reason === undefined) {
    reason = frozenReason(
      'rebuy-undecided',
      { buyclass: winner, runnerUp },
      `The known facts do not tell ${BUYCLASS_LABELS[winner]} from ${BUYCLASS_LABELS[runnerUp]}; the one with more buying work is assumed.`,
    );
    UNDECIDED.set(key, reason);
  }
  return reason;
}

/** Classifies facts already validated (see {@link situation!classifyBuyclass}). */
export function buyclassOf(facts: BuyclassFacts): BuyclassResult {
  let newTask = 0;
  let modified = 0;
  let straight = 0;
  let known = 0;
  let applicable = 0;
  const reasons: SituationReason<BuyclassReasonCode>[] = [];
  const entries: (BuyclassFactValue | undefined)[] = [];
  let ignored = 0;
  let missing = 0;
  // In the order of BUYCLASS_FACTS; named reads (not facts[fact]) keep the property loads fast.
  const values: readonly (boolean | string | undefined)[] = [
    facts.purchasedBefore,
    facts.specificationChanged,
    facts.satisfiedWithIncumbent,
    facts.consideringNewSuppliers,
    facts.problemNovelty,
    facts.informationNeed,
  ];
  for (let i = 0; i < BUYCLASS_FACTS.length; i++) {
    const fact = BUYCLASS_FACTS[i] ?? 'purchasedBefore';
    const criterion = CRITERIA[fact];
    const value = values[i];
    const applies = facts.purchasedBefore || criterion.appliesToFirstPurchase;
    const entry = value === undefined ? undefined : criterion.values[String(value)];
    if (applies) applicable += criterion.weight;
    if (entry === undefined) {
      if (applies) missing |= 1 << i;
    } else if (!applies) {
      ignored |= 1 << i;
    } else {
      const w = criterion.weight;
      known += w;
      newTask += w * entry.fit['new-task'];
      modified += w * entry.fit['modified-rebuy'];
      straight += w * entry.fit['straight-rebuy'];
      reasons.push(entry.reason as SituationReason<BuyclassReasonCode>);
    }
    entries.push(applies ? entry : undefined);
  }
  // A value may rule classes out by definition (a first purchase is no rebuy): they score 0.
  let excluded = 0;
  for (const entry of entries) {
    if (entry?.excludes !== undefined) for (const c of entry.excludes) excluded |= 1 << BUYCLASSES.indexOf(c);
  }
  // In the order of BUYCLASSES.
  const score0 = (excluded & 1) !== 0 ? 0 : newTask / known;
  const score1 = (excluded & 2) !== 0 ? 0 : modified / known;
  const score2 = (excluded & 4) !== 0 ? 0 : straight / known;
  const scores: BuyclassScores = Object.freeze({
    'new-task': score0,
    'modified-rebuy': score1,
    'straight-rebuy': score2,
  });
  // The best class, then the runner-up; a tie goes to the class with more buying work.
  const byIndex = [score0, score1, score2];
  let w = 0;
  let r = 1;
  for (let c = 0; c < 3; c++) {
    const sc = byIndex[c] ?? 0;
    if (sc > (byIndex[w] ?? 0)) {
      r = w;
      w = c;
    } else if (c !== w && sc > (byIndex[r] ?? 0)) {
      r = c;
    }
  }
  const winner: Buyclass = BUYCLASSES[w] ?? 'new-task';
  const runnerUp: Buyclass = BUYCLASSES[r] ?? 'modified-rebuy';
  const leads = WIDEST_LEADS();
  let widest = 0;
  let away = 0;
  for (let i = 0; i < BUYCLASS_FACTS.length; i++) {
    const entry = entries[i];
    if (entry === undefined) continue;
    widest += leads[i * 9 + w * 3 + r] ?? 0;
    if (entry.fit[winner] !== 1) away |= 1 << i;
  }
  const agreement = byIndex[w] ?? 0;
  const margin = agreement - (byIndex[r] ?? 0);
  const clarity = widest === 0 ? 0 : Math.min(1, (margin * known) / widest);
  if (ignored !== 0) reasons.push(ignoredReason(ignored));
  if (missing !== 0) reasons.push(missingReason(missing));
  if (away !== 0) reasons.push(mixedReason(away, winner));
  if (clarity === 0) reasons.push(undecidedReason(winner, runnerUp));
  return Object.freeze({
    buyclass: winner,
    confidence: (known / applicable) * agreement * clarity,
    scores,
    reasons: Object.freeze(reasons),
  });
}

/**
 * Classifies the buyclass of a purchase — new task, modified rebuy or straight rebuy — from
 * what is known about it, with a score per class, a confidence and the reasons.
 *
 * Each class's score is the weighted mean fit of the known facts to its profile
 * ({@link situation!BUYCLASS_CRITERIA}); the class is the best score, a tie going to the class with
 * more buying work (new task, then modified rebuy). A first purchase is always a new task;
 * a repeat purchase is a new task when Robinson, Faris & Wind's criteria say so — a new
 * problem and a high information need, with nothing known that is routine (a replacement
 * after a change of technology). The confidence is the product of three shares in
 * `[0, 1]`: completeness (the weight of the applicable facts that are known), agreement (the
 * winner's score: 1 when every known fact has the textbook value of the class) and clarity
 * (the winner's lead over the runner-up, relative to the widest lead the known facts could
 * give). The textbook new task and straight rebuy with every fact known score 1; a modified
 * rebuy, which differs from its neighbours by degree, stays below 1; mixed profiles and
 * missing facts score less, as they should where the criteria only partly explain the buying
 * task (LeBlanc 1983). A fact that cannot apply — satisfaction with an incumbent, or a
 * changed specification, in a first purchase — is ignored, not missing.
 *
 * @param facts - what is known: `purchasedBefore` is required, the rest optional.
 * @returns the buyclass, its confidence, the score of each class and the reasons.
 * @throws {@link situation!BuygridInputError} when a fact is of the wrong type or an unknown key is given.
 *
 * @example
 * ```ts
 * import { classifyBuyclass } from 'buygrid/situation';
 * const reorder = classifyBuyclass({
 *   purchasedBefore: true, specificationChanged: false, satisfiedWithIncumbent: true,
 *   consideringNewSuppliers: false, problemNovelty: 'low', informationNeed: 'low',
 * });
 * reorder.buyclass;
 * //=> 'straight-rebuy'
 * reorder.confidence;
 * //=> 1
 * classifyBuyclass({ purchasedBefore: false }).reasons[0];
 * //=> { code: 'first-purchase', message: 'The item was never bought before: a new task by definition.' }
 * // Replacing equipment bought long ago, after a change of technology:
 * classifyBuyclass({
 *   purchasedBefore: true, specificationChanged: true, satisfiedWithIncumbent: false,
 *   consideringNewSuppliers: true, problemNovelty: 'high', informationNeed: 'high',
 * }).buyclass;
 * //=> 'new-task'
 * classifyBuyclass({ purchasedBefore: 'yes' as unknown as boolean });
 * //=> throws BuygridInputError
 * ```
 * @see Robinson, P. J., Faris, C. W. & Wind, Y. (1967), *Industrial Buying and Creative Marketing*.
 * @see LeBlanc, R. P. (1983), "Industrial 'Buyclasses' – Revisited", *Advances in Consumer Research* 10:233–237.
 */
export function classifyBuyclass(facts: BuyclassFacts): BuyclassResult {
  return buyclassOf(checked(buyclassFactsSchema(), facts, isBuyclassFacts));
}
