// A straight rebuy: the need is a trigger, the specification is confirmed, then straight to the
// decision, re-ordering from the incumbent without an offer — placed by the buyer, on a blanket order.
import {
  allowedEvents,
  defaultPolicy,
  nextPurchaseFacts,
  startPurchase,
  transition,
  type PurchaseEvent,
  type PurchaseState,
} from 'buygrid/process';
import { explain, label, say } from 'buygrid/explain';
import { classifyBuyclass } from 'buygrid/situation';
import { f, lang } from './lib/locale.js';

const [skip] = defaultPolicy({ buyclass: 'straight-rebuy' }).skips;
if (skip?.requires !== 'incumbent') throw new Error('a straight rebuy skips to the decision with an incumbent');
console.log(
  `${label('buyclass', 'straight-rebuy', lang)}: ${label('step', skip.from, lang)} → ${label('step', skip.to, lang)}, with an incumbent`,
);
const center = { members: [{ id: 'lena', name: 'Lena', roles: ['buyer' as const], influence: 1 }] };
const apply = (state: PurchaseState, event: PurchaseEvent): PurchaseState => {
  const r = transition(state, event, { buyingCenter: center });
  if (!r.ok) throw new Error(say(r.rejection, lang));
  return r.state;
};
const start = startPurchase({
  id: 'film-reorder-07',
  at: '2026-04-01T08:00:00Z',
  need: { summary: 'Stretch film, 400 rolls', trigger: 'internal' },
  situation: { buyclass: 'straight-rebuy' },
  knownSuppliers: [{ id: 'filmco', name: 'FilmCo', incumbent: true }],
});
const events = (state: PurchaseState): string => f.list(allowedEvents(state).map((e) => label('eventType', e, lang)));
console.log(`allowed at the start: ${events(start)}`);
let state = apply(start, { type: 'needQualified', at: '2026-04-01T08:01:00Z' }); // the reorder point was reached
state = apply(state, {
  type: 'requirementAdded',
  at: '2026-04-01T08:02:00Z',
  requirement: { id: 'film', text: 'Same film as order 06: 23 µm, 500 mm' },
});
console.log(`allowed once the specification is confirmed: ${events(state)}`);
state = apply(state, { type: 'stepSkipped', at: '2026-04-01T08:05:00Z', to: 'decision', reason: 'Routine re-order' });
const awarded = apply(state, {
  type: 'supplierSelected',
  at: '2026-04-01T08:10:00Z',
  by: 'lena',
  supplierId: 'filmco',
  orderRoutine: { kind: 'blanket', schedule: '100 rolls a week for 4 weeks' },
});
console.log(explain(awarded, lang));
console.log('  selection.orderRoutine (as stored):', JSON.stringify(awarded.selection?.orderRoutine));
const reviewed = transition(awarded, {
  type: 'performanceReviewed',
  at: '2026-05-01T08:00:00Z',
  supplierId: 'filmco',
  satisfaction: 0.9,
});
const facts = nextPurchaseFacts(reviewed.state);
console.log(`facts for the next purchase: ${JSON.stringify(facts)} → ${explain(classifyBuyclass(facts), lang)}`);
if (awarded.selection?.reorder !== true || awarded.selection.orderRoutine?.kind !== 'blanket')
  throw new Error('expected a blanket re-order without an offer');
if (nextPurchaseFacts(reviewed.state).satisfiedWithIncumbent !== true)
  throw new Error('expected a satisfied incumbent');
