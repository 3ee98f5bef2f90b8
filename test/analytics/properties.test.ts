// Properties of replayMany and summarizePurchases over random purchases (events often refused) and garbage.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { replayMany, summarizePurchases, type PurchaseInput } from '../../src/analytics/index.js';
import {
  PURCHASE_EVENT_TYPES,
  STEPS,
  cycleTimeDays,
  revisits,
  startPurchase,
  stepDurationsDays,
  transition,
  type PurchaseEvent,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { at } from '../process/fixtures.js';
import { anyEvent, eventOf } from '../process/arbitraries.js';

/** The happy path of a purchase, in order: random lists cut it short and mix random events in. */
const SCRIPT: readonly [number, number][] = [
  [0, 0],
  [1, 0],
  [3, 0],
  [4, 0],
  [4, 1],
  [5, 0],
  [5, 1],
  [7, 0],
  [8, 0],
  [8, 1],
  [9, 0],
  [10, 0],
  [14, 0],
]; // [kind, pick]: needQualified, requirementAdded a, specificationApproved, two suppliers identified and shortlisted, negotiation, two offers, decision, selection of a, a review
/**
 * Event lists that follow the process some of the way (cut at a random point) with random
 * events mixed in — revisits, skips, abandonments, offers out of turn — and times mostly
 * increasing, sometimes going back: so that purchases end in every status, with refusals.
 */
const events = fc
  .tuple(
    fc.nat({ max: SCRIPT.length }),
    fc.array(fc.tuple(fc.nat({ max: SCRIPT.length }), fc.nat(), fc.nat()), { maxLength: 6 }),
    fc.array(fc.integer({ min: -1, max: 40 }), { minLength: 20, maxLength: 20 }),
  )
  .map(([cut, noise, steps]) => {
    const draws: [number, number][] = [...SCRIPT.slice(0, cut)];
    for (const [position, kind, pick] of noise) draws.splice(position, 0, [kind, pick]);
    let h = 1;
    return draws.map(([kind, pick], i) =>
      eventOf(kind, pick, (h += steps[i % steps.length] ?? 1), ((pick * 7) % 10) / 10),
    );
  });
const start: fc.Arbitrary<StartPurchaseInput> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  at: fc.constant(at(0)),
  need: fc.constant({ summary: 'x' }),
  situation: fc.record({
    buyclass: fc.constantFrom('new-task' as const, 'modified-rebuy' as const, 'straight-rebuy' as const),
    regime: fc.constantFrom('private' as const, 'public-tender' as const),
  }),
  knownSuppliers: fc.constantFrom([], [{ id: 'a', name: 'A', incumbent: true }]),
});
const purchases = fc.array(fc.record({ start, events }), { maxLength: 12 });

/** The reference: fold `transition` over the events, leaving the refused ones out. */
function foldSkipping(
  input: StartPurchaseInput,
  list: readonly PurchaseEvent[],
): { state: PurchaseState; refused: number[] } {
  let state = startPurchase(input);
  const refused: number[] = [];
  list.forEach((event, index) => {
    const r = transition(state, event);
    if (r.ok) state = r.state;
    else refused.push(index);
  });
  return { state, refused };
}

test.prop([purchases], { numRuns: 300 })(
  'replayMany equals folding transition per purchase, refused events left out and listed',
  (list) => {
    const result = replayMany(list);
    expect(result.purchases).toHaveLength(list.length);
    list.forEach((purchase, i) => {
      const expected = foldSkipping(purchase.start, purchase.events);
      const got = result.purchases[i];
      expect(got?.state).toEqual(expected.state);
      expect(got?.refused.map((r) => r.index)).toEqual(expected.refused);
      expect(got?.ok).toBe(expected.refused.length === 0);
    });
    expect(result.totals.refusedEvents).toBe(result.purchases.reduce((n, p) => n + p.refused.length, 0));
  },
);

