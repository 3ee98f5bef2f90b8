// Times the F7 cases of the hostile-input review, once each (not run by npm test):
//   npx tsx bench/hostile-f7.ts
import { parsePurchaseState, replay, startPurchase } from '../src/process/index.js';
const START = { id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } };
const time = (label: string, run: () => unknown): void => {
  const t0 = performance.now();
  run();
  console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(2)} s`);
};
const at = (i: number): string => new Date(Date.parse('2026-03-02T00:00:00Z') + i * 1000).toISOString();
const known = Array.from({ length: 1e5 }, (_, i) => ({ id: `k${i}`, name: `Known ${i}` }));
time('startPurchase, 1e5 known suppliers', () => startPurchase({ ...START, knownSuppliers: known }));
const spec = [
  { type: 'needQualified', at: at(0) },
  { type: 'requirementAdded', at: at(1), requirement: { id: 'r', text: 't' } },
  { type: 'specificationApproved', at: at(2) },
] as const;
const identified = [
  ...spec,
  ...Array.from({ length: 3e4 }, (_, i) => ({
    type: 'supplierIdentified',
    at: at(3 + i),
    supplier: { id: `s${i}`, name: `Supplier ${i} `.repeat(2) },
  })),
];
time('replay, 3e4 supplierIdentified', () => replay(START, identified as never));
const reqs = [
  { type: 'needQualified', at: at(0) },
  ...Array.from({ length: 3e4 }, (_, i) => ({
    type: 'requirementAdded',
    at: at(1 + i),
    requirement: { id: `r${i}`, text: 'text' },
  })),
];
time('replay, 3e4 requirementAdded', () => replay(START, reqs as never));
const r = replay(START, identified as never);
const json = JSON.stringify(r.state);
time(`parsePurchaseState, ${(json.length / 1e6).toFixed(1)} MB`, () => parsePurchaseState(json));
