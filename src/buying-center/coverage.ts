/**
 * Which roles a buying center covers, which it misses, and who holds each.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { ROLES, buyclassSchema, stepSchema, type Buyclass, type Role, type Step } from '../_lib/vocabulary.js';
import { toCenter } from './center.js';
import { fillers, neededRoles, participationSchema } from './participation.js';
import { unit } from '../_lib/schemas.js';
import type { BuyingCenter } from './schema.js';

/** The result of {@link coverage}. */
export interface RoleCoverage {
  /** The step looked at, if one was given. */
  readonly step?: Step;
  /** The roles looked at: all eight, or those the step needs. `covered` and `missing` partition them. */
  readonly roles: readonly Role[];
  /** The roles looked at that at least one member holds, in the order of `ROLES`. */
  readonly covered: readonly Role[];
  /** The roles looked at that no member holds, in the order of `ROLES`. */
  readonly missing: readonly Role[];
  /** For each of the eight roles, the ids of the members who hold it, in the center's order. */
  readonly membersByRole: Readonly<Record<Role, readonly string[]>>;
}

/** Schema of the options of {@link coverage}: the participation matrix and threshold, and the buyclass. */
export const coverageOptionsSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      participation: z.optional(participationSchema()),
      threshold: z.optional(unit()),
      buyclass: z.optional(buyclassSchema()),
    }),
  ),
);
/** The options of {@link coverage}: a participation matrix and threshold instead of the defaults, and the buyclass (its role rules, `ROLE_STAND_INS`). */
export type CoverageOptions = z.input<ReturnType<typeof coverageOptionsSchema>>;

/** Members' ids by role, from a validated center. */
export function membersByRole(center: BuyingCenter): Record<Role, string[]> {
  const byRole = Object.fromEntries(ROLES.map((role) => [role, [] as string[]])) as Record<Role, string[]>;
  for (const member of center.members) for (const role of member.roles) byRole[role].push(member.id);
  return byRole;
}

/**
 * The roles of `roles` that no member fills (holds it or a stand-in of the buyclass), in
 * their order: what `coverageOf(…).missing` holds, without building the whole coverage.
 */
export function missingRoles(center: BuyingCenter, roles: readonly Role[], buyclass: Buyclass | undefined): Role[] {
  const held = new Set<Role>();
  for (const member of center.members) for (const role of member.roles) held.add(role);
  const missing: Role[] = [];
  for (const role of roles) if (!fillers(role, buyclass).some((r) => held.has(r))) missing.push(role);
  return missing;
}

/** The coverage of a validated center, step and options. */
export function coverageOf(
  center: BuyingCenter,
  step: Step | undefined,
  options: {
    readonly participation?: z.output<ReturnType<typeof participationSchema>> | undefined;
    readonly threshold?: number | undefined;
    readonly buyclass?: Buyclass | undefined;
  },
): RoleCoverage {
  const byRole = membersByRole(center);
  const roles = step === undefined ? ROLES : neededRoles(step, options.participation, options.threshold);
  const filled = (role: Role): boolean => fillers(role, options.buyclass).some((r) => byRole[r].length > 0);
  return deepFreeze({
    ...(step === undefined ? {} : { step }),
    roles: [...roles],
    covered: roles.filter(filled),
    missing: roles.filter((role) => !filled(role)),
    membersByRole: byRole,
  });
}

/**
 * Tells which roles a buying center covers and which it misses — all eight, or, for a
 * step, the roles that take part in it (participation at or above the threshold) — and
 * who holds each role. With a `buyclass`, a role also counts as covered when a member holds
 * one of its stand-ins (`ROLE_STAND_INS`: in a straight rebuy a `buyer` covers the `decider`
 * and the `approver`); `membersByRole` still lists only who holds each role.
 *
 * @param center - the buying center.
 * @param step - a step of the purchase; without it, all eight roles are looked at.
 * @param options - `participation` (default `PARTICIPATION`), `threshold` (default
 *   `PARTICIPATION_THRESHOLD`, 0.5) and `buyclass`.
 * @returns `{ step?, roles, covered, missing, membersByRole }`.
 * @throws {@link BuygridInputError} for an invalid center, step or options.
 *
 * @example
 * ```ts
 * import { coverage, createBuyingCenter } from 'buygrid/buying-center';
 * const center = createBuyingCenter({
 *   members: [
 *     { id: 'ana', name: 'Ana', roles: ['buyer', 'gatekeeper'], influence: 0.5 },
 *     { id: 'raj', name: 'Raj', roles: ['decider'], influence: 0.9 },
 *   ],
 * });
 * coverage(center, 'decision');
 * //=> { covered: ['decider'], missing: ['approver'] }
 * coverage(center).membersByRole.buyer;
 * //=> ['ana']
 * const agent = createBuyingCenter({ members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 1 }] });
 * coverage(agent, 'decision', { buyclass: 'straight-rebuy' });
 * //=> { covered: ['decider', 'approver'], missing: [] }
 * ```
 */
export function coverage(center: BuyingCenter, step?: Step, options: CoverageOptions = {}): RoleCoverage {
  const valid = toCenter(center);
  const validStep = step === undefined ? undefined : parse(stepSchema(), step, 'step');
  return coverageOf(valid, validStep, parse(coverageOptionsSchema(), options, 'options'));
}
