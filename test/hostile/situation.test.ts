import { afterAll, expect, it } from 'vitest';
import {
  classifyBuyclass,
  classifyOrganization,
  classifyPortfolio,
  classifySituation,
  recommendApproach,
} from '../../src/situation/index.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

const situation = (): unknown =>
  classifySituation({
    buyclass: { purchasedBefore: false, problemNovelty: 'high' },
    portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
    organization: { type: 'public-body', employees: 30 },
  });

const targets: Target[] = [
  {
    name: 'classifyBuyclass',
    call: classifyBuyclass as Target['call'],
    valid: () => [{ purchasedBefore: true, problemNovelty: 'low', informationNeed: 'medium' }],
  },
  {
    name: 'classifyPortfolio',
    call: classifyPortfolio as Target['call'],
    valid: () => [{ profitImpact: 0.8, supplyRisk: 0.3 }],
  },
  {
    name: 'classifyOrganization',
    call: classifyOrganization as Target['call'],
    valid: () => [{ type: 'company', employees: 42, regime: 'private' }],
  },
  {
    name: 'classifySituation',
    call: classifySituation as Target['call'],
    valid: () => [
      {
        buyclass: { purchasedBefore: true, problemNovelty: 'low' },
        portfolio: { profitImpact: 0.8, supplyRisk: 0.3 },
        organization: { type: 'company', employees: 42 },
      },
    ],
  },
  {
    name: 'recommendApproach',
    call: recommendApproach as Target['call'],
    valid: () => [situation(), { position: 'out-supplier' }],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('situation', tally));
});

it(
  'every public function of buygrid/situation survives hostile input',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
