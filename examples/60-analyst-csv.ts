// An analyst's CRM export of 10,000 deals (one row per event, as a CSV file gives it) turned
// into a summary by buyclass: funnel, cycle times in days, revisits, stalls and the observed flow.
import { groupRows, replayMany, summarizePurchases } from 'buygrid/analytics';
import { dealsCsv } from './data/deals.js';

const csv = dealsCsv(10_000); // a generated export: deals.csv, as `readFileSync('deals.csv', 'utf8')` would give it

// ── the analyst's code: 11 lines from CSV text to a grouped summary ──
const [header = '', ...lines] = csv.trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [String(columns[i]), cell])));
const { states, purchases, totals } = replayMany(groupRows(rows));
const summary = summarizePurchases(states, { by: 'buyclass', asOf: '2026-11-01T00:00:00Z' });
console.log(totals, purchases.find((p) => p.malformed.length > 0)?.malformed[0]?.issues[0]);
for (const [buyclass, g] of Object.entries(summary.groups)) {
  console.log(
    buyclass.padEnd(15),
    `${String(g.count)} deals, ${String(g.byStatus.awarded)} awarded, median cycle ${g.cycleTimeDays.awarded.median?.toFixed(1) ?? '–'} d, spec. revisit rate ${g.revisits.specification.rate?.toFixed(2) ?? '–'}`,
  );
}
const stall = Object.entries(summary.all.stall).map(
  ([step, s]) => `${step} ${String(s.open)} (median ${s.idleDays?.median?.toFixed(0) ?? '–'} d idle)`,
);
console.log(`open deals by step: ${stall.join(', ')}\n${summary.all.mermaid}`);
// ── end of the analyst's code ──

// What the example promises, checked: every deal accounted for, every group adds up.
const counted = Object.values(summary.groups).reduce((n, g) => n + g.count, 0);
if (totals.purchases !== 10_000 || states.length !== 10_000 || counted !== 10_000)
  throw new Error('deals went missing');
if (totals.malformedEvents === 0 || totals.refusedEvents === 0)
  throw new Error('the export was meant to hold a few bad and refused rows');
