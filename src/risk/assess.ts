/**
 * The perceived-risk calculator: per dimension `uncertainty × consequence`, aggregated by
 * a weighted mean.
 *
 * @module
 */
import { lazy } from '../_lib/lazy.js';
import { fail } from '../_lib/parse.js';
import type { Buyclass, Importance } from '../_lib/vocabulary.js';
import { RISK_BANDS, levelOf } from './bands.js';
import { deriveFromProfile, reason } from './derive.js';
import { RISK_DIMENSIONS, RISK_WEIGHTS, type RiskDimension } from './dimensions.js';
import {
  RISK_REDUCERS,
  RISK_REDUCER_IDS,
  type RiskReducer,
  type RiskReducerId,
  type SupplierRelationship,
} from './reducers.js';
import { validateRiskInput } from './validate.js';
import type { ParsedRiskInput, RiskInput, RiskWeights } from './schema.js';
import type { ApplicableReducer, DimensionRisk, DimensionSource, RiskAssessment, RiskReason } from './types.js';

/**
 * Assesses the risk a buying organization perceives in buying from one supplier: for
 * each dimension, `risk = uncertainty × consequence` (Cunningham 1967), from explicit
 * `dimensions`, from the buyer `profile` (the questions a French B2B marketing text asks about
 * each client), or both (explicit values win); the
 * `score` is the weighted mean of the assessed dimensions' risks (default weights
 * `RISK_WEIGHTS` — assumptions, since no published universal weights exist), its `level`
 * from the bands (`RISK_BANDS`). `situation` stands in for the profile's importance and
 * buyclass; when both give one, the profile's answer wins and a reason says so.
 *
 * @param input - the dimensions, the profile, the situation, weights, bands and the reducers already applied.
 * @returns the score, level, dimensions with their contributions, drivers, applicable reducers and reasons; deeply frozen.
 * @throws {@link risk!BuygridInputError} when the input has the wrong shape or range, when nothing is assessed, or when the assessed dimensions weigh 0.
 *
 * @example
 * ```ts
 * import { assessRisk } from 'buygrid/risk';
 * const risk = assessRisk({
 *   dimensions: { performance: { uncertainty: 0.6, consequence: 0.8 }, delivery: { uncertainty: 0.5, consequence: 0.4 } },
 * });
 * // (0.25 × 0.48 + 0.15 × 0.2) / 0.4
 * risk.score;
 * //=> 0.375
 * risk.level;
 * //=> 'high'
 * risk.notAssessed.length;
 * //=> 5
 * assessRisk({ profile: { supplierRelationship: 'new', importance: 'strategic' } }).drivers;
 * //=> ['performance']
 * assessRisk({ dimensions: { social: { uncertainty: 2, consequence: 0.5 } } });
 * //=> throws BuygridInputError
 * ```
 * @see Cunningham, S. M. (1967), "The Major Dimensions of Perceived Risk"; Cox (1967); Jacoby & Kaplan (1972).
 * @category Start here
 */
export function assessRisk(input: RiskInput): RiskAssessment {
  return computeRisk(validateRiskInput(input));
}

interface Components {
  uncertainty: number;
  consequence: number;
  source: DimensionSource;
}

/** The weight of a dimension: the given one, else the default. */
export function weightOf(weights: RiskWeights | undefined, d: RiskDimension): number {
  return weights?.[d] ?? RISK_WEIGHTS[d];
}

/** The dimensions whose bit is set in `mask` (bit i: `RISK_DIMENSIONS[i]`), in table order. */
function dimensionsOf(mask: number): RiskDimension[] {
  const out: RiskDimension[] = [];
  for (let i = 0; i < RISK_DIMENSIONS.length; i++) {
    const d = RISK_DIMENSIONS[i];
    if (d !== undefined && (mask & (1 << i)) !== 0) out.push(d);
  }
  return out;
}

