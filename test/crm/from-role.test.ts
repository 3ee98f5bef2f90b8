import { describe, expect, it } from 'vitest';
import { CRM_ROLE_MAPS, fromCrmRole, type CrmSystem } from '../../src/crm/index.js';
import { fromCrmRole as fromBuyingCenter } from '../../src/buying-center/index.js';

// The standard values of each CRM, from research/crm-real-values.md §1: Salesforce
// StandardValueSet `ContactRole` (Metadata API; ContactRole.standardValueSet-meta.xml),
// HubSpot `hs_buying_role` internal values, Dynamics 365 stakeholder connection roles
// (Microsoft Learn, "stakeholders-sales-team-members").
const ROWS: [CrmSystem, string, { mapped: boolean; roles: string[]; stance?: string }][] = [
  ['salesforce', 'Business User', { mapped: true, roles: ['user'] }],
  ['salesforce', 'Decision Maker', { mapped: true, roles: ['decider'] }],
  ['salesforce', 'Economic Buyer', { mapped: true, roles: ['approver'] }],
  ['salesforce', 'Economic Decision Maker', { mapped: true, roles: ['decider', 'approver'] }],
  ['salesforce', 'Evaluator', { mapped: true, roles: ['prescriber'] }],
  ['salesforce', 'Executive Sponsor', { mapped: true, roles: ['approver'] }],
  ['salesforce', 'Influencer', { mapped: true, roles: ['advisor'] }],
  // Miller & Heiman (1985): the technical buyer screens offers against the specification.
  ['salesforce', 'Technical Buyer', { mapped: true, roles: ['prescriber', 'gatekeeper'] }],
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
  ['dynamics', 'Technical Buyer', { mapped: true, roles: ['prescriber', 'gatekeeper'] }],
  ['dynamics', 'Stakeholder', { mapped: false, roles: [] }],
];

const shape = (r: ReturnType<typeof fromCrmRole>): { mapped: boolean; roles: readonly string[]; stance?: string } => ({
  mapped: r.mapped,
  roles: r.roles,
  ...(r.stance === undefined ? {} : { stance: r.stance }),
});

