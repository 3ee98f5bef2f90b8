// summarizePurchases against a hand-written aggregation of the same figures (the loops an
// analyst wrote before buygrid/analytics: cycle time, step durations, revisits, funnel, stalls,
// medians by sorting), on the same 10,000 replayed purchases of about 10 events each.
import { bench, describe } from 'vitest';
import { groupRows, replayMany, summarizePurchases } from '../src/analytics/index.js';
import { STEPS, type PurchaseState } from '../src/process/index.js';
import { dealRows } from '../examples/data/deals.js';

const { states } = replayMany(groupRows(dealRows(10_000)));
const DAY = 86_400_000;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** The baseline: hand-written loops over the states, no validation, no freezing, no quartiles. */
function handWritten(list: readonly PurchaseState[]): unknown {
  const cycle: Record<string, number[]> = {};
  const reached = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<string, number>;
  const abandoned = { ...reached };
  const revisited = { ...reached };
  const open = { ...reached };
  const time: Record<string, number[]> = Object.fromEntries(STEPS.map((s) => [s, []]));
  for (const s of list) {
    const last = s.visits[s.visits.length - 1];
    if (s.status === 'awarded' && last?.left !== undefined)
      (cycle[s.situation.buyclass] ??= []).push((Date.parse(last.left) - Date.parse(s.startedAt)) / DAY);
    const seen = new Set<string>();
    for (const v of s.visits) {
      seen.add(v.step);
      if (v.left !== undefined) time[v.step]?.push((Date.parse(v.left) - Date.parse(v.entered)) / DAY);
    }
    for (const step of seen) reached[step] = (reached[step] ?? 0) + 1;
    for (const e of s.history) if (e.type === 'stepRevisited') revisited[e.to] = (revisited[e.to] ?? 0) + 1;
    if (s.status === 'abandoned' && s.abandonment)
      abandoned[s.abandonment.step] = (abandoned[s.abandonment.step] ?? 0) + 1;
    else if (s.status !== 'awarded') open[s.status] = (open[s.status] ?? 0) + 1;
  }
  return {
    cycle: Object.fromEntries(Object.entries(cycle).map(([k, xs]) => [k, median(xs)])),
    time: Object.fromEntries(Object.entries(time).map(([k, xs]) => [k, median(xs)])),
    reached,
    abandoned,
    revisited,
    open,
  };
}

describe(`summarize ${String(states.length)} purchases`, () => {
  bench('baseline: hand-written loops (medians only, no checks)', () => {
    handWritten(states);
  });
  bench('summarizePurchases (all)', () => {
    summarizePurchases(states);
  });
  bench('summarizePurchases (by buyclass, asOf)', () => {
    summarizePurchases(states, { by: 'buyclass', asOf: '2026-11-01T00:00:00Z' });
  });
});
