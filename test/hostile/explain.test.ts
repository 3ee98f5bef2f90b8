import { afterAll, expect, it } from 'vitest';
import { explain, kindOf, label, say } from '../../src/explain/index.js';
import { samples } from '../explain/samples.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

// explain reads a result once into a checked copy and words it; JSON copies of the library's
// results (as an app stores them) stand for the results. Five kinds, one of each module.
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const made = samples();
const KINDS = [
  'transition-result',
  'buyclass-result',
  'buying-center-analysis',
  'risk-assessment',
  'prospect-analysis',
] as const;

const targets: Target[] = [
  ...KINDS.map((kind): Target => ({
    name: `explain (${kind})`,
    call: explain as Target['call'],
    valid: () => [json(made[kind]), { now: '2026-03-20T09:00:00Z' }],
  })),
  { name: 'kindOf', call: kindOf, valid: () => [json(made['risk-assessment'])] },
  {
    name: 'say',
    call: say as Target['call'],
    valid: () => [json(made['buyclass-result'].reasons[0]), {}],
  },
  {
    name: 'label',
    call: label as Target['call'],
    valid: () => ['step', 'need-recognition', {}],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('explain', tally));
});

it(
  'explain, kindOf, say and label survive hostile input in every argument',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
