/**
 * Real results of the library, beyond one per kind (test/explain/samples.ts): the situations,
 * risks, centers, refusals and CRM readings the module tests tabulate, so that the message
 * of many codes, in several of its variants, is compared with its English template.
 */
import { analyzeBuyingCenter, createBuyingCenter, expectedSize } from '../../src/buying-center/index.js';
import { fromCrmRole, fromCrmStage, toCrmRole } from '../../src/crm/index.js';
import {
  evaluateOffers,
  replay,
  startPurchase,
  type PurchaseEvent,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { accountHistory, analyzeProspect } from '../../src/prospect/index.js';
import { assessRisk } from '../../src/risk/index.js';
import {
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
} from '../../src/situation/index.js';
import { samples, walk } from '../explain/samples.js';

const at = (day: number): string => `2026-03-${String(day).padStart(2, '0')}T09:00:00Z`;

function refusals(): unknown[] {
  const start = {
    id: 'p',
    at: at(1),
    need: { summary: 'Salt' },
    situation: { buyclass: 'new-task', regime: 'public-tender', procedure: 'restricted' },
  } as const;
  const events: PurchaseEvent[][] = [
    [{ type: 'decisionRequested', at: at(2) }],
    [{ type: 'needQualified', at: '2026-02-01T09:00:00Z' }],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'specificationApproved', at: at(3) },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: 'x', priority: 'must' } },
      { type: 'requirementAdded', at: at(4), requirement: { id: 'r1', text: 'y' } },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'requirementRemoved', at: at(3), requirementId: 'r9' },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: 'x', priority: 'must' } },
      { type: 'specificationApproved', at: at(4) },
      { type: 'supplierIdentified', at: at(5), supplier: { id: 's1', name: 'A' } },
      { type: 'supplierIdentified', at: at(5), supplier: { id: 's1', name: 'A' } },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: 'x', priority: 'must' } },
      { type: 'specificationApproved', at: at(4) },
      { type: 'supplierIdentified', at: at(5), supplier: { id: 's1', name: 'A' } },
      { type: 'supplierShortlisted', at: at(6), supplierId: 's1' },
      { type: 'negotiationStarted', at: at(7) },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'supplierShortlisted', at: at(3), supplierId: 'zz' },
    ],
    [
      { type: 'needQualified', at: at(2) },
      { type: 'stepRevisited', at: at(3), to: 'decision', reason: 'x' },
    ],
    [{ type: 'stepSkipped', at: at(2), to: 'decision', reason: 'x' }],
  ];
  return events.map((list) => replay(start, list));
}

// The events of the guard variants below, as in test/process/guards-mutants.test.ts.
const qualify: PurchaseEvent = { type: 'needQualified', at: at(2) };
const must: PurchaseEvent = {
  type: 'requirementAdded',
  at: at(3),
  requirement: { id: 'r1', text: 'x', priority: 'must' },
};
const approve: PurchaseEvent = { type: 'specificationApproved', at: at(4) };
const identify = (id: string): PurchaseEvent => ({ type: 'supplierIdentified', at: at(5), supplier: { id, name: id } });
const shortlist = (supplierId: string): PurchaseEvent => ({ type: 'supplierShortlisted', at: at(6), supplierId });
const exclude = (supplierId: string): PurchaseEvent => ({ type: 'supplierExcluded', at: at(6), supplierId });
const negotiate: PurchaseEvent = { type: 'negotiationStarted', at: at(7) };
const offer = (supplierId: string, amount = 1000, leadTimeDays = 10): PurchaseEvent => ({
  type: 'offerReceived',
  at: at(8),
  offer: { supplierId, amount, currency: 'EUR', leadTimeDays },
});
const decide: PurchaseEvent = { type: 'decisionRequested', at: at(9) };
const select = (supplierId: string): PurchaseEvent => ({ type: 'supplierSelected', at: at(10), supplierId });
const revisit = (to: 'specification' | 'supplier-search'): PurchaseEvent => ({
  type: 'stepRevisited',
  at: at(11),
  to,
  reason: 'again',
});
const skipTo = (to: 'negotiation' | 'decision'): PurchaseEvent => ({ type: 'stepSkipped', at: at(12), to });
/** A purchase walked into negotiation with two suppliers, s1 and s2, shortlisted. */
const twoShortlisted = [
  qualify,
  must,
  approve,
  identify('s1'),
  identify('s2'),
  shortlist('s1'),
  shortlist('s2'),
  negotiate,
];
const START = { id: 'p', at: at(1), need: { summary: 'Salt' } } as const;
const OPEN = { situation: { regime: 'public-tender', procedure: 'open' } } as const;
const RESTRICTED = { situation: { regime: 'public-tender', procedure: 'restricted' } } as const;
const STRAIGHT = { situation: { buyclass: 'straight-rebuy' } } as const;
const MODIFIED = { situation: { buyclass: 'modified-rebuy' } } as const;
const INCUMBENT = { id: 'a', name: 'A', incumbent: true } as const;