// The reasons that depend only on a set of dimensions are made and frozen once, then shared
// by every assessment (frozen makes sharing safe): at most 2^7 sets, so the caches stay small.
const SITUATION_WITHOUT_PROFILE: RiskReason = /* @__PURE__ */ reason(
  'situation-without-profile',
  {},
  'The situation only stands in for the profile’s importance and buyclass; without a profile it changes nothing.',
  [],
);
const GIVEN = /* @__PURE__ */ new Map<number, RiskReason>();
const NOT_ASSESSED = /* @__PURE__ */ new Map<
  number,
  { readonly list: readonly RiskDimension[]; readonly reason: RiskReason | undefined }
>();

function givenReason(mask: number, overridingProfile: boolean): RiskReason {
  const key = mask * 2 + (overridingProfile ? 1 : 0);
  let found = GIVEN.get(key);
  if (found === undefined) {
    const explicit = dimensionsOf(mask);
    found = reason(
      'given',
      { dimensions: Object.freeze([...explicit]), overridingProfile },
      `Given explicitly${overridingProfile ? ' (overriding the profile)' : ''}: ${explicit.join(', ')}.`,
      explicit,
    );
    GIVEN.set(key, found);
  }
  return found;
}

/** The frozen list of the dimensions not assessed, and its reason (none when every one is). */
function notAssessedOf(mask: number): {
  readonly list: readonly RiskDimension[];
  readonly reason: RiskReason | undefined;
} {
  let found = NOT_ASSESSED.get(mask);
  if (found === undefined) {
    const list = Object.freeze(dimensionsOf(mask));
    found = {
      list,
      reason:
        list.length === 0
          ? undefined
          : reason(
              'not-assessed',
              { dimensions: list },
              `Not assessed (neither given nor derived), left out of the score: ${list.join(', ')}.`,
              list as RiskDimension[],
            ),
    };
    NOT_ASSESSED.set(mask, found);
  }
  return found;
}

/** The dimensions of each reducer as a bitmask over RISK_DIMENSIONS, in the order of RISK_REDUCER_IDS; made once. */
const REDUCER_MASKS = /* @__PURE__ */ lazy((): readonly number[] =>
  RISK_REDUCER_IDS.map((id) =>
    RISK_REDUCERS[id].dimensions.reduce((mask, d) => mask | (1 << RISK_DIMENSIONS.indexOf(d)), 0),
  ),
);

/**
 * Computes an assessment from a validated input; every part is frozen as it is built.
 * `prefix` names the argument in error paths (`input` in `perceivedRiskByMember`).
 */
export function computeRisk(input: ParsedRiskInput, prefix = ''): RiskAssessment {
  const reasons: RiskReason[] = [];
  const components = resolveComponents(input, reasons);
  const applied = applyReducers(components, input.appliedReducers ?? [], reasons);
  const bands = input.bands ?? RISK_BANDS;
  let total = 0;
  let unassessed = 0;
  for (let i = 0; i < RISK_DIMENSIONS.length; i++) {
    const d = RISK_DIMENSIONS[i] ?? 'financial';
    if (components[d] === undefined) unassessed |= 1 << i;
    else total += weightOf(input.weights, d);
  }
  const { list: notAssessed, reason: notAssessedReason } = notAssessedOf(unassessed);
  if (notAssessed.length === RISK_DIMENSIONS.length) {
    fail(
      prefix === '' ? '(root)' : prefix,
      'at least one dimension, given in `dimensions` or derived from a `profile`',
      input,
    );
  }
  if (total === 0)
    fail(
      prefix === '' ? 'weights' : `${prefix}.weights`,
      'a weight > 0 on at least one assessed dimension',
      input.weights,
    );
  const dimensions: DimensionRisk[] = [];
  // The contribution of each dimension, in the order of RISK_DIMENSIONS (0 when not assessed).
  const contributions: number[] = [0, 0, 0, 0, 0, 0, 0];
  let score = 0;
  for (let i = 0; i < RISK_DIMENSIONS.length; i++) {
    const d = RISK_DIMENSIONS[i] ?? 'financial';
    const c = components[d];
    if (c === undefined) continue;
    const risk = c.uncertainty * c.consequence;
    const weight = weightOf(input.weights, d) / total;
    const contribution = weight * risk;
    contributions[i] = contribution;
    score += contribution;
    const { uncertainty, consequence, source } = c;
    dimensions.push(
      Object.freeze({
        dimension: d,
        uncertainty,
        consequence,
        risk,
        level: levelOf(risk, bands),
        weight,
        contribution,
        source,
      }),
    );
  }
  score = Math.min(1, score);
  if (notAssessedReason !== undefined) reasons.push(notAssessedReason);
  return Object.freeze({
    score,
    level: levelOf(score, bands),
    dimensions: Object.freeze(dimensions),
    notAssessed,
    drivers: Object.freeze(driversOf(dimensions, score)),
    reducers: Object.freeze(applicableReducers(contributions, applied, input.profile?.supplierRelationship)),
    reasons: Object.freeze(reasons),
  });
}

