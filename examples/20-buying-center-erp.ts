// The buying center of a 2,000-person manufacturer buying a new ERP: who takes part,
// what the seller's CRM says about them, what is missing, and how the picture changes
// when the seller finds the CFO.
import {
  addMember,
  analyzeBuyingCenter,
  coverage,
  createBuyingCenter,
  expectedSize,
  fromCrmRole,
  updateMember,
  type BuyingCenterAnalysis,
  type MemberInput,
} from 'buygrid/buying-center';
import { explain, label, say } from 'buygrid/explain';
import { f, lang } from './lib/locale.js';

function check(condition: boolean, claim: string): void {
  if (!condition) throw new Error(`examples/20: not true that ${claim}`);
}

function print(title: string, analysis: BuyingCenterAnalysis): void {
  console.log(`\n${title}`);
  console.log(`  ${explain(analysis, lang).replaceAll('\n', '\n  ')}`);
  console.log('  key players, by influence:');
  for (const m of analysis.keyPlayers) {
    const roles = f.list(m.roles.map((role) => label('role', role, lang)));
    const stance = m.stance === undefined ? '?' : label('stance', m.stance, lang);
    console.log(`    ${f.number(m.influence, 1)}  ${m.name.padEnd(12)} ${roles} · ${stance}`);
  }
}

// 1. How many people should the seller expect?
const size = expectedSize({ employees: 2000, buyclass: 'new-task', complexity: 'high', importance: 'strategic' });
console.log(`A new ERP at a 2,000-person manufacturer: ${explain(size, lang)}.`);
for (const r of size.reasons) console.log(`  · ${say(r, lang)}`);
check(size.typical === 8 && size.min === 6 && size.max === 12, 'the expected size is 6–12, typically 8');

// 2. The contacts as the seller's Salesforce knows them, mapped to roles.
const contacts = [
  { id: 'coo', name: 'Marta Ruiz', title: 'COO', crmRole: 'Decision Maker', influence: 0.9, stance: 'supporter' },
  { id: 'it', name: 'Jonas Berg', title: 'IT manager', crmRole: 'Technical Buyer', influence: 0.7, stance: 'champion' },
  {
    id: 'plant',
    name: 'Ines Duarte',
    title: 'Plant manager',
    crmRole: 'Business User',
    influence: 0.5,
    stance: 'skeptic',
  },
  { id: 'buy', name: 'Lea Martin', title: 'Purchasing manager', crmRole: 'Procurement', influence: 0.4 },
  { id: 'sap', name: 'Tom Keller', title: 'Consultant', crmRole: 'Influencer', influence: 0.3, external: true },
] as const;

const members: MemberInput[] = contacts.map(({ crmRole, ...contact }) => {
  const mapping = fromCrmRole('salesforce', crmRole);
  console.log(`  Salesforce "${crmRole}" → ${explain(mapping, lang).replaceAll('\n', '\n    ')}`);
  return { ...contact, roles: mapping.roles };
});
check(members[3]?.roles.length === 0, '"Procurement" is not a Salesforce value, so it is left unmapped');

// The seller knows better: Lea is the buyer and the gatekeeper.
let center = createBuyingCenter({
  organization: { type: 'company', employees: 2000, sector: 'manufacturing' },
  members,
});
center = updateMember(center, 'buy', { roles: ['buyer', 'gatekeeper'] });

// 3. At supplier search, then at the decision.
const atSearch = analyzeBuyingCenter(center, { step: 'supplier-search' });
print('At supplier search:', atSearch);
check(atSearch.warnings.length === 0, 'supplier search is covered: a prescriber, a gatekeeper and a buyer');

const atDecision = analyzeBuyingCenter(center, { step: 'decision' });
print('At the decision:', atDecision);
check(atDecision.warnings.map((w) => w.code).join() === 'missing-role', 'only the approver is missing at the decision');
check(coverage(center, 'decision').missing.join() === 'approver', 'coverage names the approver as missing');
check(
  Math.abs(atDecision.support - (0.9 * 0.5 + 0.7 - 0.5 * 0.5) / 2.8) < 1e-12,
  'support is the influence-weighted stance',
);

// 4. The seller meets the CFO, who holds the budget and has doubts.
center = addMember(center, {
  id: 'cfo',
  name: 'Paul Weber',
  title: 'CFO',
  roles: ['approver'],
  influence: 0.8,
  stance: 'blocker',
});
const withCfo = analyzeBuyingCenter(center, { step: 'decision' });
print('With the CFO:', withCfo);
check(withCfo.warnings.map((w) => w.code).join() === 'influential-blocker', 'the CFO is now an influential blocker');
check(withCfo.support < atDecision.support, 'support fell');
check(withCfo.size === 6 && size.min <= withCfo.size, 'six members, within the expected range');