/** Replays `events` over START and `input`: each list ends with the event refused, in another variant of its message. */
function guardVariants(): unknown[] {
  const variants: [Partial<StartPurchaseInput>, PurchaseEvent[]][] = [
    // min-shortlisted: singular and plural, the procedure named, inviteAll 'always' and 'if-fewer'
    [{}, [qualify, must, approve, identify('s1'), negotiate]],
    [{ policy: { minShortlisted: 2 } }, [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate]],
    [
      { ...OPEN, knownSuppliers: [{ id: 'k', name: 'K' }] },
      [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate],
    ],
    [
      { ...OPEN, knownSuppliers: [{ id: 'k', name: 'K' }] },
      [qualify, must, approve, identify('s1'), identify('s2'), shortlist('s2'), negotiate],
    ],
    [OPEN, [qualify, must, approve, identify('s1'), exclude('s1'), negotiate]],
    [
      RESTRICTED,
      [
        qualify,
        must,
        approve,
        identify('s1'),
        identify('s2'),
        identify('s3'),
        shortlist('s1'),
        shortlist('s2'),
        negotiate,
      ],
    ],
    [RESTRICTED, [qualify, must, approve, identify('s1'), identify('s2'), identify('s3'), shortlist('s1'), negotiate]],
    [RESTRICTED, [qualify, must, approve, identify('s1'), exclude('s1'), negotiate]],
    // unknown-supplier, not-shortlisted, no-negotiation
    [{}, [qualify, must, approve, shortlist('zz')]],
    [{}, [qualify, must, approve, identify('s1'), identify('s2'), shortlist('s1'), negotiate, offer('s2')]],
    [OPEN, [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate, offer('s1'), offer('s1')]],
    // min-offers: none, one of two
    [{}, [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate, decide]],
    [
      { policy: { minOffers: 2 } },
      [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate, offer('s1'), decide],
    ],
    // no-offer: a new task, and a straight rebuy that may re-order from its incumbent without one
    [{}, [...twoShortlisted, offer('s1'), decide, select('s2')]],
    [
      { ...STRAIGHT, knownSuppliers: [INCUMBENT, { id: 'b', name: 'B' }] },
      [qualify, must, skipTo('decision'), { ...select('b'), at: at(13) }],
    ],
    // skip-not-allowed: known suppliers, an incumbent, a procedure's policy
    [{}, [qualify, must, skipTo('negotiation')]],
    [MODIFIED, [qualify, must, skipTo('negotiation')]],
    [{ ...STRAIGHT, knownSuppliers: [{ id: 'b', name: 'B' }] }, [qualify, must, skipTo('decision')]],
    [OPEN, [qualify, must, skipTo('negotiation')]],
    // terminal: awarded, abandoned; not-allowed in an outcome that takes nothing
    [
      {},
      [qualify, must, approve, identify('s1'), shortlist('s1'), negotiate, offer('s1'), decide, select('s1'), qualify],
    ],
    [{}, [qualify, { type: 'purchaseAbandoned', at: at(3), reason: 'budget' }, qualify]],
    [
      {},
      [
        qualify,
        { type: 'purchaseAbandoned', at: at(3), reason: 'budget' },
        { type: 'performanceReviewed', at: at(4), supplierId: 's1', satisfaction: 0.5 },
      ],
    ],
  ];
  // role: no role, other roles, not a member
  const center = createBuyingCenter({
    members: [
      { id: 'u', name: 'Una', roles: ['user', 'buyer'], influence: 0.5 },
      { id: 'n', name: 'Nils', roles: [], influence: 0.5 },
    ],
  });
  const roles = ['u', 'n', 'ghost'].map((by) =>
    replay(START, [qualify, must, { ...approve, by }], { buyingCenter: center }),
  );
  return [...variants.map(([input, events]) => replay({ ...START, ...input }, events)), ...roles];
}

const startPurchaseAt = (input: Partial<StartPurchaseInput>): PurchaseState => startPurchase({ ...START, ...input });

