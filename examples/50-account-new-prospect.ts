// One account, end to end: a 400-person machine builder buys its first laser-cutting
// machine, and we are an out-supplier. The contacts and the deal stage come from the CRM
// (buygrid/crm); one call per moment (buygrid/prospect) joins the situation, the process,
// the buying center and the risk into whom to see, what to offer and what to do next.
import { addMember, createBuyingCenter, type MemberInput } from 'buygrid/buying-center';
import { fromCrmRole, fromCrmStage, toCrmRole } from 'buygrid/crm';
import { startPurchase, transition, type PurchaseEvent, type PurchaseState } from 'buygrid/process';
import { accountHistory, analyzeProspect, type ProspectAnalysis } from 'buygrid/prospect';
import { classifySituation } from 'buygrid/situation';
import { explain, label, say } from 'buygrid/explain';
import { f, lang, status } from './lib/locale.js';

function check(condition: boolean, claim: string): void {
  if (!condition) throw new Error(`examples/50: not true that ${claim}`);
}
function show(title: string, account: ProspectAnalysis): void {
  console.log(`\n■ ${title}`);
  const where = account.standing;
  if (where !== undefined)
    console.log(
      `  stands in ${status(where.step ?? where.status)} (${f.percent(where.progress)})${where.daysSinceLastEvent === undefined ? '' : `, ${f.number(where.daysSinceLastEvent, 0)} days since the last event`}`,
    );
  for (const e of account.engage?.slice(0, 3) ?? []) {
    const roles = f.list(e.roles.map((role) => label('role', role, lang)));
    const stance = e.stance === undefined ? '' : ` · ${label('stance', e.stance, lang)}`;
    console.log(`  see ${e.name.padEnd(6)} ${f.number(e.score)}  ${roles}${stance}`);
  }
  if (account.risk !== undefined)
    console.log(
      `  perceived risk: ${label('riskLevel', account.risk.level, lang)} (${f.number(account.risk.score)}), driven by ${f.list(account.risk.drivers.map((d) => label('dimension', d, lang)))}`,
    );
  for (const flag of account.redFlags) console.log(`  ! ${say(flag, lang)}`);
  account.actions.slice(0, 5).forEach((a, i) => {
    console.log(`  ${String(i + 1)}. ${say(a, lang)}`);
  });
  if (account.missing.length > 0) console.log(`  (not given: ${account.missing.join(', ')})`);
}

// 1. The CRM: HubSpot contacts with their multi-checkbox buying roles, and the deal stage.
const contacts = [
  { id: 'ruth', name: 'Ruth', hs_buying_role: 'CHAMPION;END_USER', influence: 0.6 },
  { id: 'kemal', name: 'Kemal', hs_buying_role: 'Influencer', influence: 0.7 },
  { id: 'ana', name: 'Ana', hs_buying_role: 'Legal & Compliance', influence: 0.5 },
];
const members: MemberInput[] = contacts.map(({ id, name, hs_buying_role, influence }) => {
  const { roles, stance } = fromCrmRole('hubspot', hs_buying_role);
  return { id, name, roles, influence, ...(stance === undefined ? {} : { stance }) };
});
check(
  members[0]?.stance === 'champion' && members[0].roles.includes('user'),
  'a multi-select value gives a role and a stance',
);
const stage = fromCrmStage('hubspot', 'qualifiedtobuy');
console.log(`HubSpot stage qualifiedtobuy → ${explain(stage, lang).replaceAll('\n', '\n  ')}`);

