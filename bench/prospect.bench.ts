// analyzeProspect beside the four calls it joins, on the same account: the situation, the
// purchase state (parsed, as stored), the buying center and the risk. The difference is
// the account view's own price: one copy and validation of the whole input, the approach,
// the ranking of whom to engage, the rules table and a frozen result.
// Run: npx vitest bench --run --config vitest.bench.config.ts bench/prospect.bench.ts
import { bench, describe } from 'vitest';
import { analyzeBuyingCenter } from '../src/buying-center/analyze.js';
import { createBuyingCenter } from '../src/buying-center/center.js';
import { parsePurchaseState } from '../src/process/persistence.js';
import { startPurchase } from '../src/process/start.js';
import { transition } from '../src/process/transition.js';
import type { PurchaseEvent, PurchaseState } from '../src/process/index.js';
import { analyzeProspect } from '../src/prospect/analyze.js';
import { assessRisk } from '../src/risk/assess.js';
import { classifySituation } from '../src/situation/situation.js';

const situationInput = {
  buyclass: { purchasedBefore: true, specificationChanged: true, satisfiedWithIncumbent: true },
  portfolio: { profitImpact: 0.7, supplyRisk: 0.6 },
  organization: { type: 'company', employees: 1200 },
} as const;
const center = createBuyingCenter({
  members: [
    { id: 'ines', name: 'Ines', roles: ['prescriber', 'gatekeeper'], influence: 0.7, stance: 'supporter' },
    { id: 'marc', name: 'Marc', roles: ['decider', 'approver'], influence: 0.9, stance: 'neutral' },
    { id: 'lea', name: 'Lea', roles: ['buyer'], influence: 0.5 },
    { id: 'tom', name: 'Tom', roles: ['user', 'initiator'], influence: 0.4, stance: 'champion' },
  ],
});
const events: PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-03-03T08:00:00Z' },
  { type: 'requirementAdded', at: '2026-03-04T08:00:00Z', requirement: { id: 'gauge', text: '20 µm film' } },
  { type: 'specificationApproved', at: '2026-03-05T08:00:00Z' },
  { type: 'stepRevisited', at: '2026-03-10T08:00:00Z', to: 'specification', reason: 'Recyclable film required' },
];
const purchase = events.reduce<PurchaseState>(
  (state, event) => transition(state, event).state,
  startPurchase({
    id: 'film',
    at: '2026-03-02T08:00:00Z',
    need: { summary: 'Packaging film' },
    situation: { buyclass: 'modified-rebuy' },
  }),
);
const risk = {
  profile: { supplierRelationship: 'incumbent', leadTimeCritical: true, importance: 'strategic' },
} as const;

describe('one account: analyzeProspect vs the four calls it joins', () => {
  bench('the four calls: classifySituation, parsePurchaseState, analyzeBuyingCenter, assessRisk', () => {
    const situation = classifySituation(situationInput);
    parsePurchaseState(purchase);
    analyzeBuyingCenter(center, { step: 'specification' });
    assessRisk({ ...risk, situation });
  });
  bench('analyzeProspect', () => {
    analyzeProspect({
      organization: { name: 'Fresh Foods', downstreamDemand: 'growing' },
      purpose: 'production',
      situation: situationInput,
      buyingCenter: center,
      purchase,
      risk,
      position: 'in-supplier',
      asOf: '2026-03-12T08:00:00Z',
    });
  });
});
