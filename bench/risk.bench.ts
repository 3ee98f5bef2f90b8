// The perceived-risk calculator against the bare formula written by hand: the price of
// validation, the profile's derivation, reasons, ranked reducers and frozen results.
// Run: npx vitest bench --run --config vitest.bench.config.ts bench/risk.bench.ts
import { bench, describe } from 'vitest';
import { assessRisk } from '../src/risk/index.js';

const dimensions = {
  performance: { uncertainty: 0.6, consequence: 0.8 },
  delivery: { uncertainty: 0.5, consequence: 0.4 },
  supplier: { uncertainty: 0.3, consequence: 0.7 },
} as const;
const WEIGHTS = { performance: 0.25, delivery: 0.15, supplier: 0.15 } as const;

/** The formula alone: Σ w·u·c / Σ w, no validation, no explanation. */
function handWritten(input: typeof dimensions): number {
  let sum = 0;
  let total = 0;
  for (const key of Object.keys(input) as (keyof typeof dimensions)[]) {
    const d = input[key];
    sum += WEIGHTS[key] * d.uncertainty * d.consequence;
    total += WEIGHTS[key];
  }
  return sum / total;
}

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

describe('assessRisk, three explicit dimensions', () => {
  bench('baseline: hand-written formula', () => {
    handWritten(dimensions);
  });
  bench('buygrid: assessRisk({ dimensions })', () => {
    assessRisk({ dimensions });
  });
});

describe('assessRisk, a full profile (seven derived dimensions)', () => {
  bench('baseline: hand-written formula', () => {
    handWritten(dimensions);
  });
  bench('buygrid: assessRisk({ profile })', () => {
    assessRisk({ profile });
  });
});
