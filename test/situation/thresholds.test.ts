// EU thresholds of Directive 2014/24/EU art. 4 for 2026–2027, as set by Commission Delegated
// Regulation (EU) 2025/2152: works €5,404,000; supplies and services €140,000 (central), €216,000 (sub-central).
// Art. 4: the Directive applies to values "equal to or greater than" the thresholds.
import { describe, expect, it } from 'vitest';
import {
  EU_THRESHOLDS,
  PROCEDURES,
  classifySituation,
  recommendApproach,
  type ContractValue,
} from '../../src/situation/index.js';
import { PUBLIC_APPROACH_ACTIONS } from '../../src/situation/approach-public.js';
import { BUYCLASSES } from '../../src/_lib/vocabulary.js';

const publicBody = { type: 'public-body' } as const;
const procedureFor = (contractValue: ContractValue): string | undefined =>
  classifySituation({ buyclass: 'new-task', organization: publicBody, contractValue }).procedure;

describe('EU_THRESHOLDS and the procedure they imply', () => {
  it.each([
    [{ amount: 139_999, currency: 'EUR', subject: 'supplies', authority: 'central' }, 'below-threshold'],
    [{ amount: 140_000, currency: 'EUR', subject: 'supplies', authority: 'central' }, 'open'],
    [{ amount: 139_999, currency: 'EUR', subject: 'services', authority: 'central' }, 'below-threshold'],
    [{ amount: 215_999, currency: 'EUR', subject: 'services', authority: 'sub-central' }, 'below-threshold'],
    [{ amount: 216_000, currency: 'EUR', subject: 'supplies', authority: 'sub-central' }, 'open'],
    [{ amount: 5_403_999, currency: 'EUR', subject: 'works', authority: 'sub-central' }, 'below-threshold'],
    [{ amount: 5_404_000, currency: 'EUR', subject: 'works' }, 'open'],
    [{ amount: 150_000, currency: 'EUR', subject: 'supplies' }, 'open'],
    [{ amount: 10, currency: 'SEK', subject: 'supplies' }, 'open'],
  ] as const)('%j → %s', (value, procedure) => {
    expect(procedureFor(value)).toBe(procedure);
  });

  it('holds the period and the regulation it comes from', () => {
    expect(EU_THRESHOLDS).toMatchObject({
      validFrom: '2026-01-01',
      validUntil: '2027-12-31',
      regulation: 'Commission Delegated Regulation (EU) 2025/2152',
      currency: 'EUR',
    });
  });

  it('says why: the threshold and its regulation, an assumed authority level, a value it cannot compare, no value at all', () => {
    const reasons = (contractValue?: ContractValue): string[] =>
      classifySituation(
        contractValue === undefined
          ? { buyclass: 'new-task', organization: publicBody }
          : { buyclass: 'new-task', organization: publicBody, contractValue },
      )
        .reasons.slice(-2)
        .map((r) => `${r.code}: ${r.message}`);
    expect(reasons({ amount: 60_000, currency: 'EUR', subject: 'supplies' })).toEqual([
      'below-threshold: €60,000 of supplies is below the EU threshold of €140,000 (authority level not given: the lower, central-government threshold is assumed) (Commission Delegated Regulation (EU) 2025/2152, 2026–2027): national rules apply.',
      'procedure-below-threshold: Below the threshold the procedure follows national rules (buygrid assumes the private minimum: override it).',
    ]);
    expect(reasons({ amount: 1, currency: 'SEK', subject: 'works' })[0]).toMatch(
      /^threshold-not-checked: The value is in SEK/,
    );
    expect(reasons()).toEqual([
      'threshold-not-checked: No contract value is given: the EU threshold was not checked (below it, national rules apply).',
      'procedure-default: The open procedure is assumed, the most common one (Directive 2014/24/EU art. 27).',
    ]);
  });

  it('keeps a given procedure, suggests a framework call-off for a public routine re-order, and compares nothing for a private buyer', () => {
    const given = classifySituation({
      buyclass: 'new-task',
      organization: publicBody,
      procedure: 'restricted',
      contractValue: { amount: 1, currency: 'EUR', subject: 'works' },
    });
    expect(given.procedure).toBe('restricted');
    expect(given.reasons.map((r) => r.code).slice(-2)).toEqual(['below-threshold', 'procedure-given']);
    const rebuy = classifySituation({ buyclass: 'straight-rebuy', organization: publicBody });
    expect(rebuy.reasons.at(-1)?.message).toContain('pass procedure "framework-call-off"');
    const company = classifySituation({
      buyclass: 'new-task',
      contractValue: { amount: 9e6, currency: 'EUR', subject: 'works' },
    });
    expect(company).not.toHaveProperty('procedure');
    expect(company.reasons.at(-1)?.code).toBe('threshold-not-applicable');
  });
});

describe("the seller's approach under public rules (Directive 2014/24/EU arts. 18, 40, 41, 42(4))", () => {
  const steering = [
    'shape-the-specification',
    'get-in-early',
    'leverage-the-relationship',
    'defend-the-account',
    'seize-the-opening',
    'automate-reordering',
    'win-a-trial-order',
    'reframe-the-need',
  ];

  it.each(PROCEDURES.map((p) => [p] as const))(
    'under %s, no action steers the specification or leans on the relationship, whatever the buyclass',
    (procedure) => {
      for (const buyclass of BUYCLASSES)
        for (const position of ['in-supplier', 'out-supplier'] as const) {
          const situation = classifySituation({ buyclass, organization: publicBody, procedure });
          const actions = recommendApproach(situation, { position }).actions;
          expect(actions.length).toBeGreaterThan(0);
          for (const action of actions) expect(steering).not.toContain(action.code);
        }
    },
  );

  it('cites an article (or the Commission) in every reason, and never advises shaping the specification', () => {
    for (const procedure of PROCEDURES)
      for (const position of ['in-supplier', 'out-supplier'] as const)
        for (const action of PUBLIC_APPROACH_ACTIONS[procedure][position]) {
          expect(action.reason).toMatch(/arts?\. \d+|European Commission/);
          expect(action.message).not.toMatch(/fits? your strengths|consulted first|shape/i);
        }
  });

  it('gives the neutral market consultation, qualification and the procedure for a public new task', () => {
    const hospital = classifySituation({
      buyclass: 'new-task',
      organization: { type: 'institution', publicLaw: true },
    });
    expect(recommendApproach(hospital, { position: 'out-supplier' }).actions.map((a) => a.code)).toEqual([
      'watch-the-notices',
      'join-market-consultation',
      'qualify-for-the-procedure',
      'follow-the-procedure',
    ]);
    const callOff = classifySituation({
      buyclass: 'straight-rebuy',
      organization: publicBody,
      procedure: 'framework-call-off',
    });
    expect(recommendApproach(callOff, { position: 'out-supplier' }).actions[0]?.code).toBe(
      'prepare-for-the-next-framework',
    );
  });
});
