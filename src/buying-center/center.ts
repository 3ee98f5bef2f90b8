/**
 * Creating a buying center, and the validation every function of the module starts with.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import { createMark } from '../_lib/boundary.js';
import { buyingCenterSchema, type BuyingCenter, type BuyingCenterInput, type Member } from './schema.js';

/**
 * The centers this module validated and froze itself: frozen, they stay valid, so the next
 * call takes them without checking them again. A set the module alone holds, so the mark
 * cannot be inherited, copied or forged (a Proxy or an object whose prototype is a checked
 * center is checked like any other input).
 */
const CHECKED = /* @__PURE__ */ createMark<BuyingCenter>();

/** Marks a valid center, made by this module, as checked and freezes it; a center already marked is returned as it is. */
export function sealCenter(center: BuyingCenter): BuyingCenter {
  if (CHECKED.has(center)) return center;
  return CHECKED.add(deepFreeze(center));
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
 * deeply frozen: a center this module made as it is, a frozen copy of anything else (the
 * caller's object is never frozen, and read once).
 */
export function toCenter(input: unknown, prefix = ''): BuyingCenter {
  if (CHECKED.has(input)) return input;
  const parsed = parse(buyingCenterSchema(), input, prefix);
  checkMembers(parsed.members, prefix === '' ? '' : `${prefix}.`);
  // The parse is a fresh copy: sealing it touches nothing of the caller's.
  return sealCenter({ ...parsed });
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
