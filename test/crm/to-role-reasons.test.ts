// What toCrmRole says and writes at its edges (src/crm/to-role.ts), written for the mutation run:
// the reasons a reader sees, the Salesforce single-value rule at exactly one value, the labels
// of CRMs whose API values are their labels.
import { describe, expect, it } from 'vitest';
import { toCrmRole } from '../../src/crm/index.js';

describe('toCrmRole explains what it wrote and what it lost', () => {
  it('says, per role and stance written, which CRM value carries it', () => {
    const result = toCrmRole('hubspot', { roles: ['decider'], stance: 'champion' });
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0]).toMatchObject({ code: 'written', message: 'decider → hubspot "DECISION_MAKER".' });
    expect(result.reasons[1]).toMatchObject({
      code: 'written',
      message: 'stance champion → hubspot "CHAMPION".',
    });
  });

  it('gives, in the params of each reason, the role or the stance written and the lost ones', () => {
    expect(toCrmRole('hubspot', { roles: ['decider', 'initiator'], stance: 'champion' }).reasons).toEqual([
      {
        code: 'written',
        params: { crm: 'hubspot', value: 'DECISION_MAKER', role: 'decider' },
        message: 'decider → hubspot "DECISION_MAKER".',
      },
      {
        code: 'written',
        params: { crm: 'hubspot', value: 'CHAMPION', stance: 'champion' },
        message: 'stance champion → hubspot "CHAMPION".',
      },
      {
        code: 'lost',
        params: { crm: 'hubspot', roles: ['initiator'] },
        message: 'hubspot has no value for initiator: not written.',
      },
    ]);
    expect(toCrmRole('dynamics', { roles: ['buyer'], stance: 'blocker' }).reasons).toEqual([
      {
        code: 'lost',
        params: { crm: 'dynamics', roles: ['buyer'], stance: 'blocker' },
        message: 'dynamics has no value for buyer, stance blocker: not written.',
      },
    ]);
  });

  it('names the roles and the stance no value carries, in one reason', () => {
    const result = toCrmRole('salesforce', { roles: ['initiator', 'decider'], stance: 'skeptic' });
    expect(result.reasons.at(-1)).toMatchObject({
      code: 'lost',
      message: 'salesforce has no value for initiator, stance skeptic: not written.',
    });
    expect(toCrmRole('hubspot', { roles: ['buyer'] }).reasons).toMatchObject([
      { code: 'lost', message: 'hubspot has no value for buyer: not written.' },
    ]);
  });

  it('says nothing is lost when everything was written, and leaves no stance in `lost`', () => {
    const result = toCrmRole('dynamics', { roles: ['decider'], stance: 'champion' });
    expect(result.lost).toEqual({ roles: [] });
    expect(result.reasons.map((r) => r.code)).toEqual(['written', 'written']);
  });

  it('writes a value shared by two roles once, with a reason for each role (Technical Buyer: Miller & Heiman 1985)', () => {
    const result = toCrmRole('salesforce', { roles: ['prescriber', 'gatekeeper'] });
    expect(result.values).toEqual(['Technical Buyer']);
    expect(result.value).toBe('Technical Buyer');
    expect(result.reasons.map((r) => r.message)).toEqual([
      'prescriber → salesforce "Technical Buyer".',
      'gatekeeper → salesforce "Technical Buyer".',
    ]);
  });
});

// Salesforce: OpportunityContactRole.Role is a single picklist (Salesforce Object Reference,
// OpportunityContactRole; ../shared/research/domain.md §6.1).
describe('toCrmRole and Salesforce’s single-value contact role', () => {
  it('warns only when more than one value is written', () => {
    expect(toCrmRole('salesforce', { roles: ['decider'] }).reasons.map((r) => r.code)).toEqual(['written']);
    expect(toCrmRole('salesforce', { roles: ['prescriber', 'gatekeeper'] }).reasons.map((r) => r.code)).not.toContain(
      'single-select',
    );
    const two = toCrmRole('salesforce', { roles: ['decider', 'approver'] });
    expect(two.reasons.at(-1)).toMatchObject({ code: 'single-select' });
    expect(two.reasons.at(-1)?.message).toContain('OpportunityContactRole.Role takes one value');
    expect(two.value).toBe('Decision Maker;Economic Buyer');
  });

  it('gives the API value as the label where the CRM shows its values as they are (Salesforce, Dynamics)', () => {
    expect(toCrmRole('salesforce', { roles: ['user'] }).labels).toEqual(['Business User']);
    expect(toCrmRole('dynamics', { roles: ['decider'] }).labels).toEqual(['Decision Maker']);
  });
});
