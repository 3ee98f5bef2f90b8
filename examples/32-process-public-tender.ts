// A restricted procedure (Directive 2014/24/EU art. 28): at least 5 candidates are invited, or
// all who qualify when fewer do (art. 65(2)); tenders are not negotiated; one tender can be awarded.
import { parsePurchaseState, replay, type PurchaseEvent } from 'buygrid/process';
import { say } from 'buygrid/explain';
import { lang, status } from './lib/locale.js';

const start = {
  id: 'tender-2026-014',
  at: '2026-05-04T09:00:00Z',
  need: { summary: 'Road salt, 2,000 t' },
  situation: { procedure: 'restricted' as const },
};
const candidate = (id: string, at: string): PurchaseEvent => ({
  type: 'supplierIdentified',
  at,
  supplier: { id, name: id.toUpperCase() },
});
const invite = (supplierId: string, at: string): PurchaseEvent => ({ type: 'supplierShortlisted', at, supplierId });
const opening: PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-05-05T09:00:00Z' },
  { type: 'requirementAdded', at: '2026-05-06T09:00:00Z', requirement: { id: 'grain', text: 'Grain size 0–5 mm' } },
  { type: 'specificationApproved', at: '2026-05-08T09:00:00Z' },
  candidate('saline', '2026-05-12T09:00:00Z'),
  candidate('rocksalt', '2026-05-12T10:00:00Z'),
  candidate('halite', '2026-05-12T11:00:00Z'),
  invite('saline', '2026-05-13T09:00:00Z'),
  invite('rocksalt', '2026-05-13T09:00:00Z'),
];
const early = replay(start, [...opening, { type: 'negotiationStarted', at: '2026-05-14T09:00:00Z' }]);
if (early.ok) throw new Error('expected a refusal');
console.log(`refused at event ${String(early.index)}: ${say(early.rejection, lang)}`);

const tender = (supplierId: string, amount: number, at: string): PurchaseEvent => ({
  type: 'offerReceived',
  at,
  offer: { supplierId, amount, currency: 'EUR' },
});
const tendering: PurchaseEvent[] = [
  ...opening,
  {
    type: 'supplierExcluded',
    at: '2026-05-13T10:00:00Z',
    supplierId: 'halite',
    reason: 'Does not meet the financial standing required (art. 58(3))',
  },
  { type: 'negotiationStarted', at: '2026-05-14T09:00:00Z' },
  tender('saline', 182000, '2026-05-20T09:00:00Z'),
  tender('rocksalt', 176500, '2026-05-20T10:00:00Z'),
];
const haggle = replay(start, [...tendering, tender('saline', 170000, '2026-05-21T09:00:00Z')]);
if (haggle.ok) throw new Error('expected a refusal');
console.log(`a lower second tender is refused: ${say(haggle.rejection, lang)}`);

const completed = replay(start, [
  ...tendering,
  { type: 'decisionRequested', at: '2026-05-21T09:00:00Z' },
  { type: 'supplierSelected', at: '2026-05-27T09:00:00Z', supplierId: 'rocksalt', orderRoutine: { kind: 'spot' } },
]);
if (!completed.ok) throw new Error(say(completed.rejection, lang));
console.log(`completed: ${status(completed.state.status)}, to ${String(completed.state.selection?.supplierId)}`);
const stored = JSON.stringify(completed.state);
console.log(
  `stored as ${String(stored.length)} characters of JSON and restored: ${status(parsePurchaseState(stored).status)}`,
);
if (
  early.rejection.guard !== 'min-shortlisted' ||
  haggle.rejection.guard !== 'no-negotiation' ||
  completed.state.status !== 'awarded'
)
  throw new Error('not what the text says');
