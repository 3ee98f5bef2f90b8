import { describe, expect, it } from 'vitest';
import { BuygridInputError, replayMany, summarizePurchases } from '../../src/analytics/index.js';
import { dayStats, quantile } from '../../src/analytics/stats.js';
import {
  STEPS,
  startPurchase,
  type PurchaseEvent,
  type PurchaseState,
  type StartPurchaseInput,
} from '../../src/process/index.js';
import { at, purchaseIn, walk } from '../process/fixtures.js';

const DAY = 24;
const start = (id: string, situation: StartPurchaseInput['situation'] = {}): StartPurchaseInput => ({
  id,
  at: at(0),
  need: { summary: 'Pallets' },
  situation,
});
const back: PurchaseEvent[] = [{ type: 'stepRevisited', at: at(20), to: 'specification', reason: 'scope' }];

describe('summarizePurchases', () => {
  const awarded = purchaseIn('awarded'); // hours 0 → 9
  const abandoned = purchaseIn('abandoned'); // abandoned in negotiation at hour 10
  const looped = walk(purchaseIn('negotiation'), back); // back to specification at hour 20, open
  const rebuy = startPurchase({ ...start('r', { buyclass: 'straight-rebuy', regime: 'public-tender' }), at: at(0) });
  const states = [awarded, abandoned, looped, rebuy];

  it('counts purchases by status', () => {
    const { all } = summarizePurchases(states);
    expect(all.count).toBe(4);
    expect(all.byStatus).toEqual({
      'need-recognition': 1,
      specification: 1,
      'supplier-search': 0,
      negotiation: 0,
      decision: 0,
      awarded: 1,
      abandoned: 1,
    });
  });
  it('gives the funnel: reached, abandoned and the abandon rate per step', () => {
    const { funnel } = summarizePurchases(states).all;
    expect(funnel['need-recognition']).toEqual({ reached: 4, reachedShare: 1, abandoned: 0, abandonRate: 0 });
    expect(funnel.negotiation).toEqual({ reached: 3, reachedShare: 0.75, abandoned: 1, abandonRate: 1 / 3 });
    expect(funnel.decision).toEqual({ reached: 1, reachedShare: 0.25, abandoned: 0, abandonRate: 0 });
  });
  it('gives cycle times in days of awarded and abandoned purchases', () => {
    const { cycleTimeDays } = summarizePurchases(states).all;
    expect(cycleTimeDays.awarded).toEqual({
      n: 1,
      mean: 9 / DAY,
      min: 9 / DAY,
      q1: 9 / DAY,
      median: 9 / DAY,
      q3: 9 / DAY,
      max: 9 / DAY,
    });
    expect(cycleTimeDays.abandoned.median).toBe(10 / DAY);
  });
  it('gives step durations in days over the stays that are over, leaving the open stay out', () => {
    const { stepDays } = summarizePurchases(states).all;
    // specification: 2 h in each of the three walked purchases (hours 1–3); the looped one's second stay is open.
    expect(stepDays.specification).toMatchObject({ n: 3, median: 2 / DAY });
    // need recognition: 1 h for the three walked purchases; the rebuy is still in it.
    expect(stepDays['need-recognition'].n).toBe(3);
    expect(stepDays.decision).toMatchObject({ n: 1, median: 1 / DAY });
  });
  it('counts revisits per step, over the purchases that reached it', () => {
    const { revisits } = summarizePurchases(states).all;
    expect(revisits.specification).toEqual({ purchases: 1, events: 1, rate: 1 / 3 });
    expect(revisits.negotiation).toEqual({ purchases: 0, events: 0, rate: 0 });
  });
  it('says where open purchases stall, and for how long since their last event given asOf', () => {
    expect(summarizePurchases(states).all.stall.specification).toEqual({ open: 1, idleDays: null });
    const { stall } = summarizePurchases(states, { asOf: at(20 + 2 * DAY) }).all;
    expect(stall.specification).toEqual({
      open: 1,
      idleDays: { n: 1, mean: 2, min: 2, q1: 2, median: 2, q3: 2, max: 2 },
    });
    expect(stall['need-recognition'].idleDays?.median).toBe(68 / DAY); // the rebuy: no event since its start
    expect(stall.decision).toEqual({
      open: 0,
      idleDays: { n: 0, mean: null, min: null, q1: null, median: null, q3: null, max: null },
    });
    expect(summarizePurchases([looped], { asOf: at(0) }).all.stall.specification.idleDays?.max).toBe(0);
  });
  it('lists the observed transitions with counts, and draws them as a Mermaid flowchart', () => {
    const { transitions, mermaid } = summarizePurchases(states).all;
    expect(transitions[0]).toEqual({ from: 'start', to: 'need-recognition', count: 4 });
    expect(transitions).toContainEqual({ from: 'negotiation', to: 'specification', count: 1 });
    expect(transitions).toContainEqual({ from: 'negotiation', to: 'abandoned', count: 1 });
    expect(transitions).toContainEqual({ from: 'decision', to: 'awarded', count: 1 });
    expect(mermaid.split('\n')).toEqual(
      expect.arrayContaining([
        'flowchart LR',
        '  start((start))',
        '  awarded(["awarded"])',
        '  start -->|4| need_recognition',
        '  linkStyle 0 stroke-width:6px',
        '  negotiation -->|1| specification',
      ]),
    );
  });
  it('groups by buyclass, by regime, or by a key of the caller, keys in order', () => {
    const byClass = summarizePurchases(states, { by: 'buyclass' });
    expect(byClass.by).toBe('buyclass');
    expect(Object.keys(byClass.groups)).toEqual(['new-task', 'straight-rebuy']);
    expect(byClass.groups['straight-rebuy']?.count).toBe(1);
    expect(Object.keys(summarizePurchases(states, { by: 'regime' }).groups)).toEqual(['private', 'public-tender']);
    const custom = summarizePurchases(states, { by: (s) => (s.id === 'r' ? '__proto__' : 'other') });
    expect(custom.by).toBe('custom');
    expect(Object.keys(custom.groups)).toEqual(['__proto__', 'other']);
    expect(Object.getPrototypeOf(custom.groups)).toBe(Object.prototype);
    expect(summarizePurchases(states).groups).toEqual({});
  });
  it('summarizes nothing as zeros and nulls', () => {
    const { all } = summarizePurchases([]);
    expect(all.count).toBe(0);
    expect(all.funnel.decision).toEqual({ reached: 0, reachedShare: null, abandoned: 0, abandonRate: null });
    expect(all.mermaid).toBe('flowchart LR');
  });
  it('refuses what is not a purchase state, naming the field, and bad options', () => {
    const broken = (patch: Record<string, unknown>): PurchaseState => ({ ...looped, ...patch });
    expect(() => summarizePurchases([awarded, replayMany([]) as never])).toThrow('states[1].schemaVersion: expected 1');
    expect(() => summarizePurchases([broken({ startedAt: '2026-03-01' })])).toThrow(
      'states[0].startedAt: expected an ISO-8601 timestamp',
    );
    expect(() => summarizePurchases([broken({ situation: { buyclass: 'new task', regime: 'private' } })])).toThrow(
      'states[0].situation.buyclass',
    );
    expect(() => summarizePurchases([broken({ situation: null })])).toThrow('states[0].situation');
    expect(() => summarizePurchases([broken({ visits: [] })])).toThrow('states[0].visits');
    expect(() => summarizePurchases([broken({ visits: [{ step: 'sourcing', entered: at(0) }] })])).toThrow(
      'states[0].visits[0].step',
    );
    expect(() => summarizePurchases([broken({ visits: [5] })])).toThrow('states[0].visits[0]: expected an object');
    expect(() =>
      summarizePurchases([
        broken({
          visits: [
            { step: 'specification', entered: at(0), left: 'x' },
            { step: 'decision', entered: at(1) },
          ],
        }),
      ]),
    ).toThrow('states[0].visits[0].left');
    expect(() => summarizePurchases([broken({ history: {} })])).toThrow('states[0].history');
    expect(() => summarizePurchases([broken({ history: [{}] })])).toThrow(
      'states[0].history[0].type: expected a known type',
    );
    expect(() => summarizePurchases([null as never])).toThrow('states[0]: expected a purchase state');
    expect(() => summarizePurchases({} as never)).toThrow('states: expected an array');
    expect(() => summarizePurchases([], { by: 'region' as never })).toThrow('options.by');
    expect(() => summarizePurchases([], { asOf: 'now' })).toThrow('options.asOf');
    expect(() => summarizePurchases([], null as never)).toThrow(BuygridInputError);
    expect(() => summarizePurchases([looped], { by: () => 3 as never })).toThrow(
      'by(states[0]): expected a string key, received 3',
    );
  });
  it('refuses a revoked Proxy, a Proxy that throws and a by function that throws, with a BuygridInputError', () => {
    // Found by the full hostile run (HOSTILE=full): each of these threw a TypeError or the trap's own error.
    const revoked = (): never => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return proxy as never;
    };
    const throwing = new Proxy(
      { by: 'buyclass' },
      {
        get: () => {
          throw new Error('trap');
        },
      },
    ) as never;
    expect(() => summarizePurchases(revoked())).toThrow('states: expected a readable value');
    expect(() => summarizePurchases([], revoked())).toThrow('options: expected a readable value');
    expect(() => summarizePurchases([], throwing)).toThrow('options.by: expected a readable value');
    class Point {
      readonly x = 0;
    }
    expect(() => summarizePurchases([looped], { by: Point as never })).toThrow(
      'options.by(states[0]): expected a function (state) => key that returns, received a function that threw "Class constructor Point',
    );
    expect(() => summarizePurchases([looped], { by: Point as never })).toThrow(BuygridInputError);
  });
  it('returns deeply frozen plain JSON', () => {
    const summary = summarizePurchases(states, { by: 'buyclass', asOf: at(100) });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(Object.isFrozen(summary.groups['new-task']?.stall.decision.idleDays)).toBe(true);
  });
});

describe('day statistics', () => {
  it('interpolates quartiles between the nearest ranks (Hyndman & Fan definition 7)', () => {
    // R: quantile(c(1, 2, 3, 4), c(.25, .5, .75)) gives 1.75 2.50 3.25.
    const sorted = Float64Array.from([1, 2, 3, 4]);
    expect([quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)]).toEqual([1.75, 2.5, 3.25]);
    const day = 86_400_000;
    expect(dayStats([4 * day, 1 * day, 3 * day, 2 * day, 10 * day])).toEqual({
      n: 5,
      mean: 4,
      min: 1,
      q1: 2,
      median: 3,
      q3: 4,
      max: 10,
    });
  });
});

it('covers every step in each per-step table', () => {
  const { all } = summarizePurchases([purchaseIn('decision')]);
  for (const table of [all.funnel, all.stepDays, all.revisits, all.stall])
    expect(Object.keys(table)).toEqual([...STEPS]);
});
