import { afterAll, expect, it } from 'vitest';
import { assessRisk, perceivedRiskByMember, riskLevel, whatIf } from '../../src/risk/index.js';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

const input = (): unknown => ({
  dimensions: {
    performance: { uncertainty: 0.6, consequence: 0.8 },
    financial: { uncertainty: 0.3, consequence: 0.5 },
  },
  profile: { supplierRelationship: 'new', currency: { buyer: 'EUR', supplier: 'USD' } },
  weights: { performance: 2, financial: 1 },
  bands: { moderate: 0.2, high: 0.4, critical: 0.7 },
  appliedReducers: ['trial'],
});
const center = (): unknown =>
  createBuyingCenter({
    members: [
      { id: 'ana', name: 'Ana', roles: ['user'], influence: 0.3 },
      { id: 'bo', name: 'Bo', roles: ['buyer', 'decider'], influence: 0.7 },
    ],
  });

const targets: Target[] = [
  { name: 'assessRisk', call: assessRisk as Target['call'], valid: () => [input()] },
  {
    name: 'whatIf',
    call: whatIf as Target['call'],
    valid: () => [input(), { dimensions: { performance: { uncertainty: 0.2 } }, appliedReducers: ['references'] }],
  },
  { name: 'perceivedRiskByMember', call: perceivedRiskByMember as Target['call'], valid: () => [center(), input()] },
  {
    name: 'riskLevel',
    call: riskLevel as Target['call'],
    valid: () => [0.5, { moderate: 0.2, high: 0.4, critical: 0.7 }],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('risk', tally));
});

it(
  'every public function of buygrid/risk survives hostile input',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