// 2. The first meeting: a strategic new task, the buyer specifying.
const situation = classifySituation({
  buyclass: { purchasedBefore: false, problemNovelty: 'high', informationNeed: 'high', consideringNewSuppliers: true },
  portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
  organization: { type: 'company', employees: 400 },
});
let center = createBuyingCenter({
  organization: { type: 'company', employees: 400, sector: 'machine building' },
  members,
});
const organization = {
  name: 'Acme Metal',
  type: 'company',
  employees: 400,
  sector: 'machine building',
  downstreamDemand: 'growing',
} as const;
const risk = {
  profile: { supplierRelationship: 'new', leadTimeCritical: true, afterSalesDependency: 'high', budgetShare: 0.15 },
} as const;
let account = analyzeProspect({
  organization,
  purpose: 'production',
  situation,
  buyingCenter: center,
  ...(stage.step === undefined ? {} : { step: stage.step }),
  risk,
  position: 'out-supplier',
});
show('After the first meeting', account);
check(
  account.redFlags.some((f) => f.code === 'no-decider'),
  'nobody met yet decides',
);
check(account.actions[0]?.code === 'find-the-decider', 'finding the decider comes first');

// 3. The decider is found; the purchase is followed step by step.
center = addMember(center, {
  id: 'olga',
  name: 'Olga',
  roles: ['decider', 'approver'],
  influence: 0.9,
  stance: 'skeptic',
});
let state: PurchaseState = startPurchase({
  id: 'laser-2026',
  at: '2026-02-02T08:00:00Z',
  need: { summary: 'A 6 kW fibre laser cutter' },
  situation,
});
function step(event: PurchaseEvent): void {
  const result = transition(state, event, { buyingCenter: center });
  check(result.ok, `${event.type} is accepted`);
  state = result.state;
}
step({ type: 'needQualified', at: '2026-02-03T08:00:00Z', by: 'ruth' });
step({ type: 'requirementAdded', at: '2026-02-05T08:00:00Z', requirement: { id: 'sheet', text: 'Cuts 20 mm steel' } });
step({ type: 'specificationApproved', at: '2026-02-09T09:00:00Z', by: 'olga' });
step({ type: 'supplierIdentified', at: '2026-02-12T08:00:00Z', supplier: { id: 'us', name: 'Our company' } });
step({ type: 'supplierIdentified', at: '2026-02-12T09:00:00Z', supplier: { id: 'rival', name: 'Rival GmbH' } });
step({ type: 'supplierShortlisted', at: '2026-02-16T08:00:00Z', supplierId: 'us' });
step({ type: 'supplierShortlisted', at: '2026-02-16T09:00:00Z', supplierId: 'rival' });
step({ type: 'negotiationStarted', at: '2026-02-17T08:00:00Z' });
step({
  type: 'offerReceived',
  at: '2026-02-27T08:00:00Z',
  offer: { supplierId: 'us', amount: 410000, currency: 'EUR', warrantyMonths: 24 },
});

account = analyzeProspect({
  organization,
  purpose: 'production',
  situation,
  buyingCenter: center,
  purchase: state,
  risk,
  position: 'out-supplier',
  asOf: '2026-04-06T08:00:00Z',
});
show('In negotiation, five weeks later', account);
check(
  account.engage?.[0]?.id === 'olga' || account.engage?.[0]?.id === 'ana',
  'the decider or the buyer weighs most in negotiation',
);
check(
  account.redFlags.some((f) => f.code === 'stalled'),
  'five silent weeks count as stalled',
);
check((account.terms?.length ?? 0) > 0, 'the risk calls for negotiation terms');

// 4. Awarded; what goes back to the CRM, and where the relationship stands.
step({
  type: 'offerReceived',
  at: '2026-04-07T08:00:00Z',
  offer: { supplierId: 'rival', amount: 385000, currency: 'EUR' },
});
step({ type: 'decisionRequested', at: '2026-04-08T08:00:00Z' });
step({ type: 'supplierSelected', at: '2026-04-15T08:00:00Z', supplierId: 'us', by: 'olga' });
const olga = center.members.find((m) => m.id === 'olga');
if (olga !== undefined) {
  const written = toCrmRole('hubspot', olga);
  console.log(`\nWrite back Olga to HubSpot: ${written.value}`);
  for (const reason of written.reasons) console.log(`  · ${say(reason, lang)}`);
}
const history = accountHistory([state], { supplierId: 'us' });
console.log(`Relationship: ${explain(history, lang)}`);
check(history.supplierRelationship === 'incumbent' && history.stage === 'early', 'a first win starts the relationship');
