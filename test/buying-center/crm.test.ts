import { describe, expect, it } from 'vitest';
import { CRM_ROLE_MAPS, fromCrmRole, type CrmRoleSystem } from '../../src/buying-center/crm.js';

const ROWS: [CrmRoleSystem, string, { mapped: boolean; roles: string[]; stance?: string }][] = [
  ['salesforce', 'Business User', { mapped: true, roles: ['user'] }],
  ['salesforce', 'Decision Maker', { mapped: true, roles: ['decider'] }],
  ['salesforce', 'Economic Buyer', { mapped: true, roles: ['approver'] }],
  ['salesforce', 'Economic Decision Maker', { mapped: true, roles: ['decider', 'approver'] }],
  ['salesforce', 'Evaluator', { mapped: true, roles: ['prescriber'] }],
  ['salesforce', 'Executive Sponsor', { mapped: true, roles: ['approver'] }],
  ['salesforce', 'Influencer', { mapped: true, roles: ['advisor'] }],
  ['salesforce', 'Technical Buyer', { mapped: true, roles: ['prescriber'] }],
  ['salesforce', 'Other', { mapped: false, roles: [] }],
  ['hubspot', 'BLOCKER', { mapped: true, roles: [], stance: 'blocker' }],
  ['hubspot', 'BUDGET_HOLDER', { mapped: true, roles: ['approver'] }],
  ['hubspot', 'CHAMPION', { mapped: true, roles: [], stance: 'champion' }],
  ['hubspot', 'DECISION_MAKER', { mapped: true, roles: ['decider'] }],
  ['hubspot', 'END_USER', { mapped: true, roles: ['user'] }],
  ['hubspot', 'EXECUTIVE_SPONSOR', { mapped: true, roles: ['approver'] }],
  ['hubspot', 'INFLUENCER', { mapped: true, roles: ['advisor'] }],
  ['hubspot', 'LEGAL_AND_COMPLIANCE', { mapped: true, roles: ['advisor'] }],
  ['hubspot', 'OTHER', { mapped: false, roles: [] }],
  ['dynamics', 'Champion', { mapped: true, roles: [], stance: 'champion' }],
  ['dynamics', 'Decision Maker', { mapped: true, roles: ['decider'] }],
  ['dynamics', 'End User', { mapped: true, roles: ['user'] }],
  ['dynamics', 'Economic Buyer', { mapped: true, roles: ['approver'] }],
  ['dynamics', 'Influencer', { mapped: true, roles: ['advisor'] }],
  ['dynamics', 'Technical Buyer', { mapped: true, roles: ['prescriber'] }],
  ['dynamics', 'Stakeholder', { mapped: false, roles: [] }],
];

describe('fromCrmRole', () => {
  it.each(ROWS)('maps %s %j', (system, value, expected) => {
    const result = fromCrmRole(system, value);
    expect({ mapped: result.mapped, roles: result.roles, ...(result.stance === undefined ? {} : { stance: result.stance }) }).toEqual(expected);
    expect(result.reasons[0]?.code).toBe(expected.mapped ? 'mapped' : 'no-role');
  });

  it('has a test row for every value of every map: Salesforce 9, HubSpot 9, Dynamics 7', () => {
    const values = Object.entries(CRM_ROLE_MAPS).flatMap(([system, map]) => Object.keys(map).map((v) => `${system}:${v}`));
    expect(ROWS.map(([system, v]) => `${system}:${v}`)).toEqual(values);
    expect(values).toHaveLength(25);
  });

  it.each([
    ['hubspot', 'decision maker'],
    ['hubspot', 'Decision-Maker'],
    ['salesforce', '  technical_buyer '],
    ['dynamics', 'TECHNICAL BUYER'],
  ] as const)('matches %s %j case-insensitively, spaces, _ and - alike', (system, value) => {
    expect(fromCrmRole(system, value).mapped).toBe(true);
  });

  it('reports an unknown value as unmapped, never guessed', () => {
    expect(fromCrmRole('salesforce', 'Procurement Lead')).toEqual({
      mapped: false,
      roles: [],
      reasons: [{ code: 'unknown-value', message: '"Procurement Lead" is not a value of the salesforce map: left unmapped rather than guessed.' }],
    });
    expect(fromCrmRole('salesforce', 'CHAMPION').mapped).toBe(false);
    expect(fromCrmRole('hubspot', '').mapped).toBe(false);
  });

  it('explains a mapping', () => {
    expect(fromCrmRole('hubspot', 'champion').reasons).toEqual([{ code: 'mapped', message: 'hubspot "CHAMPION" → stance champion.' }]);
    expect(fromCrmRole('salesforce', 'economic decision maker').reasons[0]?.message).toBe('salesforce "Economic Decision Maker" → decider, approver.');
  });

  it('takes a customized picklist map', () => {
    const mine = { ...CRM_ROLE_MAPS.salesforce, 'Procurement Lead': { roles: ['buyer', 'gatekeeper'] } } as const;
    expect(fromCrmRole('salesforce', 'procurement lead', mine)).toMatchObject({ mapped: true, roles: ['buyer', 'gatekeeper'] });
    expect(() => fromCrmRole('salesforce', 'x', { X: { roles: ['boss'] } } as never)).toThrow(/map\["X"\]\.roles\[0\]: expected one of/);
    expect(() => fromCrmRole('salesforce', 'x', [] as never)).toThrow('map: expected an object, received an array of 0');
    expect(fromCrmRole('salesforce', 'Nobody', { Nobody: null }).reasons[0]?.code).toBe('no-role');
  });

  it.each([
    ['an unknown system', () => fromCrmRole('sap' as never, 'Buyer'), 'system: expected one of "salesforce" | "hubspot" | "dynamics", received "sap"'],
    ['a value that is not a string', () => fromCrmRole('hubspot', 3 as never), 'value: expected a string, received 3'],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
