/**
 * The analysis of a buying center: size, key players, support and warnings.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { deepFreeze } from '../_lib/freeze.js';
import { checked, isPlainRecord, isUnitValue } from '../_lib/fast.js';
import type { Reason } from '../_lib/reason.js';
import type { BuyingCenterCode, BuyingCenterMessages } from './messages.js';
import { unit } from '../_lib/schemas.js';
import {
  BUYCLASSES,
  STEPS,
  buyclassSchema,
  stepSchema,
  type Buyclass,
  type Role,
  type Step,
} from '../_lib/vocabulary.js';
import { toCenter } from './center.js';
import { missingRoles } from './coverage.js';
import { ROLE_DEFINITIONS } from './definitions.js';
import { fillers, neededRoles, participationSchema } from './participation.js';
import type { BuyingCenter, Member, Stance } from './schema.js';

/**
 * The score of each stance in the support figure, from `1` (champion) to `-1` (blocker).
 * A member without a stance counts as `neutral`. An evenly spaced scale: an assumption.
 *
 * @example
 * ```ts
 * import { STANCE_SCORES } from 'buygrid/buying-center';
 * STANCE_SCORES.skeptic;
 * //=> -0.5
 * ```
 */
export const STANCE_SCORES = /* @__PURE__ */ deepFreeze({
  champion: 1,
  supporter: 0.5,
  neutral: 0,
  skeptic: -0.5,
  blocker: -1,
} as const satisfies Record<Stance, number>);

/**
 * The influence at or above which a blocker raises the `influential-blocker` warning
 * (default `0.5`, an assumption: half the scale).
 *
 * @example
 * ```ts
 * import { INFLUENTIAL_BLOCKER_THRESHOLD } from 'buygrid/buying-center';
 * INFLUENTIAL_BLOCKER_THRESHOLD;
 * //=> 0.5
 * ```
 */
export const INFLUENTIAL_BLOCKER_THRESHOLD = 0.5;

/**
 * The warning codes of {@link analyzeBuyingCenter}, in the order warnings are listed.
 *
 * @example
 * ```ts
 * import { BUYING_CENTER_WARNINGS } from 'buygrid/buying-center';
 * BUYING_CENTER_WARNINGS[0];
 * //=> 'no-decider'
 * ```
 */
export const BUYING_CENTER_WARNINGS = /* @__PURE__ */ deepFreeze([
  'no-decider',
  'single-threaded',
  'influential-blocker',
  'no-champion',
  'missing-role',
] as const satisfies readonly BuyingCenterCode[]);
/** One of the {@link BUYING_CENTER_WARNINGS}. */
export type BuyingCenterWarningCode = (typeof BUYING_CENTER_WARNINGS)[number];

/**
 * The warnings a buyclass does not raise. In a straight rebuy one person may hold every
 * role (Kotler & Armstrong, *Principles of Marketing*, 17th ed., p. 193), and the expected
 * center is about one person (`expectedSize`), so `single-threaded` is no warning; Bonoma's
 * observation that without a champion many purchases are never made concerns major sales,
 * not routine re-orders, so neither is `no-champion`. buygrid's reading, as data.
 *
 * @example
 * ```ts
 * import { BUYCLASS_WARNING_EXEMPTIONS } from 'buygrid/buying-center';
 * BUYCLASS_WARNING_EXEMPTIONS['straight-rebuy'];
 * //=> ['single-threaded', 'no-champion']
 * ```
 */
export const BUYCLASS_WARNING_EXEMPTIONS = /* @__PURE__ */ deepFreeze({
  'new-task': [],
  'modified-rebuy': [],
  'straight-rebuy': ['single-threaded', 'no-champion'],
} as const satisfies Record<Buyclass, readonly BuyingCenterWarningCode[]>);

/**
 * A warning of {@link analyzeBuyingCenter}: a code, its params ({@link BuyingCenterMessages}),
 * a message, and the members (`memberIds`: the blockers of `influential-blocker`) or role
 * (`role`, of `missing-role`) it concerns. A union discriminated on `code`.
 *
 * @example
 * ```ts
 * import { analyzeBuyingCenter, createBuyingCenter, type BuyingCenterWarning } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [{ id: 'a', name: 'Ana', roles: ['user'], influence: 0.4 }] });
 * const warnings: readonly BuyingCenterWarning[] = analyzeBuyingCenter(center).warnings;
 * const single = warnings.find((w) => w.code === 'single-threaded');
 * single?.code === 'single-threaded' ? single.params.members : undefined;
 * //=> 1
 * ```
 */
