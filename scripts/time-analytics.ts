// Times summarizePurchases once on 100,000 generated purchases (about 10 events each), as the
// issue asks: `npx tsx scripts/time-analytics.ts [count]`. Runs against src/ (no build needed).
import { groupRows, replayMany, summarizePurchases } from '../src/analytics/index.js';
import { dealRows } from '../examples/data/deals.js';

const count = Number(process.argv[2] ?? 100_000);
let t = performance.now();
const lap = (): string => {
  const now = performance.now();
  const ms = (now - t).toFixed(0);
  t = now;
  return `${ms} ms`;
};
const rows = dealRows(count);
console.log(
  `generated ${String(count)} purchases, ${String(rows.length)} rows (${(rows.length / count).toFixed(1)} per purchase): ${lap()}`,
);
const purchases = groupRows(rows);
const { states, totals } = replayMany(purchases);
const events = states.reduce((n, s) => n + s.history.length, 0);
console.log(
  `groupRows + replayMany: ${lap()} (${String(events)} events accepted, ${String(totals.refusedEvents)} refused, ${String(totals.malformedEvents)} malformed)`,
);
const summary = summarizePurchases(states, { by: 'buyclass', asOf: '2026-11-01T00:00:00Z' });
console.log(`summarizePurchases of ${String(summary.all.count)} purchases (by buyclass, asOf): ${lap()}`);
