// Perceived risk: one purchase, assessed for a new supplier and for the incumbent, with
// the reducers a new supplier could offer, a what-if, and the buying center's view.
import { explain, label, say } from 'buygrid/explain';
import { f, lang } from './lib/locale.js';
import { assessRisk, perceivedRiskByMember, whatIf, type RiskAssessment } from 'buygrid/risk';

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`examples/40-risk-new-vs-incumbent: ${what}`);
}

function show(title: string, risk: RiskAssessment): void {
  console.log(`\n${title}: ${explain(risk, lang)}`);
  const name = (d: (typeof risk.dimensions)[number]): string => label('dimension', d.dimension, lang);
  const width = Math.max(...risk.dimensions.map((d) => name(d).length));
  for (const d of risk.dimensions) {
    console.log(
      `  ${name(d).padEnd(width)} ${f.number(d.uncertainty)} × ${f.number(d.consequence)} = ${f.number(d.risk, 3)}  (${label('riskLevel', d.level, lang)}, contributes ${f.number(d.contribution, 3)})`,
    );
  }
}

// Seed 004's questions, answered for a strategic first purchase of a machine tool.
const profile = {
  supplierRelationship: 'new',
  buysFromCompetitor: true,
  leadTimeCritical: true,
  currency: { buyer: 'EUR', supplier: 'USD' },
  afterSalesDependency: 'high',
  importance: 'strategic',
  buyclass: 'new-task',
  budgetShare: 0.1,
} as const;

const newSupplier = assessRisk({ profile });
show('A new supplier, billing in dollars', newSupplier);
console.log('  why:');
for (const reason of newSupplier.reasons) console.log(`   - ${say(reason, lang)}`);
check(newSupplier.level === 'high', 'a new supplier for a strategic new task is a high risk');

const incumbent = assessRisk({ profile: { ...profile, supplierRelationship: 'incumbent', buysFromCompetitor: false } });
show('The incumbent, same purchase', incumbent);
check(
  incumbent.level === 'low' && incumbent.score < newSupplier.score / 2,
  'the incumbent is a low risk, under half the new supplier’s',
);

// Each reducer applied alone: the what-if's reason says what it lowers, in the tour's language.
console.log('\nWhat the new supplier could offer, or the buyer do (best first):');
for (const r of newSupplier.reducers.slice(0, 5)) {
  const applied = whatIf({ profile }, { appliedReducers: [r.id] }).after.reasons.find(
    (x) => x.code === 'reducer-applied',
  );
  if (applied === undefined) throw new Error(`${r.id}: a reducer applied is a reason of the assessment`);
  console.log(`  −${f.number(r.reduction, 3).padEnd(5)}  ${say(applied, lang)}`);
}
check(newSupplier.reducers[0]?.id === 'trial', 'a trial order is the first reducer');

const offer = whatIf({ profile }, { appliedReducers: ['trial', 'warranty'] });
console.log(`\nWhat if the supplier offers a trial and a warranty? ${explain(offer, lang)}`);
check(
  offer.after.level === 'moderate' && offer.delta.score < 0,
  'a trial and a warranty bring the risk down to moderate',
);

const center = {
  members: [
    { id: 'lea', name: 'Léa', roles: ['user'], influence: 0.4 },
    { id: 'marc', name: 'Marc', roles: ['buyer'], influence: 0.3 },
    { id: 'ines', name: 'Inès', roles: ['decider', 'approver'], influence: 0.8 },
  ],
} as const;
const byMember = perceivedRiskByMember(center, { profile });
console.log('\nAcross the buying center (each role weighs the dimensions its own way):');
for (const m of byMember.members)
  console.log(
    `  ${m.id.padEnd(5)} ${f.number(m.score, 3)} (${label('riskLevel', m.level, lang)}), drivers ${f.list(m.drivers.map((d) => label('dimension', d, lang)))}`,
  );
console.log(`  ${explain(byMember, lang)}`);
check(byMember.members[0]?.level === 'high', 'the user, who fears performance, perceives a high risk');
