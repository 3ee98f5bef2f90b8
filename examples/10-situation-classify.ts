// Classify five textbook purchases — what kind of purchase each is, how much it matters,
// who buys — and print what an in-supplier and an out-supplier should do.
import { explain, label, say } from 'buygrid/explain';
import { lang } from './lib/locale.js';
import { classifySituation, recommendApproach, type PurchaseSituation, type SituationInput } from 'buygrid/situation';

interface Case {
  readonly name: string;
  readonly input: SituationInput;
  readonly expected: Pick<PurchaseSituation, 'buyclass' | 'quadrant' | 'importance' | 'regime'>;
}

const cases: readonly Case[] = [
  {
    name: 'Office supplies, re-ordered from the usual stationer',
    input: {
      buyclass: {
        purchasedBefore: true,
        specificationChanged: false,
        satisfiedWithIncumbent: true,
        consideringNewSuppliers: false,
        problemNovelty: 'low',
        informationNeed: 'low',
      },
      portfolio: { profitImpact: 0.1, supplyRisk: 0.1 },
      organization: { type: 'company', employees: 40 },
    },
    expected: { buyclass: 'straight-rebuy', quadrant: 'non-critical', importance: 'banal', regime: 'private' },
  },
  {
    name: 'Packaging, bought before, with a changed specification',
    input: {
      buyclass: {
        purchasedBefore: true,
        specificationChanged: true,
        consideringNewSuppliers: true,
        problemNovelty: 'medium',
      },
      portfolio: { volume: 0.8, costShare: 0.6, qualityImpact: 0.5, scarcity: 0.2, supplierConcentration: 0.3 },
      organization: { type: 'company', employees: 180 },
    },
    expected: { buyclass: 'modified-rebuy', quadrant: 'leverage', importance: 'banal', regime: 'private' },
  },
  {
    name: 'A first ERP system',
    input: {
      buyclass: {
        purchasedBefore: false,
        consideringNewSuppliers: true,
        problemNovelty: 'high',
        informationNeed: 'high',
      },
      portfolio: { profitImpact: 0.8, supplyRisk: 0.7 },
      organization: { type: 'company', employees: 600 },
    },
    expected: { buyclass: 'new-task', quadrant: 'strategic', importance: 'strategic', regime: 'private' },
  },
  {
    name: 'A sole-source electronic component',
    input: {
      buyclass: {
        purchasedBefore: true,
        specificationChanged: false,
        satisfiedWithIncumbent: true,
        consideringNewSuppliers: false,
      },
      portfolio: { costShare: 0.2, volume: 0.3, scarcity: 0.9, supplierConcentration: 1, substitutionDifficulty: 0.8 },
      organization: { type: 'company', employees: 250 },
    },
    expected: { buyclass: 'straight-rebuy', quadrant: 'bottleneck', importance: 'strategic', regime: 'private' },
  },
  {
    name: "A municipality's new vehicle fleet",
    input: {
      buyclass: {
        purchasedBefore: true,
        specificationChanged: true,
        satisfiedWithIncumbent: false,
        informationNeed: 'medium',
      },
      portfolio: { profitImpact: 0.6, supplyRisk: 0.3 },
      organization: { type: 'public-body', employees: 2000 },
    },
    expected: { buyclass: 'modified-rebuy', quadrant: 'leverage', importance: 'banal', regime: 'public-tender' },
  },
];

for (const { name, input, expected } of cases) {
  const situation = classifySituation(input);
  console.log(`\n${name}`);
  console.log(`  ${explain(situation, lang)}`);
  for (const reason of situation.reasons.slice(0, 3)) console.log(`    · ${say(reason, lang)}`);
  for (const [key, value] of Object.entries(expected)) {
    if (situation[key as keyof typeof expected] !== value) {
      throw new Error(
        `${name}: expected ${key} ${String(value)}, got ${String(situation[key as keyof typeof expected])}`,
      );
    }
  }
  for (const position of ['in-supplier', 'out-supplier'] as const) {
    const approach = recommendApproach(situation, { position });
    console.log(`  ${label('supplierPosition', position, lang)}:`);
    console.log(`    ${explain(approach, lang).replaceAll('\n', '\n    ')}`);
  }
}

const erp = classifySituation({ buyclass: 'new-task' });
const first = recommendApproach(erp, { position: 'out-supplier' }).actions[0];
if (first?.code !== 'get-in-early') throw new Error('a new task starts upstream, before the specification');
// An action's reason, with its source, is the reason `approach` of buygrid/prospect: `say` words it too.
const why = { code: 'approach', params: { action: first.code }, message: first.reason };
console.log(`\nIn a new task, first of all: ${say(first, lang)}\n  (${say(why, lang)})`);
