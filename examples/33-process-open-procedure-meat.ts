// An open procedure (Directive 2014/24/EU art. 27) with two tenders, ranked on the most
// economically advantageous tender (art. 67): price 60 %, quality 40 %. buygrid ranks; the
// contracting authority awards.
import { classifySituation } from 'buygrid/situation';
import { evaluateOffers, replay, type PurchaseEvent } from 'buygrid/process';
import { explain, label, say } from 'buygrid/explain';
import { lang, status } from './lib/locale.js';

const situation = classifySituation({
  buyclass: 'new-task',
  organization: { type: 'public-body', employees: 600 },
  contractValue: { amount: 250000, currency: 'EUR', subject: 'supplies', authority: 'sub-central' },
});
if (situation.procedure === undefined) throw new Error('a public buyer follows a procedure');
console.log(`procedure: ${label('procedure', situation.procedure, lang)}`);
for (const reason of situation.reasons.slice(-2)) console.log(`  · ${say(reason, lang)}`);

const start = { id: 'gritter-2026-03', at: '2026-06-01T09:00:00Z', need: { summary: 'Two gritter trucks' }, situation };
const events: PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-06-02T09:00:00Z' },
  {
    type: 'requirementAdded',
    at: '2026-06-03T09:00:00Z',
    requirement: { id: 'payload', text: 'Payload ≥ 8 t, EN 15597-1 or equivalent' },
  },
  { type: 'specificationApproved', at: '2026-06-05T09:00:00Z' },
  { type: 'supplierIdentified', at: '2026-07-10T09:00:00Z', supplier: { id: 'nordtruck', name: 'Nordtruck' } },
  { type: 'supplierIdentified', at: '2026-07-10T10:00:00Z', supplier: { id: 'alpina', name: 'Alpina Fahrzeuge' } },
  { type: 'supplierShortlisted', at: '2026-07-11T09:00:00Z', supplierId: 'nordtruck' },
  { type: 'supplierShortlisted', at: '2026-07-11T09:00:00Z', supplierId: 'alpina' },
  { type: 'negotiationStarted', at: '2026-07-11T10:00:00Z' },
  {
    type: 'offerReceived',
    at: '2026-07-11T10:00:00Z',
    offer: { supplierId: 'nordtruck', amount: 236000, currency: 'EUR', leadTimeDays: 120, warrantyMonths: 24 },
  },
  {
    type: 'offerReceived',
    at: '2026-07-11T10:00:00Z',
    offer: { supplierId: 'alpina', amount: 249000, currency: 'EUR', leadTimeDays: 90, warrantyMonths: 36 },
  },
  { type: 'decisionRequested', at: '2026-07-14T09:00:00Z' },
];
const tendered = replay(start, events);
if (!tendered.ok) throw new Error(say(tendered.rejection, lang));
console.log(
  `two tenders, no preselection: ${status(tendered.state.status)} (the old 3-offer rule would have refused this)`,
);

// Quality scored by the evaluation committee against the published sub-criteria.
const meat = evaluateOffers(tendered.state, [
  { criterion: 'price', weight: 0.6 },
  { criterion: 'quality', weight: 0.4, scores: { nordtruck: 0.6, alpina: 0.9 } },
]);
console.log(`  ${explain(meat, lang).replaceAll('\n', '\n  ')}`);

const best = meat.ranking[0]?.supplierId ?? '';
const awarded = replay(start, [
  ...events,
  { type: 'supplierSelected', at: '2026-07-20T09:00:00Z', supplierId: best, orderRoutine: { kind: 'spot' } },
]);
if (!awarded.ok) throw new Error(say(awarded.rejection, lang));
console.log(`awarded to ${String(awarded.state.selection?.supplierId)}`);
if (situation.procedure !== 'open' || best !== 'alpina' || awarded.state.status !== 'awarded')
  throw new Error('not what the text says');
