import { describe, expect, it } from 'vitest';
import { CRM_STAGE_MAPS, fromCrmStage, type CrmSystem } from '../../src/crm/index.js';

type Row = [CrmSystem, string, { deal: string; step?: string; outcome?: string; probability?: number }];

// The default stages, from research/crm-real-values.md §1 and §4: Salesforce's ten
// `StageName` values with their default probabilities (standard value set
// OpportunityStage); HubSpot's default pipeline (a real pipelines payload,
// vmware-archive/connectors-workspace-one); Dynamics 365's Opportunity Sales Process and
// the opportunity statuses (statecode 1 Won, 2 Lost; statuscode 4 Canceled, 5 Out-Sold).
const ROWS: Row[] = [
  ['salesforce', 'Prospecting', { deal: 'open', step: 'need-recognition', probability: 0.1 }],
  ['salesforce', 'Qualification', { deal: 'open', step: 'need-recognition', probability: 0.1 }],
  ['salesforce', 'Needs Analysis', { deal: 'open', step: 'specification', probability: 0.2 }],
  ['salesforce', 'Value Proposition', { deal: 'open', step: 'supplier-search', probability: 0.5 }],
  ['salesforce', 'Id. Decision Makers', { deal: 'open', step: 'supplier-search', probability: 0.6 }],
  ['salesforce', 'Perception Analysis', { deal: 'open', step: 'supplier-search', probability: 0.7 }],
  ['salesforce', 'Proposal/Price Quote', { deal: 'open', step: 'negotiation', probability: 0.75 }],
  ['salesforce', 'Negotiation/Review', { deal: 'open', step: 'negotiation', probability: 0.9 }],
  ['salesforce', 'Closed Won', { deal: 'won', outcome: 'awarded', probability: 1 }],
  ['salesforce', 'Closed Lost', { deal: 'lost', probability: 0 }],
  ['hubspot', 'appointmentscheduled', { deal: 'open', step: 'need-recognition', probability: 0.2 }],
  ['hubspot', 'qualifiedtobuy', { deal: 'open', step: 'specification', probability: 0.4 }],
  ['hubspot', 'presentationscheduled', { deal: 'open', step: 'supplier-search', probability: 0.6 }],
  ['hubspot', 'decisionmakerboughtin', { deal: 'open', step: 'negotiation', probability: 0.8 }],
  ['hubspot', 'contractsent', { deal: 'open', step: 'decision', probability: 0.9 }],
  ['hubspot', 'closedwon', { deal: 'won', outcome: 'awarded', probability: 1 }],
  ['hubspot', 'closedlost', { deal: 'lost', probability: 0 }],
  ['dynamics', 'Qualify', { deal: 'open', step: 'need-recognition' }],
  ['dynamics', '1-Qualify', { deal: 'open', step: 'need-recognition' }],
  ['dynamics', 'Develop', { deal: 'open', step: 'specification' }],
  ['dynamics', '2-Develop', { deal: 'open', step: 'specification' }],
  ['dynamics', 'Propose', { deal: 'open', step: 'negotiation' }],
  ['dynamics', '3-Propose', { deal: 'open', step: 'negotiation' }],
  ['dynamics', 'Close', { deal: 'open', step: 'decision' }],
  ['dynamics', '4-Close', { deal: 'open', step: 'decision' }],
  ['dynamics', 'Won', { deal: 'won', outcome: 'awarded' }],
  ['dynamics', 'Lost', { deal: 'lost' }],
  ['dynamics', 'Canceled', { deal: 'lost', outcome: 'abandoned' }],
  ['dynamics', 'Out-Sold', { deal: 'lost', outcome: 'awarded' }],
];