export type BuyingCenterWarning = {
  readonly [C in BuyingCenterWarningCode]: Reason<C, BuyingCenterMessages[C]> & {
    readonly memberIds?: readonly string[];
    readonly role?: Role;
  };
}[BuyingCenterWarningCode];

/** The result of {@link analyzeBuyingCenter}. */
export interface BuyingCenterAnalysis {
  /** The number of members. */
  readonly size: number;
  /** The members by influence, descending (ties keep the center's order). */
  readonly keyPlayers: readonly Member[];
  /** The influence-weighted mean of the stance scores, in `[-1, 1]`; `0` when no member has influence. */
  readonly support: number;
  /** What needs attention, in the order of {@link BUYING_CENTER_WARNINGS}. */
  readonly warnings: readonly BuyingCenterWarning[];
}

/** Schema of the options of {@link analyzeBuyingCenter}. */
export const analyzeOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      step: z.optional(stepSchema()),
      buyclass: z.optional(buyclassSchema()),
      participation: z.optional(participationSchema()),
      threshold: z.optional(unit()),
      influentialBlocker: z.optional(unit()),
    }),
  ),
);

/** The options of {@link analyzeBuyingCenter}. */
export type AnalyzeBuyingCenterOptions = z.input<ReturnType<typeof analyzeOptionsSchema>>;

const names = (members: readonly Member[]): string => members.map((m) => m.name).join(', ');

