// A new-task purchase that loops back from negotiation to specification (buyers revisit, Gartner 2018).
import {
  cycleTimeDays,
  revisits,
  startPurchase,
  stepDurationsDays,
  transition,
  type PurchaseEvent,
  type PurchaseState,
} from 'buygrid/process';
import { explain, label, say } from 'buygrid/explain';
import { f, lang, status } from './lib/locale.js';

function apply(state: PurchaseState, event: PurchaseEvent): PurchaseState {
  const result = transition(state, event);
  if (!result.ok) throw new Error(`${event.type} refused: ${say(result.rejection, lang)}`);
  console.log(`${event.at}  ${label('eventType', event.type, lang).padEnd(32)} → ${status(result.state.status)}`);
  return result.state;
}

let state = startPurchase({
  id: 'forklifts-2026',
  at: '2026-03-02T09:00:00Z',
  need: { summary: 'Two electric forklifts', trigger: 'internal' },
});
const events: PurchaseEvent[] = [
  { type: 'needQualified', at: '2026-03-03T09:00:00Z' },
  { type: 'requirementAdded', at: '2026-03-04T09:00:00Z', requirement: { id: 'capacity', text: 'Lifts 2.5 t to 4 m' } },
  { type: 'specificationApproved', at: '2026-03-06T09:00:00Z' },
  { type: 'supplierIdentified', at: '2026-03-09T09:00:00Z', supplier: { id: 'lift-ag', name: 'Lift AG' } },
  { type: 'supplierShortlisted', at: '2026-03-10T09:00:00Z', supplierId: 'lift-ag' },
  { type: 'negotiationStarted', at: '2026-03-11T09:00:00Z' },
  {
    type: 'offerReceived',
    at: '2026-03-13T09:00:00Z',
    offer: { supplierId: 'lift-ag', amount: 58000, currency: 'EUR' },
  },
  // The offer shows the specification missed the battery: back to specification.
  { type: 'stepRevisited', at: '2026-03-16T09:00:00Z', to: 'specification', reason: 'Battery autonomy not specified' },
  {
    type: 'requirementAdded',
    at: '2026-03-17T09:00:00Z',
    requirement: { id: 'battery', text: 'Runs an 8-hour shift' },
  },
  { type: 'specificationApproved', at: '2026-03-18T09:00:00Z' },
  { type: 'negotiationStarted', at: '2026-03-19T09:00:00Z' },
  {
    type: 'offerReceived',
    at: '2026-03-23T09:00:00Z',
    offer: { supplierId: 'lift-ag', amount: 61500, currency: 'EUR', warrantyMonths: 24 },
  },
  { type: 'decisionRequested', at: '2026-03-24T09:00:00Z' },
  { type: 'supplierSelected', at: '2026-03-26T09:00:00Z', supplierId: 'lift-ag' },
];
for (const event of events) state = apply(state, event);

const specification = label('step', 'specification', lang);
console.log(`revisits of ${specification}: ${f.number(revisits(state).specification)}`);
console.log(`days in ${specification} over both visits: ${f.number(stepDurationsDays(state).specification)}`);
console.log(
  `cycle time: ${f.number(cycleTimeDays(state))} days; offer revised ${f.number(state.offers[0]?.revisions ?? 0)} time(s)`,
);
console.log(explain(state, lang));
if (state.status !== 'awarded' || revisits(state).specification !== 1)
  throw new Error('expected an awarded purchase with one revisit');
if (stepDurationsDays(state).specification !== 5 || cycleTimeDays(state) !== 24)
  throw new Error('durations are not what the text says');
