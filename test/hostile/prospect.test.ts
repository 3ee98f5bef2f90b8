import { afterAll, expect, it } from 'vitest';
import { accountHistory, analyzeProspect } from '../../src/prospect/index.js';
import { center, goingBack } from '../prospect/fixtures.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

// JSON copies of what the library made: a stored state and a stored center are what an app
// passes after a round trip through its database, and they are checked, not trusted.
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

const targets: Target[] = [
  {
    name: 'analyzeProspect',
    call: analyzeProspect as Target['call'],
    valid: () => [
      {
        organization: { name: 'Acme Metal', type: 'company', employees: 400 },
        situation: {
          buyclass: { purchasedBefore: true, problemNovelty: 'medium', consideringNewSuppliers: true },
          portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
        },
        buyingCenter: json(center),
        purchase: json(goingBack),
        risk: { profile: { supplierRelationship: 'new', leadTimeCritical: true } },
        position: 'in-supplier',
        asOf: '2026-03-20T08:00:00Z',
      },
    ],
  },
  {
    name: 'accountHistory',
    call: accountHistory as Target['call'],
    valid: () => [[json(goingBack)], { supplierId: 'us' }],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('prospect', tally));
});

it(
  'the public functions of buygrid/prospect survive hostile input in every argument',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
