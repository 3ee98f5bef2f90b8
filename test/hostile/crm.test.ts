import { afterAll, expect, it } from 'vitest';
import { fromCrmRole, fromCrmStage, toCrmRole } from '../../src/crm/index.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

// A user's CRM map is validated into a copy and only the copy is used (findings F8, F10).
const targets: Target[] = [
  {
    name: 'fromCrmRole (map)',
    call: fromCrmRole as Target['call'],
    valid: () => ['hubspot', 'Boss', { map: { Boss: { roles: ['decider'] } } }],
  },
  {
    name: 'fromCrmStage (map)',
    call: fromCrmStage as Target['call'],
    valid: () => [
      'hubspot',
      '4074848',
      {
        map: {
          '4074848': { label: 'Pre Qualified', deal: 'open', step: 'need-recognition', probability: 0.1, why: 'Ours.' },
        },
      },
    ],
  },
  {
    name: 'toCrmRole',
    call: toCrmRole as Target['call'],
    valid: () => ['salesforce', { roles: ['initiator', 'decider'], stance: 'skeptic' }],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('crm', tally));
});

it(
  'the public functions of buygrid/crm survive hostile input in every argument, a user map included',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
