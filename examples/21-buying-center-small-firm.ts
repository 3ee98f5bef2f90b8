// The same purchase at a 20-person firm: fewer people, several roles each, and the
// single-threaded risk of selling through one contact.
import { analyzeBuyingCenter, assignRole, coverage, createBuyingCenter, expectedSize } from 'buygrid/buying-center';
import { explain, label, say } from 'buygrid/explain';
import { f, lang } from './lib/locale.js';

function check(condition: boolean, claim: string): void {
  if (!condition) throw new Error(`examples/21: not true that ${claim}`);
}

const size = expectedSize({ employees: 20, buyclass: 'new-task', complexity: 'high', importance: 'strategic' });
console.log(`A new ERP at a 20-person firm: ${explain(size, lang)}.`);
check(
  size.typical === 4 && size.max === 6,
  'a 20-person firm involves fewer people than a 2,000-person one (seed 001)',
);

// The seller only knows the owner.
let center = createBuyingCenter({
  organization: { type: 'company', employees: 20 },
  members: [
    {
      id: 'owner',
      name: 'Sofia Lind',
      title: 'Owner',
      roles: ['initiator', 'decider', 'approver'],
      influence: 1,
      stance: 'supporter',
    },
  ],
});
let analysis = analyzeBuyingCenter(center, { step: 'specification' });
console.log('\nWith the owner alone, at specification:');
for (const w of analysis.warnings) console.log(`  [${w.code}] ${say(w, lang)}`);
check(
  analysis.warnings.map((w) => w.code).join() === 'single-threaded,no-champion,missing-role,missing-role,missing-role',
  'one contact: single-threaded, no champion, and the user, prescriber and advisor of specification missing',
);

// The office manager will use the ERP, writes the requirements and wants it.
center = createBuyingCenter({
  ...center,
  members: [
    ...center.members,
    {
      id: 'office',
      name: 'Ali Noor',
      title: 'Office manager',
      roles: ['user', 'prescriber', 'buyer'],
      influence: 0.6,
      stance: 'champion',
    },
  ],
});
center = assignRole(center, 'office', 'advisor');
analysis = analyzeBuyingCenter(center, { step: 'specification' });
console.log(`\nWith the office manager: ${explain(analysis, lang)}`);
const roles = coverage(center);
const roleNames = (list: typeof roles.covered): string => f.list(list.map((role) => label('role', role, lang)));
console.log(`  roles covered: ${roleNames(roles.covered)}`);
console.log(`  roles nobody holds: ${roleNames(roles.missing)} (in a small firm, often nobody needs to)`);
check(analysis.warnings.length === 0, 'two people cover every role specification needs');
check(roles.missing.join() === 'gatekeeper', 'only the gatekeeper role is unheld');
