// The zod/mini schemas of the risk input (src/risk/schema.ts, profile.ts, bands.ts) on the
// path that reaches them: an input with a `situation`, which the fast check always leaves to
// the schema, a `whatIf` change, and `riskLevel`'s bands. What they accept must be accepted,
// and their refusals are part of the API.
//
// Each schema is built once, on first use (src/_lib/lazy.ts). A mutation run counts a schema's
// construction as covered by whichever test first builds it, and runs only that test against
// a mutant of it; so each test here loads the module anew (`vi.resetModules`) and builds the
// schemas it checks itself.
import { describe, expect, it } from 'vitest';
import type * as Risk from '../../src/risk/index.js';
import type { PurchaseSituation } from '../../src/situation/schema.js';
import { thrown } from '../_lib/thrown.js';
import { freshRisk } from './fresh.js';

const situation: PurchaseSituation = {
  buyclass: 'straight-rebuy',
  importance: 'banal',
  organization: { type: 'company' },
  regime: 'private',
  reasons: [],
};

describe('the input schema (an input with a situation)', () => {
  it('accepts explicit dimensions and uses them', async () => {
    const { assessRisk } = await freshRisk();
    const risk = assessRisk({ dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } }, situation });
    expect(risk.dimensions.map((d) => [d.dimension, d.risk, d.source])).toEqual([['delivery', 0.4, 'given']]);
    expect(risk.score).toBe(0.4);
  });

  it.each(['incumbent', 'known', 'new'] as const)(
    'accepts a full profile with a supplier %s, currencies and after-sales dependency',
    async (supplierRelationship) => {
      const { assessRisk } = await freshRisk();
      const risk = assessRisk({
        profile: {
          supplierRelationship,
          currency: { buyer: 'EUR', supplier: 'USD' },
          afterSalesDependency: 'high',
          leadTimeCritical: true,
          budgetShare: 0.5,
        },
        situation,
      });
      expect(risk.notAssessed).toEqual([]);
      expect(risk.reasons.find((r) => r.code === 'supplier-relationship')?.params).toMatchObject({
        answer: supplierRelationship,
      });
      // a different currency adds 0.5 to its uncertainty; the budget share sets its consequence
      expect(risk.dimensions.find((d) => d.dimension === 'currency')).toMatchObject({
        uncertainty: 0.5,
        consequence: 0.2 + 0.8 * 0.5,
      });
      expect(risk.dimensions.find((d) => d.dimension === 'after-sales')?.consequence).toBe(0.8);
    },
  );

  it.each([
    [
      'an unknown relationship',
      { supplierRelationship: 'habitual' },
      'profile.supplierRelationship',
      'one of "incumbent" | "known" | "new"',
      '"habitual"',
    ],
    [
      'an unknown after-sales dependency',
      { supplierRelationship: 'new', afterSalesDependency: 'total' },
      'profile.afterSalesDependency',
      'one of "low" | "moderate" | "high"',
      '"total"',
    ],
    [
      'a currency that is not a code',
      { supplierRelationship: 'new', currency: { buyer: 'EUR', supplier: 'dollar' } },
      'profile.currency.supplier',
      'an ISO 4217 currency code, as "EUR"',
      '"dollar"',
    ],
  ])('refuses %s in the profile, with the schema’s words', async (_, profile, path, expected, received) => {
    const { assessRisk } = await freshRisk();
    expect(thrown(() => assessRisk({ profile, situation } as Risk.RiskInput))).toMatchObject({
      name: 'BuygridInputError',
      issues: [{ path, expected, received }],
    });
  });

  it('says that the situation alone changes nothing', async () => {
    const { assessRisk } = await freshRisk();
    const risk = assessRisk({ dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } }, situation });
    expect(risk.reasons.find((r) => r.code === 'situation-without-profile')).toEqual({
      code: 'situation-without-profile',
      params: {},
      message:
        'The situation only stands in for the profile’s importance and buyclass; without a profile it changes nothing.',
      dimensions: [],
    });
  });

  it('accepts bands and grades the score with them', async () => {
    const { assessRisk } = await freshRisk();
    const risk = assessRisk({
      dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } },
      bands: { moderate: 0.1, high: 0.2, critical: 0.3 },
      situation,
    });
    expect(risk.level).toBe('critical');
  });

  it('lists the reducers that apply, each with its reduction', async () => {
    const { assessRisk } = await freshRisk();
    const risk = assessRisk({ dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } } });
    // delivery alone: buffer stock ×0.5, then a second source and SLA penalties ×0.4, a site visit ×0.25
    expect(risk.reducers.map((r) => [r.id, r.reduction])).toEqual([
      ['buffer-stock', 0.2],
      ['sla-penalties', 0.4 * 0.4],
      ['dual-sourcing', 0.4 * 0.4],
      ['site-visit', 0.25 * 0.4],
    ]);
  });
});

describe('currency codes, on the fast path and in the schema', () => {
  it.each(['EURO', 'xEUR', 'eur', 'E'])('refuses %j as a currency: three capital letters only', async (code) => {
    const { assessRisk } = await freshRisk();
    expect(
      thrown(() =>
        assessRisk({ profile: { supplierRelationship: 'new', currency: { buyer: code, supplier: 'USD' } } }),
      ),
    ).toMatchObject({
      name: 'BuygridInputError',
      issues: [{ path: 'profile.currency.buyer', expected: 'an ISO 4217 currency code, as "EUR"' }],
    });
  });
});

describe('riskLevel’s bands', () => {
  it('accepts ascending bands', async () => {
    const { riskLevel } = await freshRisk();
    expect(riskLevel(0.25, { moderate: 0.1, high: 0.2, critical: 0.3 })).toBe('high');
  });

  it.each([
    ['moderate above high', { moderate: 0.4, high: 0.3, critical: 0.6 }],
    ['high above critical', { moderate: 0.1, high: 0.5, critical: 0.3 }],
  ])('refuses bands with %s, saying thresholds must ascend', async (_, bands) => {
    const { riskLevel } = await freshRisk();
    expect(thrown(() => riskLevel(0.2, bands))).toMatchObject({
      name: 'BuygridInputError',
      issues: [{ path: 'bands', expected: 'ascending thresholds (moderate ≤ high ≤ critical)', received: 'an object' }],
    });
  });
});

describe('the change schema of whatIf', () => {
  it('accepts one component of a dimension and one threshold', async () => {
    const { whatIf } = await freshRisk();
    const input = {
      dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } },
      bands: { moderate: 0.05, high: 0.1, critical: 0.9 },
    };
    const { after } = whatIf(input, { dimensions: { delivery: { consequence: 0.4 } }, bands: { critical: 0.15 } });
    expect([after.score, after.level]).toEqual([0.2, 'critical']);
  });
});
