/* eslint-disable @typescript-eslint/no-deprecated -- the days are checked against the deprecated milliseconds */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  MS_PER_DAY,
  SATISFIED_FROM,
  STEPS,
  currentStep,
  cycleTime,
  cycleTimeDays,
  nextPurchaseFacts,
  progress,
  revisits,
  startPurchase,
  stepDurations,
  stepDurationsDays,
  transition,
} from '../../src/process/index.js';
import { START, at, purchaseIn, walk } from './fixtures.js';

describe('durations in days', () => {
  const looped = walk(purchaseIn('negotiation'), [
    { type: 'stepRevisited', at: at(8), to: 'specification', reason: 'scope' },
    { type: 'specificationApproved', at: at(9) },
    { type: 'negotiationStarted', at: at(10) },
  ]);
  it('gives step durations in days, summed over visits, an open step ending at now', () => {
    // specification: hours 1–3 and 8–9; negotiation: 6–8 and, open, 10 to now (hour 34).
    expect(stepDurationsDays(looped).specification).toBe(3 / 24);
    expect(stepDurationsDays(looped, at(34)).negotiation).toBe(26 / 24);
    expect(stepDurationsDays(looped).decision).toBe(0);
  });
  it('gives the cycle time in days: to the outcome, or for an open purchase to now', () => {
    expect(cycleTimeDays(purchaseIn('awarded'))).toBe(9 / 24);
    expect(cycleTimeDays(purchaseIn('abandoned'), at(999))).toBe(10 / 24);
    expect(cycleTimeDays(looped, at(48))).toBe(2);
  });
  it('refuses what is not a purchase state, with a BuygridInputError naming it', () => {
    const result = transition(looped, { type: 'decisionRequested', at: at(11) });
    expect(() => cycleTimeDays(result as never)).toThrow(
      "state: expected a purchase state (a transition's result holds one in `state`)",
    );
    expect(() => stepDurationsDays({} as never)).toThrow(BuygridInputError);
    expect(() => cycleTime(null as never)).toThrow(BuygridInputError);
    expect(() => stepDurationsDays(looped, '2026-03-01')).toThrow('now: expected an ISO-8601 timestamp');
  });
});

test.prop([
  fc.constantFrom(
    'need-recognition',
    'specification',
    'supplier-search',
    'negotiation',
    'decision',
    'awarded',
    'abandoned' as const,
  ),
  fc.integer({ min: 0, max: 10_000 }),
])('days are the milliseconds over MS_PER_DAY, for every step and the cycle', (status, hours) => {
  const state = purchaseIn(status);
  const now = at(10 + hours);
  const ms = stepDurations(state, now);
  const days = stepDurationsDays(state, now);
  for (const step of STEPS) expect(days[step]).toBeCloseTo(ms[step] / MS_PER_DAY, 12);
  expect(cycleTimeDays(state, now)).toBeCloseTo(cycleTime(state, now) / MS_PER_DAY, 12);
});

describe('step, progress, durations in milliseconds, revisits and the next purchase', () => {
  const looped = walk(purchaseIn('negotiation'), [
    { type: 'stepRevisited', at: at(8), to: 'specification', reason: 'scope' },
    { type: 'specificationApproved', at: at(9) },
    { type: 'negotiationStarted', at: at(10) },
  ]);
  it('sums durations over visits and counts revisits', () => {
    expect(revisits(looped).specification).toBe(1);
    expect(stepDurations(looped).specification).toBe(3 * 3_600_000);
    expect(stepDurations(looped, at(12)).negotiation).toBe(4 * 3_600_000);
    expect(() => stepDurations(looped, 'soon')).toThrow(BuygridInputError);
  });
  it('reports step, progress and cycle time', () => {
    expect([currentStep(looped), progress(looped)]).toEqual(['negotiation', 0.6]);
    const awarded = purchaseIn('awarded');
    expect([currentStep(awarded), progress(awarded), cycleTime(awarded)]).toEqual([null, 1, 9 * 3_600_000]);
    const abandoned = purchaseIn('abandoned');
    expect([progress(abandoned), cycleTime(abandoned, at(99))]).toEqual([0.6, 10 * 3_600_000]);
    expect(cycleTime(looped, at(20))).toBe(20 * 3_600_000);
  });
  it('gives the facts of the next purchase', () => {
    const awarded = purchaseIn('awarded');
    expect(nextPurchaseFacts(awarded)).toEqual({ purchasedBefore: true });
    const reviewed = walk(awarded, [
      { type: 'performanceReviewed', at: at(20), supplierId: 's2', satisfaction: 0.1 },
      { type: 'performanceReviewed', at: at(20), supplierId: 's1', satisfaction: 0.2 },
      { type: 'performanceReviewed', at: at(21), supplierId: 's1', satisfaction: 0.8, note: 'on time' },
    ]);
    expect(nextPurchaseFacts(reviewed)).toEqual({ purchasedBefore: true, satisfiedWithIncumbent: true });
  });
});

