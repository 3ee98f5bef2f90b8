import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { createBuyingCenter, toCenter } from '../../src/buying-center/center.js';
import { analyzeBuyingCenter } from '../../src/buying-center/analyze.js';
import { addMember, assignRole } from '../../src/buying-center/updates.js';
import type { BuyingCenter } from '../../src/buying-center/schema.js';
import { BuygridInputError, isBuygridInputError } from '../../src/_lib/errors.js';
import { centerInputArb } from './arbitraries.js';

const ana = { id: 'ana', name: 'Ana', roles: ['decider'], influence: 0.8 } as const;

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isBuygridInputError(error))
      return error.issues.map((i) => `${i.path}: expected ${i.expected}, received ${i.received}`);
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('createBuyingCenter', () => {
  it('returns a deeply frozen center equal to its input', () => {
    const center = createBuyingCenter({ organization: { type: 'company', employees: 20 }, members: [ana] });
    expect(center).toEqual({ organization: { type: 'company', employees: 20 }, members: [ana] });
    expect(Object.isFrozen(center)).toBe(true);
    expect(Object.isFrozen(center.members)).toBe(true);
    expect(Object.isFrozen(center.members[0]?.roles)).toBe(true);
    expect(Object.isFrozen(center.organization)).toBe(true);
  });

  it('never freezes the caller’s object', () => {
    const input = { members: [{ ...ana, roles: ['decider' as const] }] };
    createBuyingCenter(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.members[0]?.roles)).toBe(false);
  });

  it('returns an already deeply frozen valid center as it is', () => {
    const center = createBuyingCenter({ members: [ana] });
    expect(createBuyingCenter(center)).toBe(center);
  });

  it.each([
    [
      'a duplicate member id',
      { members: [ana, { ...ana, name: 'Other' }] },
      ['members[1].id: expected an id no other member has, received "ana"'],
    ],
    [
      'a role listed twice',
      { members: [{ ...ana, roles: ['decider', 'decider'] }] },
      ['members[0].roles[1]: expected a role not already listed, received "decider"'],
    ],
    [
      'an unknown role',
      { members: [{ ...ana, roles: ['boss'] }] },
      [expect.stringMatching(/^members\[0\]\.roles\[0\]: expected one of "initiator"/)],
    ],
    [
      'an influence above 1',
      { members: [{ ...ana, influence: 1.5 }] },
      ['members[0].influence: expected a number in [0, 1], received 1.5'],
    ],
    [
      'an influence below 0',
      { members: [{ ...ana, influence: -0.1 }] },
      ['members[0].influence: expected a number in [0, 1], received -0.1'],
    ],
    [
      'an unknown stance',
      { members: [{ ...ana, stance: 'hostile' }] },
      [expect.stringMatching(/^members\[0\]\.stance: expected one of "champion"/)],
    ],
    [
      'an unknown key, __proto__ included',
      JSON.parse('{"members":[],"__proto__":{"x":1}}') as unknown,
      ['__proto__: expected no such field (not part of this input), received an object'],
    ],
    ['no members array', {}, ['members: expected an array, received undefined']],
  ])('refuses %s', (_, input, expected) => {
    expect(issuesOf(() => createBuyingCenter(input as never))).toEqual(expected);
  });

  test.prop([centerInputArb])('survives a JSON round trip: stored state re-enters unchanged', (input) => {
    const center = createBuyingCenter(input);
    expect(createBuyingCenter(JSON.parse(JSON.stringify(center)) as typeof input)).toEqual(center);
  });

  test.prop([centerInputArb])('accepts every valid center and keeps its members in order', (input) => {
    const center = createBuyingCenter(input);
    expect(center.members.map((m) => m.id)).toEqual(input.members.map((m) => m.id));
    expect(Object.isFrozen(center.members)).toBe(true);
  });
});

describe('a center checked once', () => {
  const checked = createBuyingCenter({ members: [{ id: 'ana', name: 'Ana', roles: ['decider'], influence: 0.5 }] });

  it('is not checked again, yet carries nothing visible', () => {
    expect(toCenter(checked)).toBe(checked);
    expect(Object.keys(checked)).toEqual(['members']);
    expect(JSON.parse(JSON.stringify(checked))).toEqual({
      members: [{ id: 'ana', name: 'Ana', roles: ['decider'], influence: 0.5 }],
    });
  });

  it('passes no mark to a copy: a tampered copy is checked and refused', () => {
    const forged = { ...checked, members: [{ ...checked.members[0], influence: 2 }] } as unknown as BuyingCenter;
    expect(() => analyzeBuyingCenter(forged)).toThrow('members[0].influence: expected a number in [0, 1], received 2');
    expect(() => addMember(forged, { id: 'bo', name: 'Bo', roles: [], influence: 0 })).toThrow(BuygridInputError);
  });

  it('stays marked through updates, which return checked, frozen centers', () => {
    const next = addMember(checked, { id: 'bo', name: 'Bo', roles: ['user'], influence: 0.2 });
    expect(toCenter(next)).toBe(next);
    expect(Object.isFrozen(next) && Object.isFrozen(next.members[1])).toBe(true);
    expect(assignRole(next, 'ana', 'decider')).toBe(next);
  });
});