describe('fromCrmStage', () => {
  it.each(ROWS)('maps %s %j', (system, stage, expected) => {
    const { reasons, ...result } = fromCrmStage(system, stage);
    expect(result).toEqual({ mapped: true, ...expected });
    expect(reasons[0]?.code).toBe('mapped');
  });

  it('has a test row for every default stage: Salesforce 10, HubSpot 7, Dynamics 12', () => {
    const stages = Object.entries(CRM_STAGE_MAPS).flatMap(([system, map]) =>
      Object.keys(map).map((v) => `${system}:${v}`),
    );
    expect(ROWS.map(([system, v]) => `${system}:${v}`)).toEqual(stages);
  });

  it('puts a closed deal in no open step', () => {
    for (const [system, stage, { deal }] of ROWS) {
      if (deal !== 'open') expect(fromCrmStage(system, stage).step).toBeUndefined();
    }
  });

  it('says that an open stage is the seller’s view, approximate', () => {
    expect(fromCrmStage('salesforce', 'Id. Decision Makers').reasons.map((r) => r.code)).toEqual([
      'mapped',
      'seller-view',
    ]);
  });

  it('says that Closed Lost cannot tell abandonment from a competitor’s award, and Dynamics can', () => {
    for (const [system, stage] of [
      ['salesforce', 'Closed Lost'],
      ['hubspot', 'closedlost'],
      ['dynamics', 'Lost'],
    ] as const) {
      const result = fromCrmStage(system, stage);
      expect(result.outcome).toBeUndefined();
      expect(result.reasons.map((r) => r.code)).toEqual(['mapped', 'closed', 'lost-ambiguous']);
    }
    expect(fromCrmStage('dynamics', 'Canceled').reasons.map((r) => r.code)).toEqual(['mapped', 'closed']);
  });

  it.each([
    ['hubspot', 'Qualified To Buy', 'specification'],
    ['hubspot', 'Decision Maker Bought-In', 'negotiation'],
    ['hubspot', 'CONTRACT SENT', 'decision'],
    ['salesforce', 'proposal / price quote', 'negotiation'],
    ['salesforce', 'id decision makers', 'supplier-search'],
    ['dynamics', '3 - propose', 'negotiation'],
  ] as const)('reads %s %j as a label, in any case and spacing', (system, stage, step) => {
    expect(fromCrmStage(system, stage).step).toBe(step);
  });

  it('leaves a custom stage unmapped rather than guessed (HubSpot custom stages have numeric ids)', () => {
    expect(fromCrmStage('hubspot', '4074848')).toEqual({
      mapped: false,
      reasons: [
        {
          code: 'unknown-stage',
          params: { crm: 'hubspot', stage: '4074848' },
          message:
            '"4074848" is not a stage of the hubspot map (a custom stage?): left unmapped rather than guessed; pass your pipeline’s map.',
        },
      ],
    });
    expect(fromCrmStage('salesforce', '').mapped).toBe(false);
    expect(fromCrmStage('hubspot', 'Needs Analysis').mapped).toBe(false);
  });

  it('takes a custom pipeline that extends or replaces the defaults', () => {
    const map = {
      '4074848': {
        label: 'Pre Qualified To Buy',
        deal: 'open',
        step: 'need-recognition',
        probability: 0.1,
        why: 'Our first stage.',
      },
    } as const;
    expect(fromCrmStage('hubspot', '4074848', { map })).toMatchObject({
      mapped: true,
      step: 'need-recognition',
      probability: 0.1,
    });
    expect(fromCrmStage('hubspot', 'Pre Qualified To Buy', { map }).mapped).toBe(false);
    expect(fromCrmStage('hubspot', 'closedwon', { map }).mapped).toBe(true);
    expect(fromCrmStage('hubspot', 'closedwon', { map, replace: true }).mapped).toBe(false);
  });

  it('drops a custom stage’s step when its deal is closed, and its outcome when open', () => {
    const map = {
      odd: { label: 'Odd', deal: 'won', step: 'decision', outcome: 'awarded', why: 'Closed, but with a step.' },
      open: { label: 'Open', deal: 'open', step: 'decision', outcome: 'awarded', why: 'Open, but with an outcome.' },
    } as const;
    const { reasons: _a, ...odd } = fromCrmStage('salesforce', 'odd', { map });
    const { reasons: _b, ...open } = fromCrmStage('salesforce', 'open', { map });
    expect(odd).toEqual({ mapped: true, deal: 'won', outcome: 'awarded' });
    expect(open).toEqual({ mapped: true, deal: 'open', step: 'decision' });
  });

  it.each([
    ['an unknown system', () => fromCrmStage('pipedrive' as never, 'x'), 'system: expected one of'],
    [
      'a stage that is not a string',
      () => fromCrmStage('hubspot', 42 as never),
      'stage: expected a string, received 42',
    ],
    [
      'a stage entry without a deal',
      () => fromCrmStage('hubspot', 'x', { map: { x: { label: 'X', why: 'w' } } } as never),
      'options.map["x"].deal: expected one of',
    ],
    [
      'a probability out of [0, 1]',
      () =>
        fromCrmStage('hubspot', 'x', { map: { x: { label: 'X', deal: 'open', probability: 40, why: 'w' } } } as never),
      'options.map["x"].probability: expected a number in [0, 1], received 40',
    ],
  ])('refuses %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
