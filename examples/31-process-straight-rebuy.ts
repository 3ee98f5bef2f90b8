// A straight rebuy: from need recognition straight to the decision, re-ordering from the incumbent without an offer.
import { allowedEvents, defaultPolicy, nextPurchaseFacts, startPurchase, transition } from 'buygrid/process';

console.log('straight-rebuy policy:', JSON.stringify(defaultPolicy({ buyclass: 'straight-rebuy' }).skips));
const start = startPurchase({
  id: 'film-reorder-07',
  at: '2026-04-01T08:00:00Z',
  need: { summary: 'Stretch film, 400 rolls' },
  situation: { buyclass: 'straight-rebuy' },
  knownSuppliers: [{ id: 'filmco', name: 'FilmCo', incumbent: true }],
});
console.log('allowed at the start:', allowedEvents(start).join(', '));
const skipped = transition(start, { type: 'stepSkipped', at: '2026-04-01T08:05:00Z', to: 'decision', reason: 'Routine re-order' });
if (!skipped.ok) throw new Error(skipped.rejection.message);
const awarded = transition(skipped.state, { type: 'supplierSelected', at: '2026-04-01T08:10:00Z', supplierId: 'filmco' });
if (!awarded.ok) throw new Error(awarded.rejection.message);
console.log('selection:', JSON.stringify(awarded.state.selection));
const reviewed = transition(awarded.state, { type: 'performanceReviewed', at: '2026-05-01T08:00:00Z', supplierId: 'filmco', satisfaction: 0.9 });
console.log('facts for the next purchase:', JSON.stringify(nextPurchaseFacts(reviewed.state)));
if (awarded.state.selection?.reorder !== true) throw new Error('expected a re-order without an offer');
if (nextPurchaseFacts(reviewed.state).satisfiedWithIncumbent !== true) throw new Error('expected a satisfied incumbent');
