import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES, STANCES } from '../../src/buying-center/index.js';
import { CRM_SYSTEMS, fromCrmRole, toCrmRole } from '../../src/crm/index.js';

describe('toCrmRole', () => {
  it.each([
    ['salesforce', { roles: ['decider', 'approver'] }, ['Decision Maker', 'Economic Buyer']],
    ['salesforce', { roles: ['user', 'prescriber'] }, ['Technical Buyer', 'Business User']],
    ['hubspot', { roles: ['advisor'], stance: 'blocker' }, ['INFLUENCER', 'BLOCKER']],
    ['dynamics', { roles: ['decider'], stance: 'champion' }, ['Decision Maker', 'Champion']],
    ['dynamics', { roles: ['prescriber', 'gatekeeper'] }, ['Technical Buyer']],
  ] as const)('writes %s values for %j', (system, member, values) => {
    expect(toCrmRole(system, member).values).toEqual(values);
  });

  it('gives HubSpot’s labels beside its API values, and the multi-select value', () => {
    expect(toCrmRole('hubspot', { roles: ['approver', 'decider'] })).toMatchObject({
      values: ['DECISION_MAKER', 'BUDGET_HOLDER'],
      labels: ['Decision Maker', 'Budget Holder'],
      value: 'DECISION_MAKER;BUDGET_HOLDER',
    });
  });

  it('lists what the CRM cannot hold', () => {
    const result = toCrmRole('salesforce', { roles: ['buyer', 'initiator', 'decider'], stance: 'champion' });
    expect(result.lost).toEqual({ roles: ['initiator', 'buyer'], stance: 'champion' });
    expect(result.reasons.map((r) => r.code)).toEqual(['written', 'lost']);
    expect(toCrmRole('hubspot', { roles: [], stance: 'neutral' })).toMatchObject({
      values: [],
      value: '',
      lost: { roles: [], stance: 'neutral' },
    });
  });

  it('warns that Salesforce’s contact role takes one value', () => {
    expect(toCrmRole('salesforce', { roles: ['decider', 'user'] }).reasons.at(-1)?.code).toBe('single-select');
    expect(toCrmRole('hubspot', { roles: ['decider', 'user'] }).reasons.map((r) => r.code)).not.toContain(
      'single-select',
    );
  });

  it('takes a whole buying-center member and ignores its other fields', () => {
    expect(toCrmRole('hubspot', { id: 'a', name: 'A', influence: 0.5, roles: ['user'] } as never).values).toEqual([
      'END_USER',
    ]);
  });

  it('round-trips: what it writes reads back as at least the roles and stance it did not lose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CRM_SYSTEMS),
        fc.uniqueArray(fc.constantFrom(...ROLES)),
        fc.option(fc.constantFrom(...STANCES), { nil: undefined }),
        (system, roles, stance) => {
          const written = toCrmRole(system, { roles, stance });
          const read = fromCrmRole(system, written.value);
          for (const role of roles) if (!written.lost.roles.includes(role)) expect(read.roles).toContain(role);
          if (stance !== undefined && written.lost.stance === undefined) expect(read.stance).toBe(stance);
          for (const role of read.roles)
            expect(roles.includes(role) || role === 'gatekeeper' || role === 'prescriber').toBe(true);
        },
      ),
    );
  });

  it.each([
    ['an unknown role', () => toCrmRole('hubspot', { roles: ['boss'] } as never), 'member.roles[0]: expected one of'],
    [
      'an unknown stance',
      () => toCrmRole('hubspot', { roles: [], stance: 'fan' } as never),
      'member.stance: expected one of',
    ],
    ['no member', () => toCrmRole('hubspot', undefined as never), 'member: expected an object, received undefined'],
    ['an unknown system', () => toCrmRole('zoho' as never, { roles: [] }), 'system: expected one of'],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