// Finding F3 (../shared/research/hostile-input.md): the analytics validated nothing.
describe('the analytics of a state the library did not make', () => {
  const stored = (): Record<string, unknown> =>
    JSON.parse(JSON.stringify(purchaseIn('negotiation'))) as Record<string, unknown>;
  const all = [
    currentStep,
    progress,
    revisits,
    nextPurchaseFacts,
    stepDurations,
    stepDurationsDays,
    cycleTime,
    cycleTimeDays,
  ] as ((state: never) => unknown)[];
  it.each([
    ['null', null, 'state: expected a purchase state, received null'],
    ['an unknown status', { ...stored(), status: 'bogus' }, 'state.status'],
    ['a symbol for a status', { ...stored(), status: Symbol('s') }, 'state.status'],
    ['a start time that is not a timestamp', { ...stored(), startedAt: 'garbage' }, 'state.startedAt'],
    [
      'a visit to "constructor"',
      { ...stored(), visits: [{ step: 'constructor', entered: at(0) }] },
      'state.visits[0].step',
    ],
    [
      'a transition result',
      transition(purchaseIn('negotiation'), { type: 'decisionRequested', at: at(30) }),
      'state: expected a purchase state',
    ],
  ])('refuses %s with a BuygridInputError, never a TypeError or a wrong number', (_, state, message) => {
    for (const f of all) expect(() => f(state as never)).toThrow(message);
  });
  it('answers for a valid JSON copy as for the state, in frozen results', () => {
    const state = purchaseIn('negotiation');
    for (const f of all) {
      const result = f(stored() as never);
      expect(result).toEqual(f(state as never));
      if (typeof result === 'object' && result !== null) expect(Object.isFrozen(result)).toBe(true);
    }
    expect(Object.isFrozen(nextPurchaseFacts(purchaseIn('awarded')))).toBe(true);
  });
});

describe('the end of an open step or purchase without `now`: the last event', () => {
  it('is the start itself when no event happened yet', () => {
    const start = startPurchase(START);
    expect(stepDurations(start)['need-recognition']).toBe(0);
    expect(cycleTime(start)).toBe(0);
    expect(cycleTimeDays(start)).toBe(0);
  });
  it('is the last event, not the one that entered the step', () => {
    // negotiation entered at hour 6; an offer came at hour 7, the last event.
    const negotiating = purchaseIn('negotiation');
    expect(stepDurations(negotiating).negotiation).toBe(3_600_000);
    expect(stepDurationsDays(negotiating).negotiation).toBe(1 / 24);
    expect(cycleTime(negotiating)).toBe(7 * 3_600_000);
  });
  it('is not used once awarded: the cycle ends at the selection, not at a later performance review', () => {
    const reviewed = walk(purchaseIn('awarded'), [
      { type: 'performanceReviewed', at: at(30), supplierId: 's1', satisfaction: 0.9 },
    ]);
    expect(cycleTime(reviewed)).toBe(9 * 3_600_000);
    expect(cycleTime(reviewed, at(99))).toBe(9 * 3_600_000);
    expect(cycleTimeDays(reviewed)).toBe(9 / 24);
  });
});

describe('nextPurchaseFacts', () => {
  it.each(['need-recognition', 'negotiation', 'decision', 'abandoned'] as const)(
    'says not bought before, and nothing else, for a purchase in %s (not awarded)',
    (status) => {
      expect(nextPurchaseFacts(purchaseIn(status))).toStrictEqual({ purchasedBefore: false });
    },
  );

  // s1 was selected; the reviews come in this order, one hour apart.
  it.each<[string, [string, number][], { purchasedBefore: true; satisfiedWithIncumbent?: boolean }]>([
    ['no review', [], { purchasedBefore: true }],
    ['only reviews of another supplier', [['s2', 0.9]], { purchasedBefore: true }],
    ['one review, satisfied', [['s1', 0.8]], { purchasedBefore: true, satisfiedWithIncumbent: true }],
    ['one review, not satisfied', [['s1', 0.2]], { purchasedBefore: true, satisfiedWithIncumbent: false }],
    [
      'a review of exactly SATISFIED_FROM',
      [['s1', SATISFIED_FROM]],
      { purchasedBefore: true, satisfiedWithIncumbent: true },
    ],
    [
      'a review just under it',
      [['s1', SATISFIED_FROM - 0.01]],
      { purchasedBefore: true, satisfiedWithIncumbent: false },
    ],
    [
      'a later review of another supplier (the latest of the selected one counts)',
      [
        ['s1', 0.8],
        ['s2', 0.1],
      ],
      { purchasedBefore: true, satisfiedWithIncumbent: true },
    ],
    [
      'a later, unsatisfied review of the selected supplier',
      [
        ['s1', 0.8],
        ['s2', 0.9],
        ['s1', 0.3],
      ],
      { purchasedBefore: true, satisfiedWithIncumbent: false },
    ],
  ])('after an award with %s', (_, reviews, facts) => {
    const state = walk(
      purchaseIn('awarded'),
      reviews.map(([supplierId, satisfaction], i) => ({
        type: 'performanceReviewed',
        at: at(20 + i),
        supplierId,
        satisfaction,
      })),
    );
    expect(nextPurchaseFacts(state)).toStrictEqual(facts);
  });
});

describe('revisits', () => {
  it('counts only stepRevisited events, per step: a skip forward is no return', () => {
    const skipped = walk(
      startPurchase({
        ...START,
        situation: { buyclass: 'modified-rebuy' },
        knownSuppliers: [{ id: 's1', name: 'Lift AG' }],
      }),
      [
        { type: 'needQualified', at: at(1) },
        { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '2.5 t' } },
        { type: 'stepSkipped', at: at(3), to: 'negotiation' },
        { type: 'stepRevisited', at: at(4), to: 'specification', reason: 'scope' },
      ],
    );
    expect(revisits(skipped)).toStrictEqual({
      'need-recognition': 0,
      specification: 1,
      'supplier-search': 0,
      negotiation: 0,
      decision: 0,
    });
  });
});
