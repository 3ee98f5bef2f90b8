// One purchase, end to end, with all four modules: a 400-person machine builder buys its
// first laser-cutting machine. The seller (an out-supplier) classifies the situation,
// maps the buying center, follows the purchase through its five steps, assesses the
// risk the buyer perceives in buying from it, and sees the next purchase become a
// straight rebuy.
import { addMember, analyzeBuyingCenter, createBuyingCenter, expectedSize } from 'buygrid/buying-center';
import { explain } from 'buygrid/explain';
import {
  allowedEvents,
  cycleTimeDays,
  nextPurchaseFacts,
  progress,
  startPurchase,
  transition,
  type PurchaseEvent,
  type PurchaseState,
} from 'buygrid/process';
import { assessRisk, perceivedRiskByMember, whatIf } from 'buygrid/risk';
import { classifyBuyclass, classifySituation, recommendApproach } from 'buygrid/situation';

function check(condition: boolean, claim: string): void {
  if (!condition) throw new Error(`examples/50: not true that ${claim}`);
}
const heading = (text: string): void => {
  console.log(`\n■ ${text}`);
};

// 1. The situation: a first purchase, high profit impact, few capable suppliers.
heading('1. The purchase situation');
const situation = classifySituation({
  buyclass: { purchasedBefore: false, problemNovelty: 'high', informationNeed: 'high', consideringNewSuppliers: true },
  portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
  organization: { type: 'company', employees: 400 },
});
console.log(explain(situation));
for (const r of situation.reasons) console.log(`  · ${r.message}`);
check(situation.buyclass === 'new-task' && situation.quadrant === 'strategic' && situation.regime === 'private', 'it is a strategic new task');

const approach = recommendApproach(situation, { position: 'out-supplier' });
console.log('What the seller should do:');
for (const a of approach.actions) console.log(`  → ${a.message}`);

// 2. The buying center, as the seller knows it after the first meetings.
heading('2. The buying center');
const size = expectedSize({ employees: 400, buyclass: situation.buyclass, complexity: 'high', importance: 'strategic' });
let center = createBuyingCenter({
  organization: { type: 'company', employees: 400 },
  members: [
    { id: 'ruth', name: 'Ruth (production manager)', roles: ['initiator', 'user'], influence: 0.6, stance: 'champion' },
    { id: 'kemal', name: 'Kemal (process engineer)', roles: ['prescriber'], influence: 0.7, stance: 'supporter' },
    { id: 'ana', name: 'Ana (purchasing)', roles: ['buyer', 'gatekeeper'], influence: 0.5, stance: 'neutral' },
  ],
});
let analysis = analyzeBuyingCenter(center, { step: 'decision' });
console.log(`${String(analysis.size)} people known, ${String(size.min)}–${String(size.max)} expected; support ${analysis.support.toFixed(2)}`);
for (const w of analysis.warnings) console.log(`  ! [${w.code}] ${w.message}`);
check(analysis.warnings.some((w) => w.code === 'no-decider'), 'the seller has not met the decider yet');

center = addMember(center, { id: 'olga', name: 'Olga (CFO)', roles: ['decider', 'approver'], influence: 0.9, stance: 'skeptic' });
analysis = analyzeBuyingCenter(center, { step: 'decision' });
console.log(`With the CFO: ${String(analysis.size)} people, support ${analysis.support.toFixed(2)}, key player ${String(analysis.keyPlayers[0]?.name)}`);
check(!analysis.warnings.some((w) => w.code === 'no-decider'), 'the decider is now known');