const quartilesOrdered = (s: {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}): void => {
  if (s.n === 0) return;
  const [min, q1, median, q3, max, mean] = [s.min, s.q1, s.median, s.q3, s.max, s.mean] as number[];
  expect(min).toBeLessThanOrEqual(q1 as number);
  expect(q1).toBeLessThanOrEqual(median as number);
  expect(median).toBeLessThanOrEqual(q3 as number);
  expect(q3).toBeLessThanOrEqual(max as number);
  expect(mean).toBeGreaterThanOrEqual((min as number) - 1e-9);
  expect(mean).toBeLessThanOrEqual((max as number) + 1e-9);
  expect(min).toBeGreaterThanOrEqual(0);
};

test.prop([purchases, fc.integer({ min: 0, max: 2000 })], { numRuns: 300 })(
  'summary counts add up, quartiles are ordered, revisits match revisits(), and groups partition the purchases',
  (list, hours) => {
    const { states } = replayMany(list);
    const summary = summarizePurchases(states, { by: 'buyclass', asOf: at(hours) });
    const { all } = summary;
    expect(Object.values(all.byStatus).reduce((a, b) => a + b, 0)).toBe(states.length);
    expect(Object.values(summary.groups).reduce((n, g) => n + g.count, 0)).toBe(all.count);
    expect(all.transitions.filter((t) => t.from === 'start').reduce((n, t) => n + t.count, 0)).toBe(states.length);
    let abandoned = 0;
    for (const step of STEPS) {
      const f = all.funnel[step];
      expect(f.reached).toBeLessThanOrEqual(all.count);
      expect(f.abandoned).toBeLessThanOrEqual(f.reached);
      abandoned += f.abandoned;
      expect(all.stall[step].open).toBe(all.byStatus[step]);
      expect(all.revisits[step].events).toBe(states.reduce((n, s) => n + revisits(s)[step], 0));
      expect(all.stepDays[step].n).toBeLessThanOrEqual(f.reached);
      quartilesOrdered(all.stepDays[step]);
      quartilesOrdered(
        all.stall[step].idleDays ?? { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null },
      );
    }
    expect(abandoned).toBe(all.byStatus.abandoned);
    quartilesOrdered(all.cycleTimeDays.awarded);
    quartilesOrdered(all.cycleTimeDays.abandoned);
    expect(all.cycleTimeDays.awarded.n + all.cycleTimeDays.abandoned.n).toBe(
      all.byStatus.awarded + all.byStatus.abandoned,
    );
  },
);

test.prop([start, events], { numRuns: 300 })(
  'for one closed purchase, the summary’s days are those of cycleTimeDays and stepDurationsDays',
  (input, list) => {
    const { states } = replayMany([{ start: input, events: list }]);
    const state = states[0] as PurchaseState;
    const { all } = summarizePurchases([state]);
    if (state.status === 'awarded' || state.status === 'abandoned') {
      expect(all.cycleTimeDays[state.status].median).toBeCloseTo(cycleTimeDays(state), 9);
      const days = stepDurationsDays(state);
      for (const step of STEPS)
        if (all.stepDays[step].n === 1) expect(all.stepDays[step].median).toBeCloseTo(days[step], 9);
    }
  },
);

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.record({
    start: fc.oneof(start, fc.anything()),
    events: fc.array(fc.oneof(anyEvent, fc.anything()), { maxLength: 5 }),
  }),
  fc.record({
    start,
    rows: fc.array(
      fc.dictionary(
        fc.constantFrom('type', 'at', 'supplierId', 'amount', 'x'),
        fc.oneof(fc.string(), fc.double(), fc.constantFrom(...PURCHASE_EVENT_TYPES)),
      ),
      { maxLength: 5 },
    ),
  }),
);
test.prop([fc.array(garbage, { maxLength: 8 })], { numRuns: 500 })(
  'replayMany never throws for garbage purchases: it reports them one by one',
  (list) => {
    const result = replayMany(list as PurchaseInput[]);
    expect(result.purchases).toHaveLength(list.length);
    for (const p of result.purchases) {
      expect(p.state === null ? p.malformed.length > 0 : true).toBe(true);
      for (const m of p.malformed) expect(m.issues.length).toBeGreaterThan(0);
    }
    expect(() => summarizePurchases(result.states)).not.toThrow();
  },
);
