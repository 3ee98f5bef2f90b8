import { afterAll, expect, it } from 'vitest';
import { groupRows, replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { START, at, purchaseIn } from '../process/fixtures.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

// Stored states (JSON copies, which the library did not make) are checked as
// parsePurchaseState checks them before they are summarized (finding F2). A short one: the
// "1e5 items" attack checks each of 1e5 copies in full.
const stored = (): unknown => JSON.parse(JSON.stringify([purchaseIn('specification')])) as unknown;

const targets: Target[] = [
  {
    name: 'summarizePurchases',
    call: summarizePurchases as Target['call'],
    valid: () => [stored(), { by: 'buyclass', asOf: at(40) }],
  },
  {
    name: 'replayMany',
    call: replayMany as Target['call'],
    valid: () => [[{ start: { ...START }, events: [] }], { onRefusal: 'skip' }],
  },
  {
    name: 'groupRows',
    call: groupRows as Target['call'],
    valid: () => [
      [
        { purchaseId: 'd1', type: 'purchaseStarted', at: at(0), summary: 'Pallets', buyclass: 'new-task' },
        { purchaseId: 'd1', type: 'supplierKnown', supplierId: 's1', name: 'Pal SA', incumbent: 'true' },
        { purchaseId: 'd1', type: 'needQualified', at: at(1) },
      ],
      {},
    ],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('analytics', tally));
});

it(
  'the public functions of buygrid/analytics survive hostile input in every argument',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
