// Accounts shared by the prospect tests: a new account, and an existing customer whose
// purchase goes back to specification.
import { createBuyingCenter, type BuyingCenter } from '../../src/buying-center/index.js';
import { startPurchase, transition, type PurchaseEvent, type PurchaseState } from '../../src/process/index.js';

export function run(start: PurchaseState, events: readonly PurchaseEvent[]): PurchaseState {
  return events.reduce((state, event) => {
    const result = transition(state, event);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.rejection.message}`);
    return result.state;
  }, start);
}

export const center: BuyingCenter = createBuyingCenter({
  organization: { type: 'company', employees: 400 },
  members: [
    { id: 'ruth', name: 'Ruth', roles: ['initiator', 'user'], influence: 0.6, stance: 'champion' },
    { id: 'kemal', name: 'Kemal', roles: ['prescriber'], influence: 0.7, stance: 'neutral' },
    { id: 'ana', name: 'Ana', roles: ['buyer', 'gatekeeper'], influence: 0.5 },
    { id: 'olga', name: 'Olga', roles: ['decider', 'approver'], influence: 0.9, stance: 'skeptic' },
  ],
});

/** A modified rebuy at an existing customer: specified, then back to specification. */
export const goingBack: PurchaseState = run(
  startPurchase({
    id: 'film-2026',
    at: '2026-03-02T08:00:00Z',
    need: { summary: 'Packaging film' },
    situation: { buyclass: 'modified-rebuy' },
    knownSuppliers: [{ id: 'us', name: 'Our company', incumbent: true }],
  }),
  [
    { type: 'needQualified', at: '2026-03-03T08:00:00Z' },
    { type: 'requirementAdded', at: '2026-03-04T08:00:00Z', requirement: { id: 'gauge', text: '20 µm' } },
    { type: 'specificationApproved', at: '2026-03-05T08:00:00Z' },
    { type: 'stepRevisited', at: '2026-03-10T08:00:00Z', to: 'specification', reason: 'Recyclable film required' },
  ],
);
