/**
 * Updates of a buying center, each returning a new, deeply frozen center and leaving the
 * old one as it was.
 *
 * @module
 */
import { Immer } from 'immer';
import { fail, parse } from '../_lib/parse.js';
import { id as idSchema } from '../_lib/schemas.js';
import { roleSchema, type Role } from '../_lib/vocabulary.js';
import { checkRoles, sealCenter, toCenter } from './center.js';
import {
  memberPatchSchema,
  memberSchema,
  type BuyingCenter,
  type Member,
  type MemberInput,
  type MemberPatch,
} from './schema.js';

const REQUIRED: readonly string[] = ['name', 'roles', 'influence'];

/** The index of the member with this id, or a BuygridInputError naming `id`. */
function indexOf(center: BuyingCenter, memberId: unknown): number {
  const valid = parse(idSchema(), memberId, 'id');
  const index = center.members.findIndex((m) => m.id === valid);
  if (index === -1) fail('id', 'the id of a member of the center', valid);
  return index;
}

function update(center: BuyingCenter, recipe: (members: Member[]) => void): BuyingCenter {
  // Immer without its own freezing: the new center is marked as checked, then frozen.
  return sealCenter(
    new Immer({ autoFreeze: false }).produce(center, (draft) => {
      recipe(draft.members);
    }),
  );
}

/** Validates the center, the member's id and the role, then changes that member's roles. */
function changeRoles(
  center: BuyingCenter,
  id: string,
  role: Role,
  change: (roles: Role[], role: Role) => void,
): BuyingCenter {
  const base = toCenter(center);
  const index = indexOf(base, id);
  const valid = parse(roleSchema(), role, 'role');
  return update(base, (members) => {
    change(members[index]?.roles as Role[], valid);
  });
}

/**
 * Adds a member to a buying center.
 *
 * @param center - the buying center.
 * @param member - the new member, with an id no other member has.
 * @returns a new center with the member last.
 * @throws {@link BuygridInputError} for an invalid center or member, or an id already taken.
 *
 * @example
 * ```ts
 * import { addMember, createBuyingCenter } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [] });
 * addMember(center, { id: 'eve', name: 'Eve', roles: ['buyer'], influence: 0.4 }).members.length;
 * //=> 1
 * ```
 */
export function addMember(center: BuyingCenter, member: MemberInput): BuyingCenter {
  const base = toCenter(center);
  const valid = parse(memberSchema(), member, 'member');
  checkRoles(valid, 'member');
  if (base.members.some((m) => m.id === valid.id)) fail('member.id', 'an id no other member has', valid.id);
  return update(base, (members) => void members.push(valid));
}

/**
 * Changes fields of one member; an optional field set to `undefined` is removed.
 *
 * @param center - the buying center.
 * @param id - the member's id (which a patch cannot change).
 * @param patch - the fields to change.
 * @returns a new center with the member changed in place.
 * @throws {@link BuygridInputError} for an unknown id or an invalid patch.
 *
 * @example
 * ```ts
 * import { createBuyingCenter, updateMember } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [{ id: 'eve', name: 'Eve', roles: ['buyer'], influence: 0.4 }] });
 * updateMember(center, 'eve', { influence: 0.6, stance: 'champion' }).members[0];
 * //=> { id: 'eve', influence: 0.6, stance: 'champion' }
 * updateMember(center, 'bob', { influence: 0.6 });
 * //=> throws BuygridInputError
 * ```
 */
export function updateMember(center: BuyingCenter, id: string, patch: MemberPatch): BuyingCenter {
  const base = toCenter(center);
  const index = indexOf(base, id);
  const valid = parse(memberPatchSchema(), patch, 'patch');
  if (valid.roles !== undefined) checkRoles({ roles: valid.roles }, 'patch');
  const entries = Object.entries(valid);
  for (const [key, value] of entries) {
    if (value === undefined && REQUIRED.includes(key))
      fail(`patch.${key}`, 'a value (a required field cannot be removed)', value);
  }
  return update(base, (members) => {
    const draft = members[index] as Record<string, unknown>;
    for (const [key, value] of entries) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key is one of the patch schema's fields
      if (value === undefined) delete draft[key];
      else draft[key] = value;
    }
  });
}

/**
 * Removes a member from a buying center.
 *
 * @param center - the buying center.
 * @param id - the member's id.
 * @returns a new center without the member.
 * @throws {@link BuygridInputError} for an unknown id.
 *
 * @example
 * ```ts
 * import { createBuyingCenter, removeMember } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [{ id: 'eve', name: 'Eve', roles: ['buyer'], influence: 0.4 }] });
 * removeMember(center, 'eve').members.length;
 * //=> 0
 * ```
 */
export function removeMember(center: BuyingCenter, id: string): BuyingCenter {
  const base = toCenter(center);
  const index = indexOf(base, id);
  return update(base, (members) => void members.splice(index, 1));
}

/**
 * Gives a member one more role; a role the member already holds changes nothing (the
 * same center is returned).
 *
 * @param center - the buying center.
 * @param id - the member's id.
 * @param role - one of the eight roles.
 * @returns a new center, or the same one if the member held the role.
 * @throws {@link BuygridInputError} for an unknown id or role.
 *
 * @example
 * ```ts
 * import { assignRole, createBuyingCenter } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [{ id: 'eve', name: 'Eve', roles: ['buyer'], influence: 0.4 }] });
 * assignRole(center, 'eve', 'gatekeeper').members[0]?.roles;
 * //=> ['buyer', 'gatekeeper']
 * assignRole(center, 'eve', 'buyer') === center;
 * //=> true
 * ```
 */
export function assignRole(center: BuyingCenter, id: string, role: Role): BuyingCenter {
  return changeRoles(center, id, role, (roles, valid) => {
    if (!roles.includes(valid)) roles.push(valid);
  });
}

/**
 * Takes a role away from a member; a role the member does not hold changes nothing.
 *
 * @param center - the buying center.
 * @param id - the member's id.
 * @param role - one of the eight roles.
 * @returns a new center, or the same one if the member did not hold the role.
 * @throws {@link BuygridInputError} for an unknown id or role.
 *
 * @example
 * ```ts
 * import { createBuyingCenter, unassignRole } from 'buygrid/buying-center';
 * const center = createBuyingCenter({ members: [{ id: 'eve', name: 'Eve', roles: ['buyer', 'gatekeeper'], influence: 0.4 }] });
 * unassignRole(center, 'eve', 'buyer').members[0]?.roles;
 * //=> ['gatekeeper']
 * ```
 */
export function unassignRole(center: BuyingCenter, id: string, role: Role): BuyingCenter {
  return changeRoles(center, id, role, (roles, valid) => {
    const at = roles.indexOf(valid);
    if (at !== -1) roles.splice(at, 1);
  });
}
