/**
 * Perceived risk across the buying center: each member weighs the dimensions by role.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { fail } from '../_lib/parse.js';
import type { Role } from '../_lib/vocabulary.js';
import type { BuyingCenter } from '../buying-center/schema.js';
import { toCenter } from '../buying-center/center.js';
import { RISK_BANDS, levelOf, type RiskLevel } from './bands.js';
import { computeRisk, driversOf, weightOf } from './assess.js';
import type { RiskDimension } from './dimensions.js';
import type { RiskInput } from './schema.js';
import type { RiskAssessment } from './types.js';
import { validateRiskInput } from './validate.js';

/**
 * How much each role stresses each dimension: a multiplier of the dimension's weight (1,
 * or absent, is neutral). A user fears that the product fails (performance, after-sales);
 * a buyer the price and the lead times (financial, delivery, currency); a decider the
 * money and being blamed (financial, social); an approver the budget. The multipliers are
 * **buygrid's own assumptions**, in the spirit of Upah (1980), who proposed — in a
 * conceptual paper — that a member's influence follows the member's ability to cope with
 * or reduce the particular risks of the decision; Upah gives no weights by role or
 * dimension. A member with several roles takes the mean of their multipliers.
 *
 * @example
 * ```ts
 * import { ROLE_RISK_WEIGHTS } from 'buygrid/risk';
 * ROLE_RISK_WEIGHTS.user.performance;
 * //=> 3
 * ```
 * @see Upah, G. D. (1980), "Applying the Concept of Perceived Risk to Buying Influence in Industrial Firms", ACR 7:381–386.
 */
export const ROLE_RISK_WEIGHTS = /* @__PURE__ */ deepFreeze({
  initiator: { performance: 1.5, delivery: 1.5 },
  user: { performance: 3, delivery: 1.5, 'after-sales': 2 },
  prescriber: { performance: 2.5, supplier: 1.5, 'after-sales': 1.5 },
  advisor: { performance: 1.5, supplier: 1.5 },
  gatekeeper: { supplier: 2 },
  buyer: { financial: 2.5, delivery: 2.5, supplier: 1.5, currency: 2 },
  decider: { financial: 2.5, social: 2.5 },
  approver: { financial: 3, currency: 1.5 },
} as const satisfies Record<Role, Readonly<Partial<Record<RiskDimension, number>>>>);

/** One member's perceived risk. */
export interface MemberRisk {
  /** The member's id. */
  readonly id: string;
  /** The member's roles. */
  readonly roles: readonly Role[];
  /** The member's influence in `[0, 1]`. */
  readonly influence: number;
  /** The member's score: the weighted mean of the dimensions' risks, weights stressed by role. */
  readonly score: number;
  /** The level of the member's score. */
  readonly level: RiskLevel;
  /** The dimensions that make at least half the member's score, largest first. */
  readonly drivers: readonly RiskDimension[];
}

/** The perceived risk of each member and of the buying center as a whole. Deeply frozen. */
export interface BuyingCenterRisk {
  /** Each member's perceived risk, in the order of the center. */
  readonly members: readonly MemberRisk[];
  /** The influence-weighted mean of the members' scores (the plain mean if every influence is 0). */
  readonly score: number;
  /** The level of the aggregate score. */
  readonly level: RiskLevel;
  /** The assessment with the input's own weights, which every member shares the risks of. */
  readonly assessment: RiskAssessment;
}

/** The multiplier of a dimension's weight for a member: the mean over the member's roles (1 without roles). */
function stress(roles: readonly Role[], d: RiskDimension): number {
  if (roles.length === 0) return 1;
  let sum = 0;
  for (const role of roles)
    sum += (ROLE_RISK_WEIGHTS[role] as Readonly<Partial<Record<RiskDimension, number>>>)[d] ?? 1;
  return sum / roles.length;
}

/**
 * Gives each member's perceived risk of a purchase and the influence-weighted aggregate:
 * the dimensions' risks are the purchase's (from `input`, as `assessRisk` computes them),
 * and each member weighs them by role (`ROLE_RISK_WEIGHTS` × the input's weights).
 *
 * @param center - the buying center (`BuyingCenter` of `buygrid/buying-center`).
 * @param input - the input of `assessRisk`.
 * @returns each member's score, level and drivers, the aggregate score and level, and the shared assessment; deeply frozen.
 * @throws {@link risk!BuygridInputError} when the center or the input is invalid, or the center has no member.
 *
 * @example
 * ```ts
 * import { perceivedRiskByMember } from 'buygrid/risk';
 * const center = {
 *   members: [
 *     { id: 'ana', name: 'Ana', roles: ['user'], influence: 0.3 },
 *     { id: 'bo', name: 'Bo', roles: ['decider'], influence: 0.7 },
 *   ],
 * } as const;
 * const input = {
 *   dimensions: { performance: { uncertainty: 0.8, consequence: 0.5 }, financial: { uncertainty: 0.2, consequence: 0.5 } },
 * } as const;
 * const byMember = perceivedRiskByMember(center, input);
 * // Ana stresses performance, Bo financial
 * byMember.members.map((m) => m.score);
 * //=> [0.337, 0.2]
 * // 0.3 × 0.337 + 0.7 × 0.2
 * byMember.score;
 * //=> 0.241
 * ```
 * @see Upah (1980); Webster & Wind (1972).
 */
export function perceivedRiskByMember(center: BuyingCenter, input: RiskInput): BuyingCenterRisk {
  const { members } = toCenter(center, 'center');
  const parsed = validateRiskInput(input, 'input');
  if (members.length === 0) fail('center.members', 'at least one member', members);
  const assessment = computeRisk(parsed, 'input');
  const bands = parsed.bands ?? RISK_BANDS;
  const out = members.map((m): MemberRisk => {
    const weights = assessment.dimensions.map(
      (d) => weightOf(parsed.weights, d.dimension) * stress(m.roles, d.dimension),
    );
    let total = 0;
    for (const w of weights) total += w;
    let sum = 0;
    const contributions = assessment.dimensions.map((d, i) => {
      const contribution = ((weights[i] ?? 0) / total) * d.risk;
      sum += contribution;
      return { dimension: d.dimension, contribution };
    });
    const score = Math.min(1, sum);
    return {
      id: m.id,
      roles: m.roles,
      influence: m.influence,
      score,
      level: levelOf(score, bands),
      drivers: driversOf(contributions, score),
    };
  });
  // Influences relative to the largest, so that tiny (subnormal) influences do not underflow.
  const largest = members.reduce((max, m) => Math.max(max, m.influence), 0);
  let influence = 0;
  let weighted = 0;
  for (const m of out) {
    const relative = largest > 0 ? m.influence / largest : 1;
    influence += relative;
    weighted += relative * m.score;
  }
  const score = weighted / influence;
  return deepFreeze({ members: out, score, level: levelOf(score, bands), assessment });
}
