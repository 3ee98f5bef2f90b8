// An analyst's CRM export of 10,000 deals (one row per event, as a CSV file gives it) turned
// into a summary by buyclass: funnel, cycle times in days, revisits, stalls and the observed flow.
import { groupRows, replayMany, summarizePurchases } from 'buygrid/analytics';
import { BuygridInputError, explain } from 'buygrid/explain';
import { dealsCsv } from './data/deals.js';
import { f, lang, status } from './lib/locale.js';

const csv = dealsCsv(10_000); // a generated export: deals.csv, as `readFileSync('deals.csv', 'utf8')` would give it

// ── the analyst's code: 10 lines from CSV text to a grouped summary and its flow ──
const [header = '', ...lines] = csv.trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [String(columns[i]), cell])));
const replayed = replayMany(groupRows(rows));
const summary = summarizePurchases(replayed.states, { by: 'buyclass', asOf: '2026-11-01T00:00:00Z' });
console.log(`${explain(replayed, lang)}\n${explain(summary, lang)}`);
// The observed flow, largest moves first, returns included (`summary.all.mermaid` draws it as a Mermaid flowchart).
const moves = [...summary.all.transitions].sort((a, b) => b.count - a.count);
console.log(
  moves.map((m) => `  ${m.from === 'start' ? '▶' : status(m.from)} → ${status(m.to)}: ${f.number(m.count)}`).join('\n'),
);
// ── end of the analyst's code ──

// A malformed row is recorded with the issues a BuygridInputError would carry: explain words them.
const malformed = replayed.purchases.find((p) => p.malformed.length > 0)?.malformed[0];
if (malformed !== undefined)
  console.log(`\none malformed row:\n${explain(new BuygridInputError(malformed.issues), lang)}`);

// What the example promises, checked: every deal accounted for, every group adds up.
const { states, totals } = replayed;
const counted = Object.values(summary.groups).reduce((n, g) => n + g.count, 0);
if (totals.purchases !== 10_000 || states.length !== 10_000 || counted !== 10_000)
  throw new Error('deals went missing');
if (totals.malformedEvents === 0 || totals.refusedEvents === 0)
  throw new Error('the export was meant to hold a few bad and refused rows');
if (!summary.all.mermaid.startsWith('flowchart LR')) throw new Error('the flow is drawn as a Mermaid flowchart');
