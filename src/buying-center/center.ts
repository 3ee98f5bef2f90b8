/**
 * Creating a buying center, and the validation every function of the module starts with.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import { buyingCenterSchema, type BuyingCenter, type BuyingCenterInput, type Member } from './schema.js';

/**
 * Marks a center this module validated and froze itself: frozen, it stays valid, so the
 * next call takes it without checking it again. Not enumerable, so a copy (a spread, a
 * JSON round trip) does not carry it and is checked.
 */
const VALID: unique symbol = /* @__PURE__ */ Symbol('buygrid.validCenter') as never;

const isChecked = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { [VALID]?: unknown })[VALID] === true;

/** Marks a valid center as checked and freezes it; a center already marked is returned as it is. */
export function sealCenter(center: BuyingCenter): BuyingCenter {
  if (isChecked(center)) return center;
  // The schema's output is frozen at the top: the mark goes on a copy of that level.
  const sealed = Object.isFrozen(center) ? { ...center } : center;
  Object.defineProperty(sealed, VALID, { value: true });
  return deepFreeze(sealed);
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

/** Throws if two members share an id or a member lists a role twice. */
export function checkMembers(members: readonly Member[], prefix: string): void {
  const seen = new Set<string>();
  members.forEach((member, i) => {
    if (seen.has(member.id)) fail(`${prefix}members[${i}].id`, 'an id no other member has', member.id);
    seen.add(member.id);
    checkRoles(member, `${prefix}members[${i}]`);
  });
}

/** Throws if a member lists a role twice (roles are a set). */
export function checkRoles(member: Pick<Member, 'roles'>, path: string): void {
  member.roles.forEach((role, j) => {
    if (member.roles.indexOf(role) !== j) fail(`${path}.roles[${j}]`, 'a role not already listed', role);
  });
}

/**
 * Validates a center (shape, ranges, unique member ids, no repeated role) and returns it
 * deeply frozen: the input itself when it already is, a frozen copy otherwise (the
 * caller's object is never frozen).
 */
export function toCenter(input: unknown, prefix = ''): BuyingCenter {
  if (isChecked(input)) return input as BuyingCenter;
  const parsed = parse(buyingCenterSchema, input, prefix);
  checkMembers(parsed.members, prefix === '' ? '' : `${prefix}.`);
  return isDeepFrozen(input) ? (input as BuyingCenter) : sealCenter(parsed);
}

/**
 * Creates a buying center from its members and, optionally, the buying organization.
 *
 * @param input - `{ organization?: { type?, employees?, sector? }, members }`; each member
 *   `{ id, name, title?, department?, roles, influence, stance?, external? }`.
 * @returns the center, validated and deeply frozen.
 * @throws {@link BuygridInputError} naming each wrong field: a duplicate member id, an
 *   unknown role, an influence outside `[0, 1]`, an unknown key.
 * @see Webster & Wind (1972): "all those individuals and groups who participate in the purchasing decision-making process".
 *
 * @example
 * ```ts
 * import { createBuyingCenter } from 'buygrid/buying-center';
 * const center = createBuyingCenter({
 *   organization: { type: 'company', employees: 2000 },
 *   members: [{ id: 'cfo', name: 'Dana', roles: ['decider', 'approver'], influence: 0.9 }],
 * });
 * center.members[0]?.roles;
 * //=> ['decider', 'approver']
 * Object.isFrozen(center.members[0]);
 * //=> true
 * createBuyingCenter({ members: [{ id: 'x', name: 'X', roles: ['boss'], influence: 2 }] } as never);
 * //=> throws BuygridInputError
 * ```
 * @category Start here
 */
export function createBuyingCenter(input: BuyingCenterInput): BuyingCenter {
  return toCenter(input);
}
