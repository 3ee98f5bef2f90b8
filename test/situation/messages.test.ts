// Every code buygrid/situation returns is a key of SituationMessages, with exactly its params
// (issue #13: codes and params everywhere); the messages show the params they name.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUYCLASSES,
  BuygridInputError,
  PROCEDURES,
  SUPPLIER_POSITIONS,
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
  type SituationMessages,
} from '../../src/situation/index.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';
import { factsArb, unitArb } from './arbitraries.js';

const none = {} as const;
const axis = {
  value: 'number',
  threshold: 'number',
  aggregate: 'string?',
  subcriteria: 'numbers-by-name?',
  decidedBy: 'string?',
} as const;
const threshold = {
  amount: 'number',
  currency: 'string',
  subject: 'string',
  authority: 'string?',
  threshold: 'number',
  regulation: 'string',
  validFrom: 'string',
  validUntil: 'string',
} as const;
const size = { employees: 'number', turnover: 'number?', balanceSheet: 'number?' } as const;

const SPEC: MessagesSpec<SituationMessages> = {
  'purchased-before': none,
  'first-purchase': none,
  'specification-changed': none,
  'specification-unchanged': none,
  'incumbent-satisfies': none,
  'incumbent-dissatisfies': none,
  'new-suppliers-considered': none,
  'no-new-suppliers': none,
  'novelty-high': none,
  'novelty-medium': none,
  'novelty-low': none,
  'information-need-high': none,
  'information-need-medium': none,
  'information-need-low': none,
  'fact-not-applicable': { facts: 'strings' },
  'facts-missing': { facts: 'strings' },
  'mixed-profile': { facts: 'strings', buyclass: 'string' },
  'rebuy-undecided': { buyclass: 'string', runnerUp: 'string' },
  'profit-impact-high': axis,
  'profit-impact-low': axis,
  'supply-risk-high': axis,
  'supply-risk-low': axis,
  'strategic-purchase': { quadrant: 'string' },
  'banal-purchase': { quadrant: 'string' },
  'secure-partnership': none,
  'exploit-purchasing-power': none,
  'secure-volume': none,
  'streamline-buying': none,
  'organization-type': { type: 'string' },
  'organization-type-assumed': none,
  'size-micro': size,
  'size-small': size,
  'size-medium': size,
  'size-large': size,
  'no-size-band': { employees: 'number', type: 'string' },
  'regime-default': { type: 'string' },
  'regime-assumed': { type: 'string' },
  'regime-public-law': none,
  'regime-given': { regime: 'string' },
  'buyclass-given': { buyclass: 'string' },
  'threshold-not-applicable': none,
  'threshold-not-checked': { currency: 'string?' },
  'below-threshold': threshold,
  'above-threshold': threshold,
  'procedure-given': { procedure: 'string' },
  'procedure-below-threshold': none,
  'procedure-default': { buyclass: 'string' },
  'shape-the-specification': none,
  'get-in-early': none,
  'leverage-the-relationship': none,
  'reach-the-whole-center': none,
  'reduce-perceived-risk': none,
  'defend-the-account': none,
  'fix-dissatisfaction': none,
  'seize-the-opening': none,
  'get-on-the-shortlist': none,
  'keep-the-routine': none,
  'automate-reordering': none,
  'reframe-the-need': none,
  'win-a-trial-order': none,
  'prove-reliability': none,
  'perform-the-contract': none,
  'watch-the-notices': none,
  'join-market-consultation': none,
  'qualify-for-the-procedure': none,
  'follow-the-procedure': none,
  'follow-the-call-off-terms': none,
  'prepare-for-the-next-framework': none,
  'join-the-dynamic-purchasing-system': none,
  'check-the-national-rules': none,
  'answer-the-invitation': none,
};

/** The string and number params each message shows as given. */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'fact-not-applicable': ['facts'],
  'facts-missing': ['facts'],
  'mixed-profile': ['facts'],
  'profit-impact-high': ['threshold', 'decidedBy'],
  'profit-impact-low': ['threshold', 'decidedBy'],
  'supply-risk-high': ['threshold', 'decidedBy'],
  'supply-risk-low': ['threshold', 'decidedBy'],
  'strategic-purchase': ['quadrant'],
  'banal-purchase': ['quadrant'],
  'no-size-band': ['employees'],
  'size-micro': ['employees'],
  'size-small': ['employees'],
  'size-medium': ['employees'],
  'size-large': ['employees'],
  'regime-given': ['regime'],
  'threshold-not-checked': ['currency'],
  'below-threshold': ['subject', 'regulation'],
  'above-threshold': ['subject', 'regulation'],
  'procedure-given': ['procedure'],
};

const portfolioArb = fc.oneof(
  fc.record({ profitImpact: unitArb, supplyRisk: unitArb, threshold: unitArb }),
  fc.record(
    {
      volume: unitArb,
      costShare: unitArb,
      qualityImpact: unitArb,
      scarcity: unitArb,
      storageRisk: unitArb,
      aggregate: fc.constantFrom('max' as const, 'mean' as const),
    },
    { requiredKeys: ['volume', 'scarcity'] },
  ),
);

