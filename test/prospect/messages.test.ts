// Every code buygrid/prospect returns is a key of ProspectMessages, with exactly its params
// (issue #13): accounts over their inputs, and the account history.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DOWNSTREAM_DEMANDS,
  NEGOTIATION_TERMS,
  PURPOSES,
  accountHistory,
  analyzeProspect,
  type ProspectInput,
  type ProspectMessages,
} from '../../src/prospect/index.js';
import { STEPS } from '../../src/_lib/vocabulary.js';
import { expectCodedFit, expectMessagesShow, type MessagesSpec } from '../_lib/messages.js';
import { samples } from '../explain/samples.js';
import { goingBack } from './fixtures.js';

const none = {} as const;
const SPEC: MessagesSpec<ProspectMessages> = {
  'no-decider': none,
  'influential-blocker': { threshold: 'number', names: 'strings' },
  'missing-role': { role: 'string', step: 'string' },
  'no-champion': none,
  'single-threaded': { members: 'number' },
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
  'win-over-the-blocker': none,
  'find-the-decider': none,
  'follow-the-revisit': { step: 'string', regime: 'string', position: 'string' },
  'revive-the-purchase': none,
  'meet-who-matters-now': { name: 'string', step: 'string' },
  'reach-missing-roles': { roles: 'strings', step: 'string' },
  'put-reducers-in-the-offer': { reducers: 'strings' },
  'prepare-the-terms': { terms: 'strings' },
  'find-a-champion': none,
  'widen-the-contacts': none,
  'serve-the-purpose': { purpose: 'string' },
  'follow-downstream-demand': { demand: 'string' },
  stalled: { days: 'number', step: 'string', after: 'number' },
  'going-back': { step: 'string' },
  engage: {
    name: 'string',
    roles: 'strings',
    participation: 'number',
    step: 'string',
    influence: 'number',
    score: 'number',
    stance: 'string?',
  },
  'perceived-risk': { level: 'string', score: 'number', drivers: 'strings' },
  'risk-driver': { dimension: 'string' },
  approach: { action: 'string' },
  purpose: { purpose: 'string' },
  'derived-demand': none,
  'payment-terms': none,
  'performance-guarantee': none,
  'delivery-commitment': none,
  'supplier-assurance': none,
  'service-level': none,
  'currency-clause': none,
  'shared-decision': none,
  stage: { won: 'number', awarded: 'number', latestWon: 'boolean', stage: 'string' },
  relationship: { supplierId: 'string', relationship: 'string' },
  trend: { from: 'string', to: 'string', trend: 'string' },
};

const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'meet-who-matters-now': ['name', 'step'],
  'reach-missing-roles': ['roles', 'step'],
  stalled: ['step', 'after'],
  'going-back': ['step'],
  engage: ['name', 'roles', 'participation', 'step', 'influence', 'stance'],
  'perceived-risk': ['level', 'drivers'],
  'risk-driver': ['dimension'],
  purpose: ['purpose'],
  stage: ['won', 'awarded', 'stage'],
  relationship: ['supplierId'],
  trend: ['from', 'to', 'trend'],
};

const members = [
  { id: 'a', name: 'Ana', roles: ['user'], influence: 0.8, stance: 'blocker' },
  { id: 'r', name: 'Raj', roles: ['buyer'], influence: 0.3 },
] as const;
const accountArb = fc.record({
  position: fc.constantFrom('in-supplier' as const, 'out-supplier' as const),
  purpose: fc.constantFrom(...PURPOSES),
  demand: fc.constantFrom(...DOWNSTREAM_DEMANDS),
  step: fc.constantFrom(...STEPS),
  days: fc.integer({ min: 0, max: 90 }),
  relationship: fc.constantFrom('incumbent' as const, 'known' as const, 'new' as const),
  one: fc.boolean(),
});

describe('the codes of buygrid/prospect', { timeout: 60_000 }, () => {
  it('are keys of ProspectMessages, each with exactly its params, shown in the message', () => {
    const seen = new Set<string>();
    const all = samples();
    // An account view holds the situation's, the risk's and the center's results too: their codes are theirs.
    const own = (r: ReturnType<typeof analyzeProspect>): unknown[] => [r.actions, r.redFlags, r.terms ?? []];
    for (const code of expectCodedFit(SPEC, [
      ...own(all['prospect-analysis']),
      all['account-history'],
      NEGOTIATION_TERMS,
    ]))
      seen.add(code);
    fc.assert(
      fc.property(accountArb, (a) => {
        const input = {
          organization: { type: 'company', employees: 300, downstreamDemand: a.demand },
          purpose: a.purpose,
          situation: { buyclass: 'modified-rebuy', portfolio: { profitImpact: 0.8, supplyRisk: 0.8 } },
          buyingCenter: { members: a.one ? [members[1]] : members },
          risk: { profile: { supplierRelationship: a.relationship, leadTimeCritical: true, importance: 'strategic' } },
          position: a.position,
          ...(a.one
            ? { step: a.step }
            : {
                purchase: goingBack,
                asOf: new Date(Date.parse('2026-03-10T08:00:00Z') + a.days * 86_400_000).toISOString(),
              }),
        } as unknown as ProspectInput;
        const results = own(analyzeProspect(input));
        for (const code of expectCodedFit(SPEC, results)) seen.add(code);
        expectMessagesShow(SHOWN, results);
      }),
      { numRuns: 60 },
    );
    const history = accountHistory([goingBack], { supplierId: 'a' });
    for (const code of expectCodedFit(SPEC, [history])) seen.add(code);
    // The approach actions of a public buyer are checked with the situation's codes.
    const unreached = Object.keys(SPEC).filter((code) => !seen.has(code));
    expect(unreached.every((code) => code in NEGOTIATION_TERMS || /-/.test(code))).toBe(true);
    expect(seen.size).toBeGreaterThan(30);
  });
});