function resolveComponents(input: ParsedRiskInput, reasons: RiskReason[]): Partial<Record<RiskDimension, Components>> {
  const out: Partial<Record<RiskDimension, Components>> = {};
  const given = input.dimensions ?? {};
  const { profile, situation } = input;
  if (profile !== undefined) {
    const importance = profile.importance ?? situation?.importance;
    const buyclass = profile.buyclass ?? situation?.buyclass;
    if (situation !== undefined) situationReasons(profile.importance, profile.buyclass, situation, reasons);
    const derived = deriveFromProfile(profile, importance, buyclass, (d) => given[d] !== undefined);
    reasons.push(...derived.reasons);
    for (const d of RISK_DIMENSIONS) {
      const uncertainty = derived.uncertainty[d];
      const consequence = derived.consequence[d];
      if (uncertainty !== undefined && consequence !== undefined)
        out[d] = { uncertainty, consequence, source: 'profile' };
    }
  } else if (situation !== undefined) {
    reasons.push(SITUATION_WITHOUT_PROFILE);
  }
  let explicit = 0;
  for (let i = 0; i < RISK_DIMENSIONS.length; i++) {
    const d = RISK_DIMENSIONS[i] ?? 'financial';
    const g = given[d];
    if (g === undefined) continue;
    out[d] = { uncertainty: g.uncertainty, consequence: g.consequence, source: 'given' };
    explicit |= 1 << i;
  }
  if (explicit !== 0) reasons.push(givenReason(explicit, profile !== undefined));
  return out;
}

function situationReasons(
  importance: Importance | undefined,
  buyclass: Buyclass | undefined,
  situation: NonNullable<ParsedRiskInput['situation']>,
  reasons: RiskReason[],
): void {
  const taken: string[] = [];
  const overridden: string[] = [];
  const takenParams: { importance?: Importance; buyclass?: Buyclass } = {};
  const overParams: {
    importance?: Importance;
    situationImportance?: Importance;
    buyclass?: Buyclass;
    situationBuyclass?: Buyclass;
  } = {};
  const theirImportance = situation.importance;
  if (theirImportance !== undefined) {
    if (importance === undefined) {
      taken.push(`importance ${theirImportance}`);
      takenParams.importance = theirImportance;
    } else if (importance !== theirImportance) {
      overridden.push(`importance ${importance} (the situation says ${theirImportance})`);
      overParams.importance = importance;
      overParams.situationImportance = theirImportance;
    }
  }
  const theirBuyclass = situation.buyclass;
  if (buyclass === undefined) {
    taken.push(`buyclass ${theirBuyclass}`);
    takenParams.buyclass = theirBuyclass;
  } else if (buyclass !== theirBuyclass) {
    overridden.push(`buyclass ${buyclass} (the situation says ${theirBuyclass})`);
    overParams.buyclass = buyclass;
    overParams.situationBuyclass = theirBuyclass;
  }
  if (taken.length > 0) {
    reasons.push(reason('situation', takenParams, `Taken from the purchase situation: ${taken.join(', ')}.`, []));
  }
  if (overridden.length > 0) {
    reasons.push(
      reason(
        'profile-over-situation',
        overParams,
        `The profile’s answer wins over the situation: ${overridden.join(', ')}.`,
        [],
      ),
    );
  }
}

