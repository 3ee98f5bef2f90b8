import { describe, expectTypeOf, it } from 'vitest';
import {
  eventFromRow,
  groupRows,
  replayMany,
  summarizePurchases,
  type DayStats,
  type EventRow,
  type GroupSummary,
  type PurchaseInput,
  type PurchaseReplay,
  type PurchasesSummary,
} from '../../src/analytics/index.js';
import type { PurchaseEvent, PurchaseState, Step } from '../../src/process/index.js';

declare const states: readonly PurchaseState[];

describe('analytics types', () => {
  it('reads rows of string, number, boolean, Date or empty cells into events', () => {
    expectTypeOf(
      eventFromRow({ type: 'offerReceived', at: new Date(), amount: '5', incumbent: true, note: null }),
    ).toEqualTypeOf<PurchaseEvent>();
    // @ts-expect-error -- a cell is not an object
    eventFromRow({ type: 'offerReceived', offer: { amount: 5 } });
  });
  it('takes purchases as { start, events } or { start, rows } and gives states or null', () => {
    expectTypeOf(groupRows([] as EventRow[])).toEqualTypeOf<readonly PurchaseInput[]>();
    const result = replayMany(
      [{ start: { id: 'p', at: '2026-03-01T00:00:00Z', need: { summary: 's' } }, events: [] }],
      { onRefusal: 'stop' },
    );
    expectTypeOf(result.states).toEqualTypeOf<readonly PurchaseState[]>();
    expectTypeOf<PurchaseReplay['state']>().toEqualTypeOf<PurchaseState | null>();
    // @ts-expect-error -- onRefusal is skip or stop
    replayMany([], { onRefusal: 'halt' });
    // @ts-expect-error -- the events are events, not strings
    replayMany([{ start: null, events: ['needQualified'] }]);
  });
  it('groups by buyclass, regime or a function to a string, and names the unit of every duration', () => {
    expectTypeOf(
      summarizePurchases(states, { by: (s) => s.situation.buyclass, asOf: '2026-03-01T00:00:00Z' }),
    ).toEqualTypeOf<PurchasesSummary>();
    // @ts-expect-error -- a grouping function returns a string key
    summarizePurchases(states, { by: (s) => s.history.length });
    // @ts-expect-error -- an unknown grouping does not compile
    summarizePurchases(states, { by: 'region' });
    expectTypeOf<GroupSummary['cycleTimeDays']['awarded']>().toEqualTypeOf<DayStats>();
    expectTypeOf<GroupSummary['stepDays']>().toEqualTypeOf<Readonly<Record<Step, DayStats>>>();
    expectTypeOf<DayStats['median']>().toEqualTypeOf<number | null>();
    expectTypeOf<PurchasesSummary['groups']>().toEqualTypeOf<Readonly<Record<string, GroupSummary>>>();
  });
});
