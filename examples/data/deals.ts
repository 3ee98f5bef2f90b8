// A deterministic generator of a CRM-like export: purchases as flat rows (one per event),
// the shape `groupRows` and `eventFromRow` read. Seeded, so every run gives the same table.
// Used by examples/60-analyst-csv.ts, bench/analytics.bench.ts and scripts/time-analytics.ts.

/** A flat row as a CSV parser gives it: cells by column. */
export type Row = Record<string, string | number>;

export const COLUMNS = [
  'purchaseId',
  'type',
  'at',
  'summary',
  'buyclass',
  'regime',
  'requirementId',
  'text',
  'supplierId',
  'name',
  'incumbent',
  'amount',
  'currency',
  'to',
  'reason',
] as const;

/** mulberry32: a small seeded PRNG (Tommy Ettinger's public-domain generator). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(2025, 0, 6, 9);
const NEEDS = [
  'Pallets',
  'Packaging film',
  'Forklifts',
  'Cleaning services',
  'Laptops',
  'Steel coils',
  'Freight',
  'Office furniture',
];
const ABANDON = ['budget', 'no-decision', 'need-withdrawn', 'no-suitable-offer'];

/**
 * The rows of `count` purchases: about 10 events each; a fifth abandoned, a tenth still open,
 * a quarter looping back once; a few with a refused event (an offer from a supplier nobody
 * shortlisted) and a few with a malformed cell (an amount written "12.5k").
 */
export function dealRows(count: number, seed = 42): Row[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const rows: Row[] = [];
  for (let d = 0; d < count; d++) {
    const purchaseId = `deal-${String(d + 1).padStart(6, '0')}`;
    let t = EPOCH + Math.floor(random() * 600) * DAY;
    const at = (): string => new Date(t).toISOString().replace('.000Z', 'Z');
    const later = (days: number): string => {
      t += Math.round((0.2 + random() * days) * DAY);
      return at();
    };
    const r = random();
    const buyclass = r < 0.4 ? 'new-task' : r < 0.75 ? 'modified-rebuy' : 'straight-rebuy';
    const regime = buyclass !== 'straight-rebuy' && random() < 0.15 ? 'public-tender' : 'private';
    const fate = random(); // < 0.2 abandoned, < 0.3 open, else awarded
    const stopAt = fate < 0.3 ? 1 + Math.floor(random() * 5) : 99; // the stage an abandoned or open deal stops in
    const events: Row[] = [{ type: 'purchaseStarted', at: at(), summary: pick(NEEDS), buyclass, regime }];
    const push = (row: Row): void => void events.push(row);
    let stage = 1;
    const reach = (n: number): boolean => {
      stage = n;
      return stage < stopAt;
    };
    if (buyclass === 'straight-rebuy') {
      // A routine re-order from the incumbent, through every step in a few days.
      events.push({ type: 'supplierKnown', supplierId: 'inc', name: 'Incumbent Ltd', incumbent: 'true' });
      push({ type: 'needQualified', at: later(2) });
      if (reach(2)) {
        push({ type: 'requirementAdded', at: later(1), requirementId: 'r1', text: 'Same as the last order' });
        push({ type: 'specificationApproved', at: later(1) });
      }
      if (stage < stopAt && reach(3)) {
        push({ type: 'supplierShortlisted', at: later(1), supplierId: 'inc' });
        push({ type: 'negotiationStarted', at: later(1) });
      }
      if (stage < stopAt && reach(4)) {
        push({
          type: 'offerReceived',
          at: later(2),
          supplierId: 'inc',
          amount: Math.round(1_000 + random() * 9_000),
          currency: 'EUR',
        });
        push({ type: 'decisionRequested', at: later(1) });
      }
      if (stage < stopAt && reach(5)) push({ type: 'supplierSelected', at: later(2), supplierId: 'inc' });
    } else {
      const suppliers = regime === 'public-tender' ? 3 : 2 + Math.floor(random() * 2);
      const loop = random() < 0.25;
      push({ type: 'needQualified', at: later(10) });
      if (reach(2)) {
        push({ type: 'requirementAdded', at: later(5), requirementId: 'r1', text: 'Core requirement' });
        push({ type: 'specificationApproved', at: later(8) });
      }
      if (stage < stopAt && reach(3)) {
        for (let s = 1; s <= suppliers; s++)
          push({
            type: 'supplierIdentified',
            at: later(3),
            supplierId: `s${String(s)}`,
            name: `Supplier ${String(s)}`,
          });
        if (random() < 0.03)
          push({ type: 'offerReceived', at: later(1), supplierId: 's1', amount: 900, currency: 'EUR' }); // refused: not in negotiation
        const shortlist = regime === 'public-tender' ? 3 : Math.min(suppliers, 1 + Math.floor(random() * 2));
        for (let s = 1; s <= shortlist; s++)
          push({ type: 'supplierShortlisted', at: later(2), supplierId: `s${String(s)}` });
        push({ type: 'negotiationStarted', at: later(4) });
        if (reach(4)) {
          const offers = regime === 'public-tender' ? 3 : shortlist;
          for (let s = 1; s <= offers; s++) {
            const amount = random() < 0.005 ? '12.5k' : String(Math.round(5_000 + random() * 95_000));
            push({ type: 'offerReceived', at: later(6), supplierId: `s${String(s)}`, amount, currency: 'EUR' });
          }
          if (loop) {
            push({
              type: 'stepRevisited',
              at: later(3),
              to: 'specification',
              reason: 'Offers showed a gap in the specification',
            });
            push({ type: 'requirementAdded', at: later(3), requirementId: 'r2', text: 'Added after the offers' });
            push({ type: 'specificationApproved', at: later(4) });
            push({ type: 'negotiationStarted', at: later(2) });
            push({
              type: 'offerReceived',
              at: later(5),
              supplierId: 's1',
              amount: Math.round(5_000 + random() * 95_000),
              currency: 'EUR',
            });
          }
          push({ type: 'decisionRequested', at: later(5) });
          if (reach(5)) push({ type: 'supplierSelected', at: later(7), supplierId: 's1' });
        }
      }
    }
    if (fate < 0.2) push({ type: 'purchaseAbandoned', at: later(10), reason: pick(ABANDON) });
    for (const row of events) rows.push({ purchaseId, ...row });
  }
  return rows;
}

/** The rows as CSV text with a header line (no cell holds a comma, a quote or a line break). */
export function dealsCsv(count: number, seed = 42): string {
  return [
    COLUMNS.join(','),
    ...dealRows(count, seed).map((row) => COLUMNS.map((c) => String(row[c] ?? '')).join(',')),
  ].join('\n');
}