/** Prospects and account histories in the variants of their messages. */
function prospectVariants(): unknown[] {
  const base = startPurchaseAt(STRAIGHT);
  const revisited = (input: Partial<StartPurchaseInput>, to: 'specification' | 'supplier-search'): PurchaseState =>
    walk([qualify, must, approve, identify('s1'), shortlist('s1'), negotiate, revisit(to)], startPurchaseAt(input));
  const prospect = (
    situation: Parameters<typeof analyzeProspect>[0]['situation'],
    position: 'in-supplier' | 'out-supplier',
    purchase: PurchaseState,
    type: 'company' | 'public-body' = 'company',
  ) =>
    analyzeProspect({
      organization: { name: 'Acme', type, employees: 400 },
      situation,
      position,
      purchase,
      buyingCenter: createBuyingCenter({
        members: [
          { id: 'x', name: 'Xia', roles: [], influence: 0.7 },
          { id: 'd', name: 'Dag', roles: ['decider'], influence: 0.9, stance: 'neutral' },
        ],
      }),
      asOf: at(20),
    });
  const awarded = (id: string, winner: string): PurchaseState =>
    walk([...twoShortlisted, offer(winner), decide, select(winner)], startPurchaseAt({ id }));
  const one = [awarded('p1', 's1')];
  const two = [awarded('p1', 's1'), awarded('p2', 's2')];
  return [
    prospect({ buyclass: 'modified-rebuy' }, 'in-supplier', revisited(MODIFIED, 'specification')),
    prospect({ buyclass: 'modified-rebuy' }, 'in-supplier', revisited(MODIFIED, 'supplier-search')),
    prospect({ buyclass: 'modified-rebuy' }, 'out-supplier', revisited(MODIFIED, 'supplier-search')),
    prospect({ buyclass: 'new-task' }, 'out-supplier', revisited(OPEN, 'specification'), 'public-body'),
    accountHistory(one, { supplierId: 's1' }),
    accountHistory(one, { supplierId: 's2' }),
    accountHistory(two, { supplierId: 's1' }),
    accountHistory([base], { supplierId: 's9' }),
  ];
}

