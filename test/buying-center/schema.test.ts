import { describe, expect, it } from 'vitest';
import { parse } from '../../src/_lib/parse.js';
import { buyingCenterSchema } from '../../src/buying-center/schema.js';

describe('buyingCenterSchema', () => {
  const member = { id: 'ana', name: 'Ana', roles: ['decider'], influence: 0.8 };

  it('accepts a center with an organization and members', () => {
    const center = { organization: { type: 'company', employees: 2000 }, members: [member] };
    expect(parse(buyingCenterSchema(), center)).toEqual(center);
  });

  it('names the member field that is wrong', () => {
    expect(() => parse(buyingCenterSchema(), { members: [member, { ...member, id: 'bo', roles: ['boss'] }] })).toThrow(
      /members\[1\]\.roles\[0\]: expected one of "initiator" \| .*, received "boss"/,
    );
    expect(() => parse(buyingCenterSchema(), { members: [{ ...member, influence: Number.NaN }] })).toThrow(
      'members[0].influence: expected a finite number, received NaN',
    );
    expect(() => parse(buyingCenterSchema(), { organization: { employees: 0 }, members: [] })).toThrow(
      'organization.employees: expected a number ≥ 1, received 0',
    );
  });
});