describe('fromCrmRole', () => {
  it.each(ROWS)('maps %s %j', (system, value, expected) => {
    const result = fromCrmRole(system, value);
    expect(shape(result)).toEqual(expected);
    expect(result.reasons.map((r) => r.code)).toEqual([expected.mapped ? 'mapped' : 'no-role']);
  });

  it('has a test row for every value of every map: Salesforce 9, HubSpot 9, Dynamics 7', () => {
    const values = Object.entries(CRM_ROLE_MAPS).flatMap(([system, map]) =>
      Object.keys(map).map((v) => `${system}:${v}`),
    );
    expect(ROWS.map(([system, v]) => `${system}:${v}`)).toEqual(values);
    expect(values).toHaveLength(25);
  });

  it('stays the same function under buygrid/buying-center', () => {
    expect(fromBuyingCenter).toBe(fromCrmRole);
  });

  // HubSpot labels (a HubSpot property reference; an Odoo–HubSpot connector's field help).
  it.each([
    ['Blocker', { mapped: true, roles: [], stance: 'blocker' }],
    ['Budget Holder', { mapped: true, roles: ['approver'] }],
    ['Decision Maker', { mapped: true, roles: ['decider'] }],
    ['End User', { mapped: true, roles: ['user'] }],
    ['Executive Sponsor', { mapped: true, roles: ['approver'] }],
    ['Legal & Compliance', { mapped: true, roles: ['advisor'] }],
    ['legal and compliance', { mapped: true, roles: ['advisor'] }],
    ['Other', { mapped: false, roles: [] }],
  ])('reads the HubSpot label %j as its internal value', (label, expected) => {
    expect(shape(fromCrmRole('hubspot', label))).toEqual(expected);
  });

  it.each([
    ['hubspot', 'decision maker'],
    ['hubspot', 'Decision-Maker'],
    ['hubspot', 'decision_maker'],
    ['hubspot', '  Decision   Maker '],
    ['salesforce', '  technical_buyer '],
    ['salesforce', 'TechnicalBuyer'],
    ['dynamics', 'TECHNICAL BUYER'],
  ] as const)('matches %s %j in any case and spacing', (system, value) => {
    expect(fromCrmRole(system, value).mapped).toBe(true);
  });

  // Multi-select values come as one string joined with ";" (HubSpot FAQ on checkbox
  // properties; Salesforce SOQL docs on multi-select picklists; a connector test asserting
  // "BUDGET_HOLDER;DECISION_MAKER").
  it.each([
    ['hubspot', 'CHAMPION;DECISION_MAKER', { mapped: true, roles: ['decider'], stance: 'champion' }],
    ['hubspot', 'CHAMPION;END_USER', { mapped: true, roles: ['user'], stance: 'champion' }],
    ['hubspot', 'BUDGET_HOLDER;DECISION_MAKER', { mapped: true, roles: ['approver', 'decider'] }],
    ['hubspot', 'BUDGET_HOLDER;DECISION_MAKER;OTHER', { mapped: true, roles: ['approver', 'decider'] }],
    ['hubspot', 'Champion; Decision Maker', { mapped: true, roles: ['decider'], stance: 'champion' }],
    ['hubspot', 'DECISION_MAKER;', { mapped: true, roles: ['decider'] }],
    ['hubspot', 'BUDGET_HOLDER;EXECUTIVE_SPONSOR', { mapped: true, roles: ['approver'] }],
    ['salesforce', 'Decision Maker;Influencer', { mapped: true, roles: ['decider', 'advisor'] }],
    ['salesforce', 'Economic Buyer;Technical Buyer', { mapped: true, roles: ['approver', 'prescriber', 'gatekeeper'] }],
  ] as const)('splits and merges the multi-select %s %j', (system, value, expected) => {
    expect(shape(fromCrmRole(system, value))).toEqual(expected);
  });

  it('gives one reason per part of a multi-select value, unknown parts included', () => {
    expect(fromCrmRole('hubspot', 'DECISION_MAKER;WIZARD;OTHER').reasons.map((r) => r.code)).toEqual([
      'mapped',
      'unknown-value',
      'no-role',
    ]);
    expect(fromCrmRole('hubspot', 'DECISION_MAKER;WIZARD').mapped).toBe(true);
    expect(fromCrmRole('hubspot', 'OTHER;WIZARD').mapped).toBe(false);
  });

  it('reports two different stances and gives none rather than pick one', () => {
    const result = fromCrmRole('hubspot', 'CHAMPION;BLOCKER;DECISION_MAKER');
    expect(shape(result)).toEqual({ mapped: true, roles: ['decider'] });
    expect(result.reasons.at(-1)).toEqual({
      code: 'conflicting-stances',
      params: { stances: ['champion', 'blocker'] },
      message: 'The values name different stances (champion, blocker): no stance is given rather than one guessed.',
    });
    expect(fromCrmRole('hubspot', 'CHAMPION;Champion').stance).toBe('champion');
  });

  it('reports an unknown value as unmapped, never guessed', () => {
    expect(fromCrmRole('salesforce', 'Procurement Lead')).toEqual({
      mapped: false,
      roles: [],
      reasons: [
        {
          code: 'unknown-value',
          params: { crm: 'salesforce', value: 'Procurement Lead' },
          message: '"Procurement Lead" is not a value of the salesforce map: left unmapped rather than guessed.',
        },
      ],
    });
    // Champion is a common custom Salesforce value, not a standard one.
    expect(fromCrmRole('salesforce', 'Champion').mapped).toBe(false);
    expect(fromCrmRole('hubspot', '').reasons[0]?.code).toBe('unknown-value');
    expect(fromCrmRole('hubspot', ' ; ').mapped).toBe(false);
    // Dynamics Sales Team roles are the seller's own people.
    expect(fromCrmRole('dynamics', 'Account Manager').mapped).toBe(false);
  });

  it('explains a mapping', () => {
    expect(fromCrmRole('hubspot', 'champion').reasons).toEqual([
      {
        code: 'mapped',
        params: { crm: 'hubspot', value: 'CHAMPION', roles: [], stance: 'champion' },
        message: 'hubspot "CHAMPION" → stance champion.',
      },
    ]);
    expect(fromCrmRole('salesforce', 'economic decision maker').reasons[0]?.message).toBe(
      'salesforce "Economic Decision Maker" → decider, approver.',
    );
  });

  it('extends the defaults with a custom map, whose entries win', () => {
    const map = { Champion: { roles: [], stance: 'champion' }, 'Technical Buyer': { roles: ['prescriber'] } } as const;
    expect(shape(fromCrmRole('salesforce', 'Champion;Decision Maker', { map }))).toEqual({
      mapped: true,
      roles: ['decider'],
      stance: 'champion',
    });
    expect(fromCrmRole('salesforce', 'technical buyer', { map }).roles).toEqual(['prescriber']);
  });

  it('replaces the defaults with `replace: true`', () => {
    const map = { 'Procurement Lead': { roles: ['buyer', 'gatekeeper'] } } as const;
    expect(fromCrmRole('salesforce', 'procurement lead', { map, replace: true }).roles).toEqual([
      'buyer',
      'gatekeeper',
    ]);
    expect(fromCrmRole('salesforce', 'Decision Maker', { map, replace: true }).mapped).toBe(false);
    expect(fromCrmRole('salesforce', 'Nobody', { map: { Nobody: null } }).reasons[0]?.code).toBe('no-role');
    expect(fromCrmRole('salesforce', 'Nobody', { map: { Nobody: { roles: [] } } }).reasons[0]?.code).toBe('no-role');
  });

  it('neither freezes nor changes the caller’s map, and returns a frozen result', () => {
    const map = { Champion: { roles: ['user'] as 'user'[] } };
    const result = fromCrmRole('salesforce', 'Champion', { map });
    expect(Object.isFrozen(map) || Object.isFrozen(map.Champion.roles)).toBe(false);
    expect(Object.isFrozen(result) && Object.isFrozen(result.roles) && Object.isFrozen(result.reasons[0])).toBe(true);
    expect(result.roles).not.toBe(map.Champion.roles);
  });

  it.each([
    [
      'an unknown system',
      () => fromCrmRole('sap' as never, 'Buyer'),
      'system: expected one of "salesforce" | "hubspot" | "dynamics", received "sap"',
    ],
    ['a value that is not a string', () => fromCrmRole('hubspot', 3 as never), 'value: expected a string, received 3'],
    [
      'null as the value (an unset property)',
      () => fromCrmRole('hubspot', null as never),
      'value: expected a string, received null',
    ],
    [
      'a map entry with an unknown role',
      () => fromCrmRole('salesforce', 'x', { map: { X: { roles: ['boss'] } } } as never),
      'options.map["X"].roles[0]: expected one of',
    ],
    [
      'a map that is an array',
      () => fromCrmRole('salesforce', 'x', { map: [] } as never),
      'options.map: expected an object, received an array of 0',
    ],
    [
      'an old-style map as the options',
      () => fromCrmRole('salesforce', 'x', { X: null } as never),
      'options.X: expected no such field',
    ],
    [
      'a replace that is not a boolean',
      () => fromCrmRole('salesforce', 'x', { replace: 'yes' } as never),
      'options.replace: expected a boolean, received "yes"',
    ],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
