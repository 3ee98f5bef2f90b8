/**
 * Who typically acts in which step of the purchase: the role × step participation matrix.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { parse } from '../_lib/parse.js';
import { unit } from '../_lib/schemas.js';
import { ROLES, stepSchema, type Buyclass, type Role, type Step } from '../_lib/vocabulary.js';

/** Schema of one row of a participation matrix: for every role, a number in `[0, 1]`. */
const participationRowSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      initiator: unit(),
      user: unit(),
      prescriber: unit(),
      advisor: unit(),
      gatekeeper: unit(),
      buyer: unit(),
      decider: unit(),
      approver: unit(),
    }),
  ),
);

/**
 * Schema of a participation matrix: for every step, for every role, a number in `[0, 1]`.
 * (Spelled out rather than `z.record`, which would cost the bundle half a kilobyte.)
 */
export const participationSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      'need-recognition': participationRowSchema(),
      specification: participationRowSchema(),
      'supplier-search': participationRowSchema(),
      negotiation: participationRowSchema(),
      decision: participationRowSchema(),
    }),
  ),
);

/** How strongly each role typically takes part in each step, in `[0, 1]`. */
export type Participation = z.output<ReturnType<typeof participationSchema>>;

/**
 * The default participation matrix: how strongly each role typically takes part in each
 * step of the purchase, in `[0, 1]`.
 *
 * **A heuristic, not a measurement.** Choffray & Lilien (1978) measured the involvement of
 * categories of participants (engineers, purchasing, top management…) in the phases of a
 * purchase with a *decision matrix*; Lilien & Wong (1984) found identifiable involvement
 * patterns across seven phases. No published matrix maps the eight roles onto the five
 * steps, so these values are buygrid's reading of the role definitions: initiators and
 * users at need recognition, prescribers and advisors at specification, buyers and
 * gatekeepers at supplier search, buyers at negotiation, deciders and approvers at the
 * decision. Pass your own matrix to `coverage` or `analyzeBuyingCenter` to override it.
 *
 * @see Choffray, J.-M. & Lilien, G. L. (1978), "Assessing Response to Industrial Marketing Strategy", *Journal of Marketing* 42(2).
 * @see Lilien, G. L. & Wong, M. A. (1984), "An Exploratory Investigation of the Structure of the Buying Center in the Metalworking Industry", *JMR*.
 *
 * @example
 * ```ts
 * import { PARTICIPATION } from 'buygrid/buying-center';
 * PARTICIPATION.specification.prescriber;
 * //=> 0.9
 * const mine = { ...PARTICIPATION, decision: { ...PARTICIPATION.decision, buyer: 0.6 } };
 * mine.decision.buyer;
 * //=> 0.6
 * ```
 */
export const PARTICIPATION = /* @__PURE__ */ deepFreeze({
  'need-recognition': {
    initiator: 0.9,
    user: 0.7,
    prescriber: 0.3,
    advisor: 0.2,
    gatekeeper: 0.1,
    buyer: 0.2,
    decider: 0.3,
    approver: 0.2,
  },
  specification: {
    initiator: 0.3,
    user: 0.6,
    prescriber: 0.9,
    advisor: 0.6,
    gatekeeper: 0.2,
    buyer: 0.4,
    decider: 0.3,
    approver: 0.3,
  },
  'supplier-search': {
    initiator: 0.1,
    user: 0.3,
    prescriber: 0.5,
    advisor: 0.4,
    gatekeeper: 0.8,
    buyer: 0.9,
    decider: 0.2,
    approver: 0.1,
  },
  negotiation: {
    initiator: 0.1,
    user: 0.2,
    prescriber: 0.4,
    advisor: 0.3,
    gatekeeper: 0.3,
    buyer: 0.9,
    decider: 0.4,
    approver: 0.3,
  },
  decision: {
    initiator: 0.1,
    user: 0.3,
    prescriber: 0.4,
    advisor: 0.4,
    gatekeeper: 0.1,
    buyer: 0.4,
    decider: 1,
    approver: 0.8,
  },
} as const satisfies Record<Step, Record<Role, number>>);

/**
 * The participation at or above which a role counts as taking part in a step (default
 * `0.5`): the roles a step needs, which `coverage` and the `missing-role` warning check.
 *
 * @example
 * ```ts
 * import { PARTICIPATION_THRESHOLD } from 'buygrid/buying-center';
 * PARTICIPATION_THRESHOLD;
 * //=> 0.5
 * ```
 */
export const PARTICIPATION_THRESHOLD = 0.5;

/**
 * Role rules per buyclass: which roles a member's role also fills. In a straight rebuy the
 * purchasing agent re-orders alone — "in routine buying, the buyers are often the deciders,
 * or at least the approvers" (Kotler & Armstrong, *Principles of Marketing*, 17th ed.,
 * p. 193) — so a `buyer` covers the `decider` and the `approver`. In a new task or a
 * modified rebuy each role is its own. Which roles stand in is buygrid's reading of that
 * sentence, overridable by passing your own coverage.
 *
 * @example
 * ```ts
 * import { ROLE_STAND_INS } from 'buygrid/buying-center';
 * ROLE_STAND_INS['straight-rebuy'].decider;
 * //=> ['buyer']
 * ```
 */
export const ROLE_STAND_INS = /* @__PURE__ */ deepFreeze({
  'new-task': {},
  'modified-rebuy': {},
  'straight-rebuy': { decider: ['buyer'], approver: ['buyer'] },
} as const satisfies Record<Buyclass, Partial<Record<Role, readonly Role[]>>>);

/** The roles that fill `role` in a buyclass: the role itself and its stand-ins. */
export function fillers(role: Role, buyclass: Buyclass | undefined): readonly Role[] {
  const stand =
    buyclass === undefined ? undefined : (ROLE_STAND_INS[buyclass] as Partial<Record<Role, readonly Role[]>>)[role];
  return stand === undefined ? [role] : [role, ...stand];
}

/** Schema of the options that choose a participation matrix and threshold. */
export const participationOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(z.strictObject({ participation: z.optional(participationSchema()), threshold: z.optional(unit()) })),
);

/** A participation matrix and threshold to use instead of the defaults. */
export type ParticipationOptions = z.input<ReturnType<typeof participationOptionsSchema>>;

/** The roles of a step at a threshold, from validated options (no validation here). */
export function neededRoles(
  step: Step,
  participation: Participation | undefined,
  threshold: number | undefined,
): readonly Role[] {
  const row = (participation ?? PARTICIPATION)[step];
  const at = threshold ?? PARTICIPATION_THRESHOLD;
  return Object.freeze(ROLES.filter((role) => row[role] >= at));
}

/**
 * The roles that take part in a step: those whose participation is at or above the
 * threshold, in the order of `ROLES`.
 *
 * @param step - one of the five steps.
 * @param options - `participation` (default {@link PARTICIPATION}) and `threshold`
 *   (default {@link PARTICIPATION_THRESHOLD}).
 * @returns the roles the step needs.
 * @throws {@link BuygridInputError} for an unknown step or an invalid matrix or threshold.
 *
 * @example
 * ```ts
 * import { rolesInStep } from 'buygrid/buying-center';
 * rolesInStep('decision');
 * //=> ['decider', 'approver']
 * rolesInStep('decision', { threshold: 0.9 });
 * //=> ['decider']
 * ```
 */
export function rolesInStep(step: Step, options: ParticipationOptions = {}): readonly Role[] {
  const { participation, threshold } = parse(participationOptionsSchema(), options, 'options');
  return neededRoles(parse(stepSchema(), step, 'step'), participation, threshold);
}