export function results(): unknown[] {
  const center = createBuyingCenter({
    members: [
      { id: 'a', name: 'Ana', roles: ['user'], influence: 0.9, stance: 'blocker' },
      { id: 'b', name: 'Ben', roles: ['buyer'], influence: 0.8, stance: 'blocker' },
    ],
  });
  const banal = classifySituation({
    buyclass: 'straight-rebuy',
    portfolio: { profitImpact: 0.1, supplyRisk: 0.1 },
  });
  return [
    samples(),
    refusals(),
    [
      classifyBuyclass({ purchasedBefore: false, specificationChanged: true, satisfiedWithIncumbent: true }),
      classifyBuyclass({ purchasedBefore: true, problemNovelty: 'medium', informationNeed: 'low' }),
      classifyBuyclass({ purchasedBefore: true, consideringNewSuppliers: false, problemNovelty: 'high' }),
      classifyBuyclass({ purchasedBefore: true }),
      classifyPortfolio({ volume: 0.7, costShare: 0.2, scarcity: 0.3 }),
      classifyPortfolio({ volume: 0.7, costShare: 0.2, scarcity: 0.3, switchingCost: 0.9, aggregate: 'mean' }),
      classifyPortfolio({ profitImpact: 0.2, supplyRisk: 0.8, threshold: 0.6 }),
      classifyOrganization({ type: 'company', employees: 40, turnover: 8_000_000, balanceSheet: 900_000 }),
      classifyOrganization({ employees: 3 }),
      classifyOrganization({ type: 'institution', employees: 300 }),
      classifyOrganization({ type: 'institution', publicLaw: true }),
      classifyOrganization({ type: 'company', publicLaw: false, regime: 'private' }),
      classifySituation({
        buyclass: 'straight-rebuy',
        organization: { type: 'public-body' },
        contractValue: { amount: 90_000, currency: 'EUR', subject: 'supplies' },
      }),
      classifySituation({
        buyclass: 'new-task',
        organization: { type: 'public-body' },
        contractValue: { amount: 9_000_000, currency: 'EUR', subject: 'works', authority: 'sub-central' },
        procedure: 'competitive-dialogue',
      }),
      classifySituation({
        buyclass: 'straight-rebuy',
        organization: { type: 'public-body' },
        contractValue: { amount: 9_000_000, currency: 'USD', subject: 'services' },
      }),
      classifySituation({ buyclass: 'new-task', organization: { type: 'public-body' } }),
      classifySituation({
        buyclass: 'new-task',
        organization: { type: 'company' },
        contractValue: { amount: 1, currency: 'EUR', subject: 'services' },
      }),
      recommendApproach(
        classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.9, supplyRisk: 0.9 } }),
        {
          position: 'out-supplier',
        },
      ),
      assessRisk({
        profile: {
          supplierRelationship: 'known',
          buysFromCompetitor: false,
          currency: { buyer: 'EUR', supplier: 'EUR' },
          budgetShare: 0.3,
        },
        situation: banal,
        appliedReducers: ['references', 'buffer-stock'],
      }),
      assessRisk({
        profile: {
          supplierRelationship: 'incumbent',
          importance: 'strategic',
          buyclass: 'new-task',
          afterSalesDependency: 'low',
          leadTimeCritical: false,
        },
        situation: banal,
        dimensions: { financial: { uncertainty: 0.5, consequence: 0.5 } },
      }),
      assessRisk({ situation: banal, dimensions: { social: { uncertainty: 0.1, consequence: 0.1 } } }),
      analyzeBuyingCenter(center, { step: 'decision' }),
      expectedSize({ employees: 30, buyclass: 'straight-rebuy', importance: 'banal', budgetShare: 0.4 }),
      expectedSize({ employees: 20_000, buyclass: 'modified-rebuy', complexity: 'low' }),
      fromCrmRole('hubspot', 'DECISION_MAKER;CHAMPION;BLOCKER;NOPE'),
      fromCrmRole('dynamics', 'Other'),
      fromCrmStage('salesforce', 'Closed Won'),
      fromCrmStage('hubspot', 'my-custom-stage'),
      toCrmRole('salesforce', { roles: ['decider', 'initiator'], stance: 'champion' }),
    ],
    guardVariants(),
    prospectVariants(),
    [
      banal,
      classifyOrganization({ type: 'company', employees: 100, turnover: 1_000_000 }),
      classifyOrganization({ type: 'public-body' }),
      classifyPortfolio({ profitImpact: 0.49996, supplyRisk: 0.12345, threshold: 0.5 }),
      classifyPortfolio({ profitImpact: 0.0015, supplyRisk: 0.5, threshold: 0.001 }),
      classifySituation({
        buyclass: 'new-task',
        organization: { type: 'public-body' },
        contractValue: { amount: 6_000_000, currency: 'EUR', subject: 'works' },
      }),
      classifySituation({
        buyclass: 'new-task',
        organization: { type: 'public-body' },
        contractValue: { amount: 300_000, currency: 'EUR', subject: 'supplies', authority: 'sub-central' },
      }),
      // risk: the budget share unknown, the situation taken or overridden on one answer, a profile overridden
      assessRisk({
        profile: {
          supplierRelationship: 'known',
          buyclass: 'straight-rebuy',
          currency: { buyer: 'EUR', supplier: 'USD' },
        },
        situation: banal,
      }),
      assessRisk({ profile: { supplierRelationship: 'new' }, situation: classifySituation({ buyclass: 'new-task' }) }),
      assessRisk({
        profile: { supplierRelationship: 'known', importance: 'strategic', buyclass: 'straight-rebuy' },
        situation: banal,
      }),
      assessRisk({
        profile: { supplierRelationship: 'known', importance: 'banal', buyclass: 'new-task' },
        situation: banal,
      }),
      assessRisk({
        profile: { supplierRelationship: 'new', importance: 'strategic' },
        dimensions: { performance: { uncertainty: 0.5, consequence: 0.5 } },
      }),
      // buying center: no member, one blocker; expected size without a headcount bound or a floor
      analyzeBuyingCenter(createBuyingCenter({ members: [] }), { step: 'decision' }),
      analyzeBuyingCenter(
        createBuyingCenter({
          members: [
            { id: 'a', name: 'Ana', roles: ['decider'], influence: 0.9, stance: 'blocker' },
            { id: 'b', name: 'Ben', roles: ['buyer'], influence: 0.2 },
          ],
        }),
        { step: 'decision' },
      ),
      expectedSize({ employees: 5000, buyclass: 'new-task', budgetShare: 0.01 }),
      expectedSize({ employees: 60_000, buyclass: 'straight-rebuy' }),
      // offers: two, ranked on two criteria
      evaluateOffers(walk([...twoShortlisted, offer('s1', 900, 20), offer('s2', 1000, 5)], startPurchase(START)), [
        { criterion: 'price', weight: 0.6 },
        { criterion: 'lead-time', weight: 0.4 },
      ]),
      // crm: a stance written, a stance lost
      toCrmRole('hubspot', { roles: ['decider'], stance: 'champion' }),
      toCrmRole('salesforce', { roles: ['buyer'], stance: 'blocker' }),
    ],
  ];
}
