// What fromCrmStage says at its edges (src/crm/from-stage.ts), written for the mutation run: the
// `mapped` reason of each kind of stage, word for word; a custom stage whose step or outcome does
// not fit its deal, dropped from the reasons as from the result; a blank stage.
import { describe, expect, it } from 'vitest';
import {
  CRM_STAGE_MAPS,
  CRM_SYSTEMS,
  fromCrmRole,
  fromCrmStage,
  type CrmStageMapping,
  type CrmSystem,
} from '../../src/crm/index.js';

const LOST =
  'The seller lost; the stage cannot tell a purchase the buyer abandoned from one awarded to a competitor (record a loss reason).';

describe('fromCrmStage explains a default stage', () => {
  it.each([
    [
      'an open stage by its step',
      'salesforce',
      'needs analysis',
      {
        params: {
          crm: 'salesforce',
          value: 'Needs Analysis',
          deal: 'open',
          step: 'specification',
          why: 'The requirements are being worked out.',
        },
        message: 'salesforce "Needs Analysis" → specification: The requirements are being worked out.',
      },
    ],
    [
      'a won stage by its outcome',
      'hubspot',
      'Closed Won',
      {
        params: {
          crm: 'hubspot',
          value: 'closedwon',
          deal: 'won',
          outcome: 'awarded',
          why: 'The buyer chose this seller.',
        },
        message: 'hubspot "closedwon" → awarded: The buyer chose this seller.',
      },
    ],
    [
      'a lost stage that tells its outcome',
      'dynamics',
      'canceled',
      {
        params: {
          crm: 'dynamics',
          value: 'Canceled',
          deal: 'lost',
          outcome: 'abandoned',
          why: 'Status Canceled: the buyer stopped the purchase.',
        },
        message: 'dynamics "Canceled" → abandoned: Status Canceled: the buyer stopped the purchase.',
      },
    ],
    [
      'Closed Lost as “no outcome”',
      'salesforce',
      'Closed Lost',
      {
        params: { crm: 'salesforce', value: 'Closed Lost', deal: 'lost', why: LOST },
        message: `salesforce "Closed Lost" → no outcome: ${LOST}`,
      },
    ],
  ] as const)('names %s', (_, system: CrmSystem, stage, expected) => {
    expect(fromCrmStage(system, stage).reasons[0]).toEqual({ code: 'mapped', ...expected });
  });

  it('holds a step for every open default stage and an outcome for none', () => {
    for (const system of CRM_SYSTEMS) {
      for (const [stage, { deal, step, outcome }] of Object.entries<CrmStageMapping>(CRM_STAGE_MAPS[system])) {
        expect(step !== undefined, `${system} ${stage}`).toBe(deal === 'open');
        if (deal === 'open') expect(outcome, `${system} ${stage}`).toBeUndefined();
      }
    }
  });
});

describe('fromCrmStage with a custom stage whose step or outcome does not fit its deal', () => {
  const map = {
    odd: { label: 'Odd', deal: 'won', step: 'decision', outcome: 'awarded', why: 'Closed, but with a step.' },
    open: { label: 'Open', deal: 'open', step: 'decision', outcome: 'awarded', why: 'Open, but with an outcome.' },
    gone: { label: 'Gone', deal: 'lost', step: 'negotiation', why: 'Lost in negotiation.' },
  } as const;

  it('gives a closed deal no step, in its reasons as in its result', () => {
    expect(fromCrmStage('salesforce', 'odd', { map }).reasons).toEqual([
      {
        code: 'mapped',
        params: { crm: 'salesforce', value: 'odd', deal: 'won', outcome: 'awarded', why: 'Closed, but with a step.' },
        message: 'salesforce "odd" → awarded: Closed, but with a step.',
      },
      {
        code: 'closed',
        params: { deal: 'won' },
        message: 'The deal is closed (won): the purchase is in no open step.',
      },
    ]);
  });

  it('gives a lost deal with a step only no step and no outcome: the loss stays ambiguous', () => {
    const { reasons, ...result } = fromCrmStage('hubspot', 'Gone', { map });
    expect(result).toEqual({ mapped: true, deal: 'lost' });
    expect(reasons.map((r) => r.code)).toEqual(['mapped', 'closed', 'lost-ambiguous']);
    expect(reasons[0]?.message).toBe('hubspot "gone" → no outcome: Lost in negotiation.');
  });

  it('gives an open deal no outcome, in its reasons as in its result', () => {
    expect(fromCrmStage('dynamics', 'open', { map }).reasons[0]).toEqual({
      code: 'mapped',
      params: { crm: 'dynamics', value: 'open', deal: 'open', step: 'decision', why: 'Open, but with an outcome.' },
      message: 'dynamics "open" → decision: Open, but with an outcome.',
    });
  });
});

describe('fromCrmStage and fromCrmRole on a value without a letter or digit', () => {
  // A blank stage (an unset field in an export) or one of punctuation only names no stage,
  // even where the caller's map has an entry whose id compares equal to it.
  const map = { '': { label: '(none)', deal: 'open', step: 'need-recognition', why: 'No stage yet.' } } as const;

  it.each([[''], ['   '], ['-'], ['_']])('leaves %j unmapped, even against a blank id in the caller’s map', (stage) => {
    expect(fromCrmStage('hubspot', stage, { map })).toEqual({
      mapped: false,
      reasons: [
        {
          code: 'unknown-stage',
          params: { crm: 'hubspot', stage },
          message: `${JSON.stringify(stage)} is not a stage of the hubspot map (a custom stage?): left unmapped rather than guessed; pass your pipeline’s map.`,
        },
      ],
    });
  });

  it.each([[''], [' ; '], ['-']])(
    'fromCrmRole leaves %j unmapped, even against a blank id in the caller’s map',
    (value) => {
      const result = fromCrmRole('hubspot', value, { map: { '-': { roles: ['user'] } } });
      expect(result.roles).toEqual([]);
      expect(result.reasons.map((r) => r.code)).toEqual(['unknown-value']);
    },
  );
});
