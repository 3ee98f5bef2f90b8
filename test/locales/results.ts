/**
 * Real results of the library, beyond one per kind (test/explain/samples.ts): the situations,
 * risks, centers, refusals and CRM readings the module tests tabulate, so that the message
 * of many codes, in several of its variants, is compared with its English template.
 */
import { analyzeBuyingCenter, createBuyingCenter, expectedSize } from '../../src/buying-center/index.js';
import { fromCrmRole, fromCrmStage, toCrmRole } from '../../src/crm/index.js';
import { replay, type PurchaseEvent } from '../../src/process/index.js';
import { assessRisk } from '../../src/risk/index.js';
import {
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
} from '../../src/situation/index.js';
import { samples } from '../explain/samples.js';

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
  ];
}