function applyReducers(
  components: Partial<Record<RiskDimension, Components>>,
  ids: readonly RiskReducerId[],
  reasons: RiskReason[],
): ReadonlySet<RiskReducerId> {
  const applied = new Set(ids);
  for (const id of applied) {
    const reducer = RISK_REDUCERS[id];
    const hit: RiskDimension[] = [];
    for (const d of reducer.dimensions) {
      const c = components[d];
      if (c === undefined) continue;
      c[reducer.targets] *= 1 - reducer.effect;
      hit.push(d);
    }
    const did =
      hit.length > 0
        ? `${reducer.targets} of ${hit.join(', ')} × ${String(Math.round((1 - reducer.effect) * 1000) / 1000)}`
        : 'no assessed dimension is concerned';
    const params = {
      reducer: id,
      targets: reducer.targets,
      dimensions: Object.freeze([...hit]),
      factor: 1 - reducer.effect,
    };
    reasons.push(reason('reducer-applied', params, `Applied ${reducer.label} (${id}): ${did}.`, hit));
  }
  return applied;
}

/** The fewest dimensions, largest contribution first, whose contributions make at least half the score. */
export function driversOf(
  dimensions: readonly { readonly dimension: RiskDimension; readonly contribution: number }[],
  score: number,
): RiskDimension[] {
  // A selection by hand: at most seven dimensions, and no arrays or closures per call.
  const drivers: RiskDimension[] = [];
  let sum = 0;
  while (sum < score / 2) {
    let best: { readonly dimension: RiskDimension; readonly contribution: number } | undefined;
    for (const d of dimensions) {
      if (
        d.contribution > 0 &&
        !drivers.includes(d.dimension) &&
        (best === undefined || d.contribution > best.contribution)
      )
        best = d;
    }
    if (best === undefined) break;
    drivers.push(best.dimension);
    sum += best.contribution;
  }
  return drivers;
}

/**
 * The reducers not applied yet that would lower the score, for the relationship with the
 * supplier when the profile gives it (a reducer for newcomers is not offered by the incumbent).
 */
function applicableReducers(
  contributions: readonly number[],
  applied: ReadonlySet<RiskReducerId>,
  relationship: SupplierRelationship | undefined,
): ApplicableReducer[] {
  const out: ApplicableReducer[] = [];
  const masks = REDUCER_MASKS();
  for (let r = 0; r < RISK_REDUCER_IDS.length; r++) {
    const id = RISK_REDUCER_IDS[r] ?? 'dual-sourcing';
    if (applied.has(id)) continue;
    const reducer: RiskReducer = RISK_REDUCERS[id];
    if (
      relationship !== undefined &&
      reducer.relationships !== undefined &&
      !reducer.relationships.includes(relationship)
    )
      continue;
    const { by, targets, dimensions: on, effect, label, source } = reducer;
    const mask = masks[r] ?? 0;
    let reduction = 0;
    for (let i = 0; i < contributions.length; i++) if ((mask & (1 << i)) !== 0) reduction += contributions[i] ?? 0;
    reduction *= effect;
    if (reduction <= 0) continue;
    // Insertion keeps the list sorted by reduction, ties in table order.
    let at = out.length;
    while (at > 0 && (out[at - 1]?.reduction ?? 0) < reduction) at--;
    out.splice(at, 0, Object.freeze({ id, by, targets, dimensions: on, effect, label, source, reduction }));
  }
  return out;
}