// 3. The process, with the buying center's roles checked on the way.
heading('3. The purchase process');
let state: PurchaseState = startPurchase({
  id: 'laser-2026',
  at: '2026-02-02T08:00:00Z',
  need: { summary: 'A 6 kW fibre laser cutter', trigger: 'internal' },
  situation,
});
const context = { buyingCenter: center };
function step(event: PurchaseEvent): void {
  const result = transition(state, event, context);
  if (!result.ok) {
    console.log(`  ✗ ${event.type} refused (${result.rejection.guard ?? result.rejection.code}): ${result.rejection.message}`);
    return;
  }
  state = result.state;
  console.log(`  ✓ ${event.at.slice(0, 10)} ${event.type.padEnd(22)} → ${state.status} (${Math.round(progress(state) * 100)} %)`);
}
step({ type: 'needQualified', at: '2026-02-03T08:00:00Z', by: 'ruth' });
step({ type: 'requirementAdded', at: '2026-02-05T08:00:00Z', requirement: { id: 'sheet', text: 'Cuts 20 mm steel' } });
step({ type: 'specificationApproved', at: '2026-02-09T08:00:00Z', by: 'ana' });
check(state.status === 'specification', 'purchasing alone cannot approve the specification');
step({ type: 'specificationApproved', at: '2026-02-09T09:00:00Z', by: 'kemal' });
step({ type: 'supplierIdentified', at: '2026-02-12T08:00:00Z', supplier: { id: 'us', name: 'Our company' } });
step({ type: 'supplierIdentified', at: '2026-02-12T09:00:00Z', supplier: { id: 'rival', name: 'Rival GmbH' } });
step({ type: 'supplierShortlisted', at: '2026-02-16T08:00:00Z', supplierId: 'us' });
step({ type: 'supplierShortlisted', at: '2026-02-16T09:00:00Z', supplierId: 'rival' });
step({ type: 'negotiationStarted', at: '2026-02-17T08:00:00Z' });
step({ type: 'offerReceived', at: '2026-02-27T08:00:00Z', offer: { supplierId: 'us', amount: 410000, currency: 'EUR', warrantyMonths: 24 } });
step({ type: 'offerReceived', at: '2026-03-02T08:00:00Z', offer: { supplierId: 'rival', amount: 385000, currency: 'EUR' } });
console.log(`  allowed now: ${allowedEvents(state).join(', ')}`);
step({ type: 'decisionRequested', at: '2026-03-04T08:00:00Z' });
step({ type: 'supplierSelected', at: '2026-03-11T08:00:00Z', supplierId: 'us', by: 'olga' });
check(state.status === 'awarded' && state.selection?.supplierId === 'us', 'the seller wins');
console.log(`  cycle time: ${String(cycleTimeDays(state))} days`);

// 4. The risk the buyer perceived in buying from a new supplier, and what lowered it.
heading('4. The risk the buyer perceived in us');
const input = {
  profile: { supplierRelationship: 'new', leadTimeCritical: true, afterSalesDependency: 'high', budgetShare: 0.15 },
  situation,
} as const;
const risk = assessRisk(input);
console.log(explain(risk));
for (const r of risk.reducers.slice(0, 3)) console.log(`  ↓ ${r.label} (by the ${r.by}) would take ${r.reduction.toFixed(3)} off`);
const offered = whatIf(input, { appliedReducers: risk.reducers.slice(0, 2).map((r) => r.id) });
console.log(`offering the top two: ${offered.before.level} → ${offered.after.level} (${offered.delta.score.toFixed(3)})`);
check(offered.delta.score < 0, 'the reducers lower the score');
const members = perceivedRiskByMember(center, input);
for (const m of members.members) console.log(`  ${m.id.padEnd(6)} perceives ${m.score.toFixed(2)} (${m.level})`);
console.log(`  ${explain(members)}`);

// 5. A year later: the machine is reviewed, and the next purchase is a straight rebuy.
heading('5. The next purchase');
step({ type: 'performanceReviewed', at: '2027-03-11T08:00:00Z', supplierId: 'us', satisfaction: 0.9 });
const facts = nextPurchaseFacts(state);
const next = classifyBuyclass({ ...facts, specificationChanged: false, consideringNewSuppliers: false });
console.log(`facts: ${JSON.stringify(facts)} → ${next.buyclass} (confidence ${next.confidence.toFixed(2)})`);
check(next.buyclass === 'straight-rebuy', 'a satisfied customer re-orders');
const defend = recommendApproach(classifySituation({ buyclass: next.buyclass }), { position: 'in-supplier' });
console.log(`As the in-supplier now: ${defend.actions.map((a) => a.code).join(', ')}`);
