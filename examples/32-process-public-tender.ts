// A public tender: negotiation is refused with two shortlisted suppliers, then completed with three.
import { parsePurchaseState, replay, type PurchaseEvent } from 'buygrid/process';

const start = { id: 'tender-2026-014', at: '2026-05-04T09:00:00Z', need: { summary: 'Road salt, 2,000 t' }, situation: { regime: 'public-tender' as const } };
const supplier = (id: string, at: string): PurchaseEvent[] => [
  { type: 'supplierIdentified', at, supplier: { id, name: id.toUpperCase() } },
  { type: 'supplierShortlisted', at, supplierId: id },
];
const opening: PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-05-05T09:00:00Z' },
  { type: 'requirementAdded', at: '2026-05-06T09:00:00Z', requirement: { id: 'grain', text: 'Grain size 0–5 mm' } },
  { type: 'specificationApproved', at: '2026-05-08T09:00:00Z' },
  ...supplier('saline', '2026-05-12T09:00:00Z'),
  ...supplier('rocksalt', '2026-05-12T10:00:00Z'),
  { type: 'negotiationStarted', at: '2026-05-13T09:00:00Z' },
];
const refused = replay(start, opening);
if (refused.ok) throw new Error('expected a refusal');
console.log(`refused at event ${String(refused.index)}: ${refused.rejection.message}`);

const offer = (supplierId: string, amount: number): PurchaseEvent => ({ type: 'offerReceived', at: '2026-05-20T09:00:00Z', offer: { supplierId, amount, currency: 'EUR' } });
const completed = replay(start, [
  ...opening.slice(0, -1),
  ...supplier('halite', '2026-05-12T11:00:00Z'),
  { type: 'negotiationStarted', at: '2026-05-13T09:00:00Z' },
  offer('saline', 182000),
  offer('rocksalt', 176500),
  offer('halite', 190250),
  { type: 'decisionRequested', at: '2026-05-21T09:00:00Z' },
  { type: 'supplierSelected', at: '2026-05-27T09:00:00Z', supplierId: 'rocksalt' },
]);
if (!completed.ok) throw new Error(completed.rejection.message);
console.log(`completed: ${completed.state.status}, to ${String(completed.state.selection?.supplierId)}`);
const stored = JSON.stringify(completed.state);
console.log(`stored as ${String(stored.length)} characters of JSON and restored: ${parsePurchaseState(stored).status}`);
if (refused.rejection.guard !== 'min-shortlisted' || completed.state.status !== 'awarded') throw new Error('not what the text says');
