// The classifiers of buygrid/situation — validation, reasons and frozen results included —
// side by side with a hand-written if-chain that only picks the class (no validation, no
// reasons, no freezing): the ratio is the price of explainable, validated output.
import { bench, describe } from 'vitest';
import {
  classifyBuyclass,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
  type BuyclassFacts,
  type PortfolioInput,
  type SituationInput,
} from '../src/situation/index.js';
import { buyclassFactsSchema } from '../src/situation/schema.js';

const FACTS: readonly BuyclassFacts[] = [
  {
    purchasedBefore: true,
    specificationChanged: false,
    satisfiedWithIncumbent: true,
    consideringNewSuppliers: false,
    problemNovelty: 'low',
    informationNeed: 'low',
  },
  { purchasedBefore: true, specificationChanged: true, satisfiedWithIncumbent: false, problemNovelty: 'medium' },
  { purchasedBefore: false, consideringNewSuppliers: true, problemNovelty: 'high', informationNeed: 'high' },
  { purchasedBefore: true },
];
const PORTFOLIOS: readonly PortfolioInput[] = [
  { profitImpact: 0.8, supplyRisk: 0.7 },
  { profitImpact: 0.2, supplyRisk: 0.9, threshold: 0.6 },
  { volume: 0.9, costShare: 0.6, scarcity: 0.1, supplierConcentration: 0.3 },
  { profitImpact: 0.1, supplyRisk: 0.2 },
];
const SITUATIONS: readonly SituationInput[] = [
  { buyclass: 'straight-rebuy' },
  {
    buyclass: FACTS[1] ?? { purchasedBefore: true },
    portfolio: PORTFOLIOS[0] ?? {},
    organization: { type: 'public-body', employees: 800 },
  },
];

function ifChainBuyclass(f: BuyclassFacts): string {
  if (!f.purchasedBefore) return 'new-task';
  let balance = 0;
  if (f.specificationChanged !== undefined) balance += f.specificationChanged ? -2 : 1;
  if (f.satisfiedWithIncumbent !== undefined) balance += f.satisfiedWithIncumbent ? 1 : -2;
  if (f.consideringNewSuppliers !== undefined) balance += f.consideringNewSuppliers ? -2 : 1;
  if (f.problemNovelty !== undefined) balance += f.problemNovelty === 'low' ? 1 : -1;
  if (f.informationNeed !== undefined) balance += f.informationNeed === 'low' ? 1 : -1;
  return balance > 0 ? 'straight-rebuy' : 'modified-rebuy';
}

function ifChainPortfolio(p: PortfolioInput): string {
  const t = p.threshold ?? 0.5;
  const profit = p.profitImpact ?? ((p.volume ?? 0) + (p.costShare ?? 0)) / 2;
  const risk = p.supplyRisk ?? ((p.scarcity ?? 0) + (p.supplierConcentration ?? 0)) / 2;
  if (profit >= t) return risk >= t ? 'strategic' : 'leverage';
  return risk >= t ? 'bottleneck' : 'non-critical';
}

let i = 0;
let sink: unknown;

describe('classifyBuyclass', () => {
  bench('baseline: if-chain (class only)', () => {
    sink = ifChainBuyclass(FACTS[i++ & 3] ?? { purchasedBefore: true });
  });
  bench('buygrid: classifyBuyclass', () => {
    sink = classifyBuyclass(FACTS[i++ & 3] ?? { purchasedBefore: true });
  });
  bench('for scale: the zod/mini schema alone (what the fast check saves)', () => {
    sink = buyclassFactsSchema().safeParse(FACTS[i++ & 3]);
  });
});

describe('classifyPortfolio', () => {
  bench('baseline: if-chain (quadrant only)', () => {
    sink = ifChainPortfolio(PORTFOLIOS[i++ & 3] ?? {});
  });
  bench('buygrid: classifyPortfolio', () => {
    sink = classifyPortfolio(PORTFOLIOS[i++ & 3] ?? {});
  });
});

describe('classifySituation', () => {
  bench('baseline: if-chains (buyclass, quadrant, regime)', () => {
    const input = SITUATIONS[i++ & 1] ?? { buyclass: 'new-task' };
    const b = typeof input.buyclass === 'string' ? input.buyclass : ifChainBuyclass(input.buyclass);
    const q = input.portfolio === undefined ? undefined : ifChainPortfolio(input.portfolio);
    sink = { b, q, regime: input.organization?.type === 'public-body' ? 'public-tender' : 'private' };
  });
  bench('buygrid: classifySituation', () => {
    sink = classifySituation(SITUATIONS[i++ & 1] ?? { buyclass: 'new-task' });
  });
});

const SITUATION = classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.9, supplyRisk: 0.9 } });
describe('recommendApproach', () => {
  bench('baseline: table lookup', () => {
    sink = SITUATION.buyclass === 'new-task' ? ['shape-the-specification'] : [];
  });
  bench('buygrid: recommendApproach', () => {
    sink = recommendApproach(SITUATION, { position: i++ & 1 ? 'in-supplier' : 'out-supplier' });
  });
});

export { sink };
