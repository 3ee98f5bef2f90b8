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
const listed = (list: string, fact: string): string => (list === '' ? fact : `${list}, ${fact}`);

/** Classifies facts already validated (see {@link situation!classifyBuyclass}). */
export function buyclassOf(facts: BuyclassFacts): BuyclassResult {
  let newTask = 0;
  let modified = 0;
  let straight = 0;
  let known = 0;
  let applicable = 0;
  const reasons: SituationReason<BuyclassReasonCode>[] = [];
  const entries: (BuyclassFactValue | undefined)[] = [];
  let ignored = '';
  let missing = '';
  const ignoredFacts: BuyclassFact[] = [];
  const missingFacts: BuyclassFact[] = [];
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
      if (applies) {
        missing = listed(missing, fact);
        missingFacts.push(fact);
      }
    } else if (!applies) {
      ignored = listed(ignored, fact);
      ignoredFacts.push(fact);
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
  let excluded: readonly Buyclass[] = [];
  for (const entry of entries) if (entry?.excludes !== undefined) excluded = excluded.concat(entry.excludes);
  const scores: BuyclassScores = Object.freeze({
    'new-task': excluded.includes('new-task') ? 0 : newTask / known,
    'modified-rebuy': excluded.includes('modified-rebuy') ? 0 : modified / known,
    'straight-rebuy': excluded.includes('straight-rebuy') ? 0 : straight / known,
  });
  // The best class, then the runner-up; a tie goes to the class with more buying work.
  let winner: Buyclass = 'new-task';
  let runnerUp: Buyclass = 'modified-rebuy';
  for (const c of BUYCLASSES) {
    if (scores[c] > scores[winner]) {
      runnerUp = winner;
      winner = c;
    } else if (c !== winner && scores[c] > scores[runnerUp]) {
      runnerUp = c;
    }
  }
  let widest = 0;
  let away = '';
  const awayFacts: BuyclassFact[] = [];
  for (let i = 0; i < BUYCLASS_FACTS.length; i++) {
    const entry = entries[i];
    const fact = BUYCLASS_FACTS[i];
    if (entry === undefined || fact === undefined) continue;
    widest += CRITERIA[fact].weight * widestLead(CRITERIA[fact], winner, runnerUp);
    if (entry.fit[winner] !== 1) {
      away = listed(away, fact);
      awayFacts.push(fact);
    }
  }
  const agreement = scores[winner];
  const margin = agreement - scores[runnerUp];
  const clarity = widest === 0 ? 0 : Math.min(1, (margin * known) / widest);
  if (ignored !== '') {
    reasons.push(
      frozenReason(
        'fact-not-applicable',
        { facts: Object.freeze(ignoredFacts) },
        `Not applicable to a first purchase, so ignored: ${ignored}.`,
      ),
    );
  }
  if (missing !== '') {
    reasons.push(
      frozenReason(
        'facts-missing',
        { facts: Object.freeze(missingFacts) },
        `Not known, so the confidence is lower: ${missing}.`,
      ),
    );
  }
  if (awayFacts.length > 0) {
    reasons.push(
      frozenReason(
        'mixed-profile',
        { facts: Object.freeze(awayFacts), buyclass: winner },
        `A mixed profile: ${away} ${awayFacts.length === 1 ? 'does' : 'do'} not fit ${BUYCLASS_LABELS[winner]} fully.`,
      ),
    );
  }
  if (clarity === 0) {
    reasons.push(
      frozenReason(
        'rebuy-undecided',
        { buyclass: winner, runnerUp },
        `The known facts do not tell ${BUYCLASS_LABELS[winner]} from ${BUYCLASS_LABELS[runnerUp]}; the one with more buying work is assumed.`,
      ),
    );
  }
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
