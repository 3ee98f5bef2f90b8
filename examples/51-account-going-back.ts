// An existing customer: a food producer has bought its packaging film from us for years.
// Its new purchase — a modified rebuy — goes back to specification when it decides the
// film must be recyclable. Its history says where we stand; one call says what to do.
import { createBuyingCenter } from 'buygrid/buying-center';
import { fromCrmRole } from 'buygrid/crm';
import { startPurchase, transition, type PurchaseEvent, type PurchaseState } from 'buygrid/process';
import { accountHistory, analyzeProspect } from 'buygrid/prospect';
import { explain, say } from 'buygrid/explain';
import { lang } from './lib/locale.js';

function check(condition: boolean, claim: string): void {
  if (!condition) throw new Error(`examples/51: not true that ${claim}`);
}
function run(start: PurchaseState, events: PurchaseEvent[]): PurchaseState {
  return events.reduce((state, event) => {
    const result = transition(state, event);
    check(result.ok, `${event.type} is accepted`);
    return result.state;
  }, start);
}

// 1. The account's past purchases: re-orders from us, each reviewed.
const reorder = (year: number): PurchaseState =>
  run(
    startPurchase({
      id: `film-${String(year)}`,
      at: `${String(year)}-01-10T08:00:00Z`,
      need: { summary: 'Packaging film' },
      situation: { buyclass: 'modified-rebuy' },
      knownSuppliers: [
        { id: 'us', name: 'Our company', incumbent: true },
        { id: 'rival', name: 'Rival' },
      ],
    }),
    [
      { type: 'needQualified', at: `${String(year)}-01-11T08:00:00Z` },
      {
        type: 'requirementAdded',
        at: `${String(year)}-01-12T08:00:00Z`,
        requirement: { id: 'gauge', text: '20 µm film' },
      },
      { type: 'stepSkipped', at: `${String(year)}-01-13T08:00:00Z`, to: 'negotiation' },
      {
        type: 'offerReceived',
        at: `${String(year)}-01-20T08:00:00Z`,
        offer: { supplierId: 'us', amount: 80000, currency: 'EUR' },
      },
      { type: 'decisionRequested', at: `${String(year)}-01-25T08:00:00Z` },
      { type: 'supplierSelected', at: `${String(year)}-01-30T08:00:00Z`, supplierId: 'us' },
      { type: 'performanceReviewed', at: `${String(year)}-12-15T08:00:00Z`, supplierId: 'us', satisfaction: 0.8 },
    ],
  );
const history = accountHistory([reorder(2023), reorder(2024), reorder(2025)], { supplierId: 'us' });
console.log(`History: ${explain(history, lang)}`);
console.log(`  · ${history.reasons[0] === undefined ? '' : say(history.reasons[0], lang)}`);
check(history.supplierRelationship === 'incumbent' && history.position === 'in-supplier', 'we are the incumbent');

// 2. This year's purchase: specified, then back to specification.
const current = run(
  startPurchase({
    id: 'film-2026',
    at: '2026-03-02T08:00:00Z',
    need: { summary: 'Packaging film' },
    situation: { buyclass: 'modified-rebuy' },
    knownSuppliers: [{ id: 'us', name: 'Our company', incumbent: true }],
  }),
  [
    { type: 'needQualified', at: '2026-03-03T08:00:00Z' },
    { type: 'requirementAdded', at: '2026-03-04T08:00:00Z', requirement: { id: 'gauge', text: '20 µm film' } },
    { type: 'specificationApproved', at: '2026-03-05T08:00:00Z' },
    {
      type: 'stepRevisited',
      at: '2026-03-10T08:00:00Z',
      to: 'specification',
      reason: 'The retailers now require recyclable film',
    },
  ],
);

// 3. The contacts, from Salesforce's multi-select AccountContactRelation.Roles.
const salesforce = [
  { id: 'ines', name: 'Ines', roles: 'Technical Buyer;Influencer', influence: 0.7 },
  { id: 'marc', name: 'Marc', roles: 'Economic Decision Maker', influence: 0.9 },
];
const center = createBuyingCenter({
  members: salesforce.map((c) => ({
    id: c.id,
    name: c.name,
    roles: fromCrmRole('salesforce', c.roles).roles,
    influence: c.influence,
  })),
});

const account = analyzeProspect({
  organization: { name: 'Fresh Foods', type: 'company', employees: 1200, sector: 'food', downstreamDemand: 'growing' },
  purpose: 'production',
  situation: { buyclass: 'modified-rebuy' },
  buyingCenter: center,
  purchase: current,
  risk: { profile: { supplierRelationship: history.supplierRelationship, importance: 'strategic' } },
  position: history.position,
  asOf: '2026-03-12T08:00:00Z',
});
for (const flag of account.redFlags) console.log(`! ${say(flag, lang)}`);
account.actions.forEach((a, i) => {
  console.log(`${String(i + 1)}. ${say(a, lang)}`);
});
check(
  account.redFlags.some((f) => f.code === 'going-back'),
  'the purchase went back',
);
check(account.actions[0]?.code === 'follow-the-revisit', 'following the revisit comes first');
check(account.engage?.[0]?.id === 'ines', 'the technical buyer weighs most in specification');
check(
  account.actions.some((a) => a.code === 'defend-the-account'),
  'the in-supplier defends the account',
);
