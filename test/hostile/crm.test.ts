import { afterAll, expect, it } from 'vitest';
import { fromCrmRole } from '../../src/crm/index.js';
import { runAll, summary, type Target, type Tally } from './harness.js';

// A user's CRM map is validated into a copy and only the copy is used (findings F8, F10).
const targets: Target[] = [
  {
    name: 'fromCrmRole (map)',
    call: fromCrmRole as Target['call'],
    valid: () => ['hubspot', 'Boss', { map: { Boss: { roles: ['decider'] } } }],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('crm', tally));
});

it('fromCrmRole survives hostile input in every argument, its user map included', () => {
  tally = runAll(targets);
  expect(tally.failures.slice(0, 15)).toEqual([]);
}, 120_000);
