// What src/risk builds once per module load and then shares: the reasons that depend only on
// a set of dimensions (cached in assess.ts), the reducer-id schema and the currency pattern
// of the fast check. A mutant of them is switched on at run time, after the module has built
// them; so each test here loads the module anew (`vi.resetModules`) and builds them itself.
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

describe('the reasons built once per set of dimensions', () => {
  it('join the given and the left-out dimensions with commas, in table order', async () => {
    const { assessRisk } = await freshRisk();
    const { reasons } = assessRisk({
      dimensions: {
        social: { uncertainty: 0.5, consequence: 0.5 },
        financial: { uncertainty: 0.5, consequence: 0.5 },
      },
    });
    expect(reasons.map((r) => r.message)).toEqual([
      'Given explicitly: financial, social.',
      'Not assessed (neither given nor derived), left out of the score: performance, delivery, supplier, after-sales, currency.',
    ]);
  });

  it('include no not-assessed reason when all seven dimensions are assessed', async () => {
    const { assessRisk, RISK_DIMENSIONS } = await freshRisk();
    const all = Object.fromEntries(RISK_DIMENSIONS.map((d) => [d, { uncertainty: 0.5, consequence: 0.5 }]));
    const risk = assessRisk({ dimensions: all });
    expect(risk.notAssessed).toEqual([]);
    expect(risk.reasons.map((r) => r.code)).toEqual(['given']);
  });
});

describe('the reducer ids in the schema', () => {
  it('accepts applied reducers on the schema’s path (with a situation) and applies them', async () => {
    const { assessRisk } = await freshRisk();
    const risk = assessRisk({
      dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } },
      appliedReducers: ['buffer-stock'],
      situation,
    });
    expect(risk.score).toBeCloseTo(0.2, 12);
  });

  it('refuses an unknown reducer id at its index', async () => {
    const { assessRisk } = await freshRisk();
    const error = thrown(() =>
      assessRisk({
        dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } },
        appliedReducers: ['warranty', 'prayer'],
      } as unknown as Risk.RiskInput),
    );
    expect(error).toMatchObject({
      name: 'BuygridInputError',
      issues: [{ path: 'appliedReducers[1]', received: '"prayer"' }],
    });
  });
});

describe('the currency pattern of the fast check', () => {
  it.each([
    ['one letter each', 'E', 'U'],
    ['lower case', 'eur', 'usd'],
  ])('refuses codes of %s for both buyer and supplier', async (_, buyer, supplier) => {
    const { assessRisk } = await freshRisk();
    const expected = 'an ISO 4217 currency code, as "EUR"';
    expect(
      thrown(() => assessRisk({ profile: { supplierRelationship: 'new', currency: { buyer, supplier } } })),
    ).toMatchObject({
      name: 'BuygridInputError',
      issues: [
        { path: 'profile.currency.buyer', expected },
        { path: 'profile.currency.supplier', expected },
      ],
    });
  });
});
