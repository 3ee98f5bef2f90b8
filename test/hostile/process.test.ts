/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated millisecond analytics stay under hostile input while they exist */
import { afterAll, expect, it } from 'vitest';
import {
  allowedEvents,
  can,
  currentStep,
  cycleTime,
  cycleTimeDays,
  defaultPolicy,
  evaluateOffers,
  eventFromRow,
  eventToRow,
  nextPurchaseFacts,
  parsePurchaseState,
  processDefinition,
  progress,
  replay,
  revisits,
  startPurchase,
  stepDurations,
  stepDurationsDays,
  toMermaid,
  transition,
} from '../../src/process/index.js';
import { createBuyingCenter } from '../../src/buying-center/index.js';
import { START, at, purchaseIn } from '../process/fixtures.js';
import { ATTACK_TIMEOUT, runAll, summary, type Target, type Tally } from './harness.js';

// Every argument is attacked: a state the library did not make (here, a JSON copy) is checked
// as parsePurchaseState checks a stored one (findings F2, F3), and every result is frozen (F3b).
const start = (): unknown => ({
  ...START,
  situation: { buyclass: 'modified-rebuy', regime: 'private' },
  knownSuppliers: [{ id: 'k1', name: 'Known SA' }],
});
/** A stored state: a JSON copy, which the library did not make and checks in full. */
const state = (): unknown => JSON.parse(JSON.stringify(purchaseIn('negotiation'))) as unknown;
const center = (): unknown =>
  createBuyingCenter({ members: [{ id: 'bo', name: 'Bo', roles: ['buyer', 'decider'], influence: 0.8 }] });
const events = (): unknown[] => [
  { type: 'needQualified', at: at(1) },
  { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t', priority: 'must' } },
];

const targets: Target[] = [
  {
    name: 'evaluateOffers',
    call: evaluateOffers as Target['call'],
    valid: () => [
      state(),
      [
        { criterion: 'price', weight: 0.6 },
        { criterion: 'quality', weight: 0.4, scores: { s1: 1 } },
      ],
    ],
  },
  {
    name: 'eventFromRow',
    call: eventFromRow as Target['call'],
    valid: () => [{ type: 'requirementAdded', at: at(2), requirementId: 'r1', text: '2.5 t', priority: 'must' }],
  },
  { name: 'eventToRow', call: eventToRow as Target['call'], valid: () => [events()[1]] },
  { name: 'startPurchase', call: startPurchase as Target['call'], valid: () => [start()] },
  { name: 'replay', call: replay as Target['call'], valid: () => [start(), events()] },
  {
    name: 'parsePurchaseState',
    call: parsePurchaseState as Target['call'],
    valid: () => [state()],
  },
  {
    name: 'defaultPolicy',
    call: defaultPolicy as Target['call'],
    valid: () => [{ buyclass: 'new-task', regime: 'private' }, { minOffers: 2 }],
  },
  {
    name: 'parsePurchaseState (options)',
    call: parsePurchaseState as Target['call'],
    valid: () => [state(), { situation: { buyclass: 'new-task', regime: 'private' }, policy: {} }],
  },
  {
    name: 'transition',
    call: transition as Target['call'],
    valid: () => [
      JSON.parse(JSON.stringify(purchaseIn('supplier-search'))) as unknown,
      { type: 'supplierIdentified', at: at(10), supplier: { id: 's9', name: 'New AG' } },
    ],
  },
  {
    name: 'transition (state, context)',
    call: transition as Target['call'],
    valid: () => [
      state(),
      { type: 'offerReceived', at: at(30), offer: { supplierId: 's2', amount: 1, currency: 'EUR' } },
      { buyingCenter: center() },
    ],
  },
  {
    name: 'can',
    call: can as Target['call'],
    valid: () => [
      JSON.parse(JSON.stringify(purchaseIn('specification'))) as unknown,
      { type: 'requirementAdded', at: at(10), requirement: { id: 'r2', text: 'Electric' } },
    ],
  },
  { name: 'allowedEvents', call: allowedEvents as Target['call'], valid: () => [state()] },
  { name: 'currentStep', call: currentStep as Target['call'], valid: () => [state()] },
  { name: 'progress', call: progress as Target['call'], valid: () => [state()] },
  { name: 'stepDurations', call: stepDurations as Target['call'], valid: () => [state(), at(40)] },
  { name: 'stepDurationsDays', call: stepDurationsDays as Target['call'], valid: () => [state(), at(40)] },
  { name: 'revisits', call: revisits as Target['call'], valid: () => [state()] },
  { name: 'cycleTime', call: cycleTime as Target['call'], valid: () => [state(), at(40)] },
  { name: 'cycleTimeDays', call: cycleTimeDays as Target['call'], valid: () => [state(), at(40)] },
  { name: 'nextPurchaseFacts', call: nextPurchaseFacts as Target['call'], valid: () => [state()] },
  {
    name: 'processDefinition',
    call: processDefinition as Target['call'],
    valid: () => [defaultPolicy({ buyclass: 'modified-rebuy' })],
  },
  {
    name: 'toMermaid',
    call: toMermaid as Target['call'],
    valid: () => [defaultPolicy({ buyclass: 'modified-rebuy' })],
  },
];

let tally: Tally = { tried: 0, failures: [] };
afterAll(() => {
  console.log(summary('process', tally));
});

it(
  'the public functions of buygrid/process survive hostile input in every argument',
  () => {
    tally = runAll(targets);
    expect(tally.failures.slice(0, 15)).toEqual([]);
  },
  ATTACK_TIMEOUT,
);