/** Whether `options` is what {@link analyzeOptionsSchema} accepts unchanged, without a participation matrix (that goes through the schema). */
export function isAnalyzeOptions(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'step':
        if (v !== undefined && !(STEPS as readonly unknown[]).includes(v)) return false;
        break;
      case 'buyclass':
        if (v !== undefined && !(BUYCLASSES as readonly unknown[]).includes(v)) return false;
        break;
      case 'threshold':
      case 'influentialBlocker':
        if (v !== undefined && !isUnitValue(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

// The warnings without params are made once and shared by every analysis (frozen makes
// sharing safe); those of a missing role, one per role and step, on first use.
const NO_DECIDER: BuyingCenterWarning = /* @__PURE__ */ Object.freeze({
  code: 'no-decider',
  params: /* @__PURE__ */ Object.freeze({}),
  message: 'No member is known to decide: find who says yes or no to the purchase.',
});
const NO_CHAMPION: BuyingCenterWarning = /* @__PURE__ */ Object.freeze({
  code: 'no-champion',
  params: /* @__PURE__ */ Object.freeze({}),
  message: 'No champion: without one, many purchases are never made (Bonoma 1982).',
});
const MISSING_ROLE = /* @__PURE__ */ new Map<string, BuyingCenterWarning>();

function missingRole(role: Role, step: Step): BuyingCenterWarning {
  const key = `${step} ${role}`;
  let warning = MISSING_ROLE.get(key);
  if (warning === undefined) {
    const { definition } = ROLE_DEFINITIONS[role];
    warning = deepFreeze({
      code: 'missing-role',
      params: { role, step },
      message: `No ${role} for the ${step} step: no member ${definition.charAt(0).toLowerCase()}${definition.slice(1)}`,
      role,
    });
    MISSING_ROLE.set(key, warning);
  }
  return warning;
}

/** The influence-weighted stance of validated members, in `[-1, 1]`. */
export function supportOf(members: readonly Member[]): number {
  let weight = 0;
  let sum = 0;
  for (const m of members) {
    weight += m.influence;
    sum += m.influence * STANCE_SCORES[m.stance ?? 'neutral'];
  }
  return weight === 0 ? 0 : Math.min(1, Math.max(-1, sum / weight));
}

function warningsOf(
  center: BuyingCenter,
  step: Step | undefined,
  options: z.output<ReturnType<typeof analyzeOptionsSchema>>,
): BuyingCenterWarning[] {
  const { members } = center;
  const warnings: BuyingCenterWarning[] = [];
  const deciders = fillers('decider', options.buyclass);
  if (!members.some((m) => m.roles.some((r) => deciders.includes(r)))) {
    warnings.push(NO_DECIDER);
  }
  if (members.length < 2) {
    warnings.push({
      code: 'single-threaded',
      params: { members: members.length },
      message: `The center has ${members.length} known member${members.length === 1 ? '' : 's'}: one contact is one point of failure; reach more of the people involved.`,
    });
  }
  const at = options.influentialBlocker ?? INFLUENTIAL_BLOCKER_THRESHOLD;
  const blockers = members.filter((m) => m.stance === 'blocker' && m.influence >= at);
  if (blockers.length > 0) {
    warnings.push({
      code: 'influential-blocker',
      params: { threshold: at, names: blockers.map((m) => m.name) },
      message: `Influential blocker${blockers.length === 1 ? '' : 's'} (influence ≥ ${at}): ${names(blockers)}.`,
      memberIds: blockers.map((m) => m.id),
    });
  }
  if (!members.some((m) => m.stance === 'champion')) {
    warnings.push(NO_CHAMPION);
  }
  if (step !== undefined) {
    const roles = neededRoles(step, options.participation, options.threshold);
    for (const role of missingRoles(center, roles, options.buyclass)) warnings.push(missingRole(role, step));
  }
  return warnings;
}

function exempt(warnings: BuyingCenterWarning[], buyclass: Buyclass | undefined): BuyingCenterWarning[] {
  if (buyclass === undefined) return warnings;
  const skip: readonly BuyingCenterWarningCode[] = BUYCLASS_WARNING_EXEMPTIONS[buyclass];
  return warnings.filter((w) => !skip.includes(w.code));
}

/**
 * Analyzes a buying center: its size, its key players by influence, its support for the
 * purchase (influence-weighted stance) and the warnings a seller or buyer should act on.
 *
 * Warnings: `no-decider` (no member holds the decider role), `single-threaded` (fewer than
 * two members), `influential-blocker` (a blocker with influence ≥ 0.5), `no-champion`
 * (Bonoma 1982: without a champion many purchases are never made) and, when a `step` is
 * given, one `missing-role` per role the step needs (see `PARTICIPATION`) that no member holds.
 * With a `buyclass`, its role rules apply (`ROLE_STAND_INS`: in a straight rebuy a `buyer`
 * covers the `decider` and the `approver`) and its exemptions
 * ({@link BUYCLASS_WARNING_EXEMPTIONS}: no `single-threaded` or `no-champion` in a straight
 * rebuy).
 *
 * @param center - the buying center.
 * @param options - `step` (the current step), `buyclass`, `participation` and `threshold` (which roles
 *   a step needs), `influentialBlocker` (default {@link INFLUENTIAL_BLOCKER_THRESHOLD}).
 * @returns `{ size, keyPlayers, support, warnings }`.
 * @throws {@link BuygridInputError} for an invalid center or options.
 * @see Bonoma, T. V. (1982), "Major Sales: Who Really Does the Buying?", *HBR*.
 *
 * @example
 * ```ts
 * import { analyzeBuyingCenter, createBuyingCenter } from 'buygrid/buying-center';
 * const center = createBuyingCenter({
 *   members: [
 *     { id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.4, stance: 'champion' },
 *     { id: 'raj', name: 'Raj', roles: ['decider'], influence: 0.8, stance: 'skeptic' },
 *   ],
 * });
 * const analysis = analyzeBuyingCenter(center, { step: 'decision' });
 * analysis.keyPlayers.map((m) => m.id);
 * //=> ['raj', 'ana']
 * analysis.support;
 * //=> 0
 * analysis.warnings.map((w) => w.code);
 * //=> ['missing-role']
 * const agent = createBuyingCenter({ members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 1 }] });
 * analyzeBuyingCenter(agent, { step: 'decision' }).warnings.length;
 * //=> 5
 * analyzeBuyingCenter(agent, { step: 'decision', buyclass: 'straight-rebuy' }).warnings;
 * //=> []
 * ```
 * @category Start here
 */
export function analyzeBuyingCenter(
  center: BuyingCenter,
  options: AnalyzeBuyingCenterOptions = {},
): BuyingCenterAnalysis {
  const valid = toCenter(center);
  const opts = checked(analyzeOptionsSchema(), options, isAnalyzeOptions, 'options');
  const { members } = valid;
  const keyPlayers = members
    .map((m, i) => [m, i] as const)
    .sort(([a, i], [b, j]) => b.influence - a.influence || i - j);
  return deepFreeze({
    size: members.length,
    keyPlayers: keyPlayers.map(([m]) => m),
    support: supportOf(members),
    warnings: exempt(warningsOf(valid, opts.step, opts), opts.buyclass),
  });
}
