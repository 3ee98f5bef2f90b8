import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createBuyingCenter } from '../../src/buying-center/center.js';
import { addMember, assignRole, removeMember, unassignRole, updateMember } from '../../src/buying-center/updates.js';
import type { BuyingCenter } from '../../src/buying-center/schema.js';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { centerInputArb, memberArb, roleArb } from './arbitraries.js';

const center = createBuyingCenter({
  organization: { employees: 2000 },
  members: [
    { id: 'ana', name: 'Ana', roles: ['buyer'], influence: 0.4, stance: 'champion' },
    { id: 'raj', name: 'Raj', roles: ['decider'], influence: 0.9 },
  ],
});
const snapshot = structuredClone(center);

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('addMember', () => {
  it('appends the member and shares the others', () => {
    const next = addMember(center, { id: 'lea', name: 'Lea', roles: ['user'], influence: 0.2 });
    expect(next.members.map((m) => m.id)).toEqual(['ana', 'raj', 'lea']);
    expect(next.members[0]).toBe(center.members[0]);
    expect(next.organization).toBe(center.organization);
    expect(isDeeplyFrozen(next)).toBe(true);
  });
});

describe('updateMember', () => {
  it('changes the given fields and keeps the others', () => {
    const next = updateMember(center, 'raj', { influence: 0.7, stance: 'skeptic', title: 'CFO' });
    expect(next.members[1]).toEqual({
      id: 'raj',
      name: 'Raj',
      roles: ['decider'],
      influence: 0.7,
      stance: 'skeptic',
      title: 'CFO',
    });
    expect(isDeeplyFrozen(next)).toBe(true);
  });

  it('removes an optional field given as undefined', () => {
    const next = updateMember(center, 'ana', { stance: undefined });
    expect(next.members[0]).not.toHaveProperty('stance');
  });
});

describe('removeMember', () => {
  it('removes the member', () => {
    expect(removeMember(center, 'ana').members.map((m) => m.id)).toEqual(['raj']);
  });
});

describe('assignRole and unassignRole', () => {
  it('add a role at the end and remove it', () => {
    const next = assignRole(center, 'raj', 'approver');
    expect(next.members[1]?.roles).toEqual(['decider', 'approver']);
    expect(unassignRole(next, 'raj', 'decider').members[1]?.roles).toEqual(['approver']);
  });

  it('return the same center when nothing changes', () => {
    expect(assignRole(center, 'raj', 'decider')).toBe(center);
    expect(unassignRole(center, 'raj', 'buyer')).toBe(center);
  });
});

describe('refusals: BuygridInputError, nothing changed', () => {
  it.each<[string, () => unknown, string]>([
    [
      'addMember with a taken id',
      () => addMember(center, { id: 'ana', name: 'A', roles: [], influence: 0 }),
      'member.id: expected an id no other member has, received "ana"',
    ],
    [
      'addMember with an influence outside [0, 1]',
      () => addMember(center, { id: 'x', name: 'X', roles: [], influence: 2 }),
      'member.influence: expected a number in [0, 1], received 2',
    ],
    [
      'addMember with a role listed twice',
      () => addMember(center, { id: 'x', name: 'X', roles: ['user', 'user'], influence: 0 }),
      'member.roles[1]: expected a role not already listed, received "user"',
    ],
    [
      'updateMember of a member that does not exist',
      () => updateMember(center, 'bob', { influence: 0.5 }),
      'id: expected the id of a member of the center, received "bob"',
    ],
    [
      'updateMember that changes the id',
      () => updateMember(center, 'ana', { id: 'x' } as never),
      'patch.id: expected no such field (not part of this input), received "x"',
    ],
    [
      'updateMember that removes a required field',
      () => updateMember(center, 'ana', { influence: undefined }),
      'patch.influence: expected a value (a required field cannot be removed), received undefined',
    ],
    [
      'updateMember with a role listed twice',
      () => updateMember(center, 'ana', { roles: ['user', 'user'] }),
      'patch.roles[1]: expected a role not already listed, received "user"',
    ],
    [
      'updateMember with an influence outside [0, 1]',
      () => updateMember(center, 'ana', { influence: -1 }),
      'patch.influence: expected a number in [0, 1], received -1',
    ],
    [
      'removeMember of a member that does not exist',
      () => removeMember(center, 'bob'),
      'id: expected the id of a member of the center, received "bob"',
    ],
    [
      'removeMember with an id that is not a string',
      () => removeMember(center, 42 as never),
      'id: expected a string, received 42',
    ],
    [
      'assignRole of an unknown role',
      () => assignRole(center, 'ana', 'boss' as never),
      'role: expected one of "initiator" | "user" | "prescriber" | "advisor" | "gatekeeper" | "buyer" | "decider" | "approver", received "boss"',
    ],
    [
      'assignRole to a member that does not exist',
      () => assignRole(center, 'bob', 'user'),
      'id: expected the id of a member of the center, received "bob"',
    ],
    [
      'unassignRole of an unknown role',
      () => unassignRole(center, 'ana', 'boss' as never),
      'role: expected one of "initiator" | "user" | "prescriber" | "advisor" | "gatekeeper" | "buyer" | "decider" | "approver", received "boss"',
    ],
    [
      'an update of a hand-built invalid center',
      () => removeMember({ members: [{ id: 'a', name: 'A', roles: [], influence: 3 }] }, 'a'),
      'members[0].influence: expected a number in [0, 1], received 3',
    ],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(BuygridInputError);
    expect(run).toThrow(message);
    expect(center).toEqual(snapshot);
  });
});

type Op = (c: BuyingCenter) => BuyingCenter;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  memberArb('new').map(
    (m): Op =>
      (c) =>
        addMember(c, m),
  ),
  fc.tuple(fc.nat(11), fc.double({ min: 0, max: 1, noNaN: true })).map(
    ([i, influence]): Op =>
      (c) =>
        updateMember(c, c.members[i % Math.max(1, c.members.length)]?.id ?? 'none', { influence }),
  ),
  fc.nat(11).map(
    (i): Op =>
      (c) =>
        removeMember(c, c.members[i % Math.max(1, c.members.length)]?.id ?? 'none'),
  ),
  fc.tuple(fc.nat(11), roleArb).map(
    ([i, role]): Op =>
      (c) =>
        assignRole(c, c.members[i % Math.max(1, c.members.length)]?.id ?? 'none', role),
  ),
  fc.tuple(fc.nat(11), roleArb).map(
    ([i, role]): Op =>
      (c) =>
        unassignRole(c, c.members[i % Math.max(1, c.members.length)]?.id ?? 'none', role),
  ),
);

describe('properties', () => {
  test.prop([centerInputArb, opArb])(
    'an update never mutates its input and returns a deeply frozen center (or throws)',
    (input, op) => {
      const before = createBuyingCenter(input);
      const copy = structuredClone(before);
      let after: BuyingCenter | undefined;
      try {
        after = op(before);
      } catch (error) {
        expect(error).toBeInstanceOf(BuygridInputError);
      }
      expect(before).toEqual(copy);
      if (after !== undefined) {
        expect(isDeeplyFrozen(after)).toBe(true);
        expect(new Set(after.members.map((m) => m.id)).size).toBe(after.members.length);
      }
    },
  );

  test.prop([centerInputArb, roleArb])(
    'assignRole then unassignRole of a role not held gives the member its roles back',
    (input, role) => {
      const c = createBuyingCenter(input);
      const first = c.members[0];
      fc.pre(first !== undefined && !first.roles.includes(role));
      const back = unassignRole(assignRole(c, first.id, role), first.id, role);
      expect(back).toEqual(c);
    },
  );
});
