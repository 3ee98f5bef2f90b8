import { analyzeBuyingCenter, coverage, createBuyingCenter, expectedSize } from '../../src/buying-center/index.js';
import type { ExplainedKinds } from '../../src/explain/index.js';
import { replay, startPurchase, transition, type PurchaseEvent, type PurchaseState } from '../../src/process/index.js';
import { assessRisk, perceivedRiskByMember, whatIf } from '../../src/risk/index.js';
import {
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
} from '../../src/situation/index.js';
import { BuygridInputError } from '../../src/_lib/errors.js';
import { replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { fromCrmRole, fromCrmStage } from '../../src/crm/index.js';
import { evaluateOffers } from '../../src/process/index.js';
import { accountHistory, analyzeProspect } from '../../src/prospect/index.js';

export const START = { id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } } as const;

/** Applies events one by one, failing the test on a refusal. */
export function walk(events: readonly PurchaseEvent[], start: PurchaseState = startPurchase(START)): PurchaseState {
  return events.reduce((state, event) => {
    const next = transition(state, event);
    if (!next.ok) throw new Error(next.rejection.message);
    return next.state;
  }, start);
}

/** From need recognition to an award to s1 (Haas) on 2026-03-11, with one return to the specification. */
export const AWARD_EVENTS: readonly PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
  { type: 'requirementAdded', at: '2026-03-03T09:00:00Z', requirement: { id: 'r1', text: '2.5 t capacity' } },
  { type: 'specificationApproved', at: '2026-03-04T09:00:00Z' },
  { type: 'stepRevisited', at: '2026-03-05T09:00:00Z', to: 'specification', reason: 'capacity too low' },
  { type: 'specificationApproved', at: '2026-03-06T09:00:00Z' },
  { type: 'supplierIdentified', at: '2026-03-07T09:00:00Z', supplier: { id: 's1', name: 'Haas' } },
  { type: 'supplierShortlisted', at: '2026-03-07T10:00:00Z', supplierId: 's1' },
  { type: 'negotiationStarted', at: '2026-03-08T09:00:00Z' },
  { type: 'offerReceived', at: '2026-03-09T09:00:00Z', offer: { supplierId: 's1', amount: 1000, currency: 'EUR' } },
  { type: 'decisionRequested', at: '2026-03-10T09:00:00Z' },
  { type: 'supplierSelected', at: '2026-03-11T09:00:00Z', supplierId: 's1' },
];

export const CENTER = createBuyingCenter({
  organization: { type: 'company', employees: 2000 },
  members: [
    { id: 'coo', name: 'Marta', roles: ['decider'], influence: 0.9, stance: 'skeptic' },
    { id: 'it', name: 'Jonas', roles: ['prescriber', 'user'], influence: 0.6, stance: 'champion' },
  ],
});

export const PROFILE = { supplierRelationship: 'new', importance: 'strategic', leadTimeCritical: true } as const;

function caught(run: () => unknown): BuygridInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BuygridInputError) return error;
  }
  throw new Error('expected a BuygridInputError');
}

/** Three purchases as an export gives them: one awarded, one abandoned, one open with a refused event. */
export const MANY = [
  { start: START, events: AWARD_EVENTS },
  {
    start: { ...START, id: 'p2', situation: { buyclass: 'straight-rebuy' } },
    events: [
      { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
      { type: 'purchaseAbandoned', at: '2026-03-05T21:00:00Z', reason: 'budget' },
    ],
  },
  {
    start: { ...START, id: 'p3' },
    events: [
      { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
      { type: 'negotiationStarted', at: '2026-03-03T09:00:00Z' },
    ],
  },
] as const;

/** A prospect with everything given: a purchase that went back to the specification, a buying center, a risk, a date. */
export function prospect(): ExplainedKinds['prospect-analysis'] {
  return analyzeProspect({
    organization: { name: 'Acme Metal', type: 'company', employees: 400 },
    situation: { buyclass: 'modified-rebuy' },
    position: 'out-supplier',
    purchase: walk(AWARD_EVENTS.slice(0, 4)),
    buyingCenter: CENTER,
    risk: { profile: PROFILE },
    asOf: '2026-04-10T09:00:00Z',
  });
}

/** One real result of every kind, made by the library. */
export function samples(): { readonly [K in keyof ExplainedKinds]: ExplainedKinds[K] } {
  const start = startPurchase(START);
  const situation = classifySituation({
    buyclass: 'modified-rebuy',
    portfolio: { profitImpact: 0.6, supplyRisk: 0.3 },
    organization: { type: 'public-body', employees: 2000 },
  });
  const stopped = replay(START, [
    { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
    { type: 'requirementAdded', at: '2026-03-03T09:00:00Z', requirement: { id: 'r1', text: '2.5 t capacity' } },
    { type: 'specificationApproved', at: '2026-03-04T09:00:00Z' },
    { type: 'negotiationStarted', at: '2026-03-05T09:00:00Z' },
  ]);
  if (stopped.ok) throw new Error('expected the replay to stop');
  return {
    'purchase-state': start,
    'transition-result': transition(start, { type: 'needQualified', at: '2026-03-02T09:00:00Z' }),
    'replay-result': stopped,
    'purchase-situation': situation,
    'buyclass-result': classifyBuyclass({
      purchasedBefore: true,
      specificationChanged: true,
      satisfiedWithIncumbent: false,
    }),
    'portfolio-result': classifyPortfolio({ profitImpact: 0.6, supplyRisk: 0.3 }),
    'organization-result': classifyOrganization({ type: 'public-body', employees: 2000 }),
    approach: recommendApproach(situation, { position: 'out-supplier' }),
    'buying-center': CENTER,
    'buying-center-analysis': analyzeBuyingCenter(CENTER, { step: 'decision' }),
    'role-coverage': coverage(CENTER, 'decision'),
    'expected-size': expectedSize({ employees: 2000, buyclass: 'new-task', complexity: 'high' }),
    'risk-assessment': assessRisk({ profile: PROFILE }),
    'risk-what-if': whatIf({ profile: PROFILE }, { profile: { supplierRelationship: 'incumbent' } }),
    'buying-center-risk': perceivedRiskByMember(CENTER, { profile: PROFILE }),
    'prospect-analysis': prospect(),
    'account-history': accountHistory(
      [
        walk(AWARD_EVENTS),
        startPurchase({ ...START, id: 'p2', at: '2026-04-01T09:00:00Z', situation: { buyclass: 'straight-rebuy' } }),
      ],
      { supplierId: 's1' },
    ),
    'purchase-summary': summarizePurchases(replayMany(MANY).states, { by: 'buyclass', asOf: '2026-03-13T09:00:00Z' }),
    'replay-many': replayMany(MANY),
    'crm-role': fromCrmRole('salesforce', 'Economic Decision Maker'),
    'crm-stage': fromCrmStage('salesforce', 'Closed Lost'),
    'offer-evaluation': evaluateOffers(walk(AWARD_EVENTS.slice(0, 9)), [{ criterion: 'price', weight: 1 }]),
    'input-error': caught(() => transition(start, { type: 'needQualified', at: 'yesterday' })),
  };
}