/** Results that reach every code: the classifiers over their tables and curated inputs. */
function curated(): unknown[] {
  const results: unknown[] = [];
  for (const type of ['company', 'public-body', 'institution'] as const) {
    for (const publicLaw of [undefined, true, false] as const) {
      if (type === 'public-body' && publicLaw === false) continue;
      results.push(
        classifyOrganization({ type, employees: 40, ...(publicLaw === undefined ? {} : { publicLaw }) }),
        classifyOrganization({ type, employees: 300, turnover: 60_000_000, balanceSheet: 10_000_000 }),
      );
    }
  }
  results.push(
    classifyOrganization({}),
    classifyOrganization({ employees: 5 }),
    classifyOrganization({ employees: 100 }),
  );
  results.push(classifyOrganization({ regime: 'public-tender' }));
  for (const buyclass of BUYCLASSES) {
    const pub = { buyclass, organization: { type: 'public-body' } } as const;
    results.push(
      classifySituation({ buyclass, contractValue: { amount: 10, currency: 'EUR', subject: 'works' } }),
      classifySituation(pub),
      classifySituation({ ...pub, contractValue: { amount: 1000, currency: 'USD', subject: 'supplies' } }),
      classifySituation({ ...pub, contractValue: { amount: 1000, currency: 'EUR', subject: 'supplies' } }),
      classifySituation({
        ...pub,
        contractValue: { amount: 9e6, currency: 'EUR', subject: 'works', authority: 'central' },
      }),
      classifySituation({ ...pub, procedure: 'restricted' }),
    );
    for (const position of SUPPLIER_POSITIONS) {
      const strategic = classifySituation({ buyclass, portfolio: { profitImpact: 0.9, supplyRisk: 0.9 } });
      results.push(strategic, recommendApproach(strategic, { position }));
      for (const procedure of PROCEDURES)
        results.push(recommendApproach(classifySituation({ ...pub, procedure }), { position }));
    }
  }
  for (const profitImpact of [0.2, 0.8])
    for (const supplyRisk of [0.2, 0.8]) results.push(classifyPortfolio({ profitImpact, supplyRisk }));
  results.push(
    classifyPortfolio({ volume: 0.9, costShare: 0.2, supplyRisk: 0.1 }),
    classifyPortfolio({ volume: 0.9, supplyRisk: 0.1 }),
  );
  return results;
}

describe('the codes of buygrid/situation', { timeout: 60_000 }, () => {
  it('are keys of SituationMessages, each with exactly its params, and every key is returned somewhere', () => {
    const seen = expectCodedFit(SPEC, curated());
    fc.assert(
      fc.property(factsArb, portfolioArb, (facts, portfolio) => {
        for (const code of expectCodedFit(SPEC, [classifyBuyclass(facts), classifyPortfolio(portfolio)]))
          seen.add(code);
      }),
    );
    expect(Object.keys(SPEC).filter((code) => !seen.has(code))).toEqual([]);
  });

  it('show in the message the names and numbers of their params', () => {
    expectMessagesShow(SHOWN, curated());
    fc.assert(
      fc.property(factsArb, portfolioArb, (facts, portfolio) => {
        expectMessagesShow(SHOWN, [classifyBuyclass(facts), classifyPortfolio(portfolio)]);
      }),
    );
  });

  it('lets a classified situation stored as JSON through the checks of the situation, and refuses bad params', () => {
    const situation = classifySituation({
      buyclass: { purchasedBefore: true },
      portfolio: { volume: 0.9, costShare: 0.2, scarcity: 0.2 },
      organization: { type: 'public-body', employees: 40 },
      contractValue: { amount: 300_000, currency: 'EUR', subject: 'supplies' },
    });
    const stored = JSON.parse(JSON.stringify(situation)) as typeof situation;
    const approach = recommendApproach(stored, { position: 'out-supplier' });
    expect(approach).toEqual(recommendApproach(situation, { position: 'out-supplier' }));
    const [first, ...rest] = stored.reasons;
    for (const params of [{ share: Number.NaN }, { list: [1] }, { nested: { a: 'b' } }, 'x']) {
      const bad = { ...stored, reasons: [{ ...first, params }, ...rest] };
      expect(() => recommendApproach(bad as typeof stored, { position: 'out-supplier' })).toThrow(BuygridInputError);
    }
    const old = { ...stored, reasons: stored.reasons.map(({ code, message }) => ({ code, message })) };
    expect(recommendApproach(old as unknown as typeof stored, { position: 'out-supplier' })).toEqual(approach);
  });

  it('keeps the params raw: an axis unrounded, the subcriteria as given', () => {
    const [profit] = classifyPortfolio({ profitImpact: 0.50004, supplyRisk: 0.1234567 }).reasons;
    expect(profit?.params).toEqual({ value: 0.50004, threshold: 0.5 });
    const steel = classifyPortfolio({ volume: 0.9, costShare: 0.3, scarcity: 0.2 }).reasons[0];
    expect(steel?.params).toEqual({
      value: 0.9,
      threshold: 0.5,
      aggregate: 'max',
      subcriteria: { volume: 0.9, costShare: 0.3 },
      decidedBy: 'volume',
    });
  });
});
