import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/risk/assess.js';
import { RISK_REDUCERS } from '../../src/risk/reducers.js';
import type { PurchaseSituation } from '../../src/situation/schema.js';

const fullProfile = {
  supplierRelationship: 'new',
  buysFromCompetitor: true,
  leadTimeCritical: true,
  currency: { buyer: 'EUR', supplier: 'USD' },
  afterSalesDependency: 'high',
  importance: 'strategic',
  buyclass: 'new-task',
  budgetShare: 0.3,
} as const;

const situation: PurchaseSituation = {
  buyclass: 'straight-rebuy',
  importance: 'banal',
  organization: { type: 'company' },
  regime: 'private',
  reasons: [],
};

describe('assessRisk: the aggregate (hand-computed)', () => {
  it('weighs two given dimensions by the default weights, normalized over those assessed', () => {
    const risk = assessRisk({
      dimensions: {
        performance: { uncertainty: 0.6, consequence: 0.8 },
        delivery: { uncertainty: 0.5, consequence: 0.4 },
      },
    });
    // weights 0.25 and 0.15 → 0.625 and 0.375; risks 0.48 and 0.2
    expect(risk.dimensions.map((d) => d.dimension)).toEqual(['performance', 'delivery']);
    expect(risk.dimensions[0]?.weight).toBeCloseTo(0.625, 12);
    expect(risk.dimensions[0]?.contribution).toBeCloseTo(0.625 * 0.48, 12);
    expect(risk.dimensions[1]?.weight).toBeCloseTo(0.375, 12);
    expect(risk.dimensions[1]?.contribution).toBeCloseTo(0.375 * 0.2, 12);
    expect(risk.score).toBeCloseTo(0.375, 12);
    expect(risk.level).toBe('high');
    expect(risk.drivers).toEqual(['performance']);
  });

  it('assesses a full profile for a new supplier: 0.428, high', () => {
    const risk = assessRisk({ profile: fullProfile });
    // financial 0.5×0.44, performance 0.9×0.8, delivery 0.5×0.8, supplier 0.6×0.7,
    // after-sales 0.5×0.8, currency 0.5×0.44, social 0.5×0.6, default weights
    const expected = 0.2 * 0.22 + 0.25 * 0.72 + 0.15 * 0.4 + 0.15 * 0.42 + 0.1 * 0.4 + 0.05 * 0.22 + 0.1 * 0.3;
    expect(risk.score).toBeCloseTo(expected, 12);
    expect(risk.score).toBeCloseTo(0.428, 12);
    expect(risk.level).toBe('high');
    expect(risk.notAssessed).toEqual([]);
    expect(risk.drivers).toEqual(['performance', 'supplier']);
    expect(risk.dimensions.every((d) => d.source === 'profile')).toBe(true);
  });

  it('assesses the same purchase with the incumbent much lower: 0.1367, low', () => {
    const risk = assessRisk({
      profile: { ...fullProfile, supplierRelationship: 'incumbent', buysFromCompetitor: false },
    });
    const expected =
      0.2 * 0.4 * 0.44 +
      0.25 * 0.3 * 0.8 +
      0.15 * 0.1 * 0.8 +
      0.15 * 0.1 * 0.7 +
      0.1 * 0.1 * 0.8 +
      0.05 * 0.22 +
      0.1 * 0 * 0.6;
    expect(risk.score).toBeCloseTo(expected, 12);
    expect(risk.level).toBe('low');
  });

  it('takes given weights over the defaults, and drops a dimension weighing 0', () => {
    const dimensions = {
      financial: { uncertainty: 1, consequence: 0.5 },
      social: { uncertainty: 0.2, consequence: 1 },
    };
    expect(assessRisk({ dimensions, weights: { financial: 3, social: 1 } }).score).toBeCloseTo((3 * 0.5 + 0.2) / 4, 12);
    expect(assessRisk({ dimensions, weights: { financial: 0 } }).score).toBeCloseTo(0.2, 12);
  });

  it('uses given bands for the levels of the score and of each dimension', () => {
    const risk = assessRisk({
      dimensions: { social: { uncertainty: 0.5, consequence: 0.2 } },
      bands: { moderate: 0.01, high: 0.05, critical: 0.1 },
    });
    expect([risk.level, risk.dimensions[0]?.level]).toEqual(['critical', 'critical']);
  });

  it('gives no drivers and no reducers when nothing is at risk', () => {
    const risk = assessRisk({ dimensions: { performance: { uncertainty: 0, consequence: 1 } } });
    expect([risk.score, risk.drivers, risk.reducers]).toEqual([0, [], []]);
  });
});

describe('assessRisk: explicit values, profile and situation', () => {
  it('lets an explicit dimension win over the derived one, and says so', () => {
    const risk = assessRisk({
      profile: { supplierRelationship: 'new' },
      dimensions: { supplier: { uncertainty: 0.1, consequence: 0.1 } },
    });
    expect(risk.dimensions.find((d) => d.dimension === 'supplier')).toMatchObject({
      uncertainty: 0.1,
      consequence: 0.1,
      source: 'given',
    });
    expect(risk.reasons.find((r) => r.code === 'given')?.message).toBe(
      'Given explicitly (overriding the profile): supplier.',
    );
    expect(risk.reasons.find((r) => r.code === 'supplier-relationship')?.dimensions).not.toContain('supplier');
  });

  it('takes importance and buyclass from the situation when the profile does not answer them', () => {
    const risk = assessRisk({ profile: { supplierRelationship: 'known' }, situation });
    const performance = risk.dimensions.find((d) => d.dimension === 'performance');
    expect([performance?.uncertainty, performance?.consequence]).toEqual([0.3, 0.3]);
    expect(risk.reasons.find((r) => r.code === 'situation')?.message).toBe(
      'Taken from the purchase situation: importance banal, buyclass straight-rebuy.',
    );
  });

  it('lets the profile’s answers win over the situation, and says so', () => {
    const risk = assessRisk({
      profile: { supplierRelationship: 'known', importance: 'strategic', buyclass: 'straight-rebuy' },
      situation,
    });
    expect(risk.dimensions.find((d) => d.dimension === 'performance')?.consequence).toBe(0.8);
    expect(risk.reasons.find((r) => r.code === 'profile-over-situation')?.message).toBe(
      'The profile’s answer wins over the situation: importance strategic (the situation says banal).',
    );
    expect(risk.reasons.map((r) => r.code)).not.toContain('situation');
  });

  it('says that a situation without a profile changes nothing', () => {
    const dimensions = { financial: { uncertainty: 0.5, consequence: 0.5 } };
    const risk = assessRisk({ dimensions, situation });
    expect(risk.score).toBe(assessRisk({ dimensions }).score);
    expect(risk.reasons.map((r) => r.code)).toContain('situation-without-profile');
  });

  it('reads a situation without importance', () => {
    const { importance: _, ...withoutImportance } = situation;
    const risk = assessRisk({ profile: { supplierRelationship: 'new' }, situation: withoutImportance });
    expect(risk.reasons.find((r) => r.code === 'situation')?.message).toBe(
      'Taken from the purchase situation: buyclass straight-rebuy.',
    );
  });
});

describe('assessRisk: reducers', () => {
  const input = { profile: fullProfile };

  it('lists the reducers that apply, ranked by expected reduction', () => {
    const { reducers } = assessRisk(input);
    expect(reducers.slice(0, 3).map((r) => r.id)).toEqual(['trial', 'warranty', 'references']);
    // trial cuts the uncertainty of performance and after-sales by 40 %
    expect(reducers[0]?.reduction).toBeCloseTo(0.4 * (0.25 * 0.72 + 0.1 * 0.4), 12);
    for (let i = 1; i < reducers.length; i++)
      expect(reducers[i - 1]?.reduction).toBeGreaterThanOrEqual(reducers[i]?.reduction ?? 0);
  });

  // What reduces a new buyer's uncertainty — asking for referees, a trial purchase, extended
  // search — belongs to new buys (The Marketing Book, 5th ed., ch. 7, p. 149); the habitual
  // supplier does not offer references (domain review U14).
  it.each([
    ['new', ['references', 'trial', 'site-visit'], []],
    ['known', ['trial'], ['references', 'site-visit']],
    ['incumbent', [], ['references', 'trial', 'site-visit']],
  ] as const)(
    'offers a supplier %s to the buyer the newcomer’s reducers %j and not %j',
    (supplierRelationship, offered, withheld) => {
      const ids = assessRisk({
        profile: { ...fullProfile, supplierRelationship, buysFromCompetitor: false },
      }).reducers.map((r) => r.id);
      for (const id of offered) expect(ids).toContain(id);
      for (const id of withheld) expect(ids).not.toContain(id);
      // What limits the consequence applies whoever the supplier is.
      expect(ids).toContain('warranty');
    },
  );

  it('offers every reducer when the relationship is not known (no profile)', () => {
    const ids = assessRisk({
      dimensions: {
        performance: { uncertainty: 0.5, consequence: 0.5 },
        supplier: { uncertainty: 0.5, consequence: 0.5 },
      },
    }).reducers.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['references', 'trial', 'site-visit']));
  });

  it('names a findable source for every reducer, never a bare seed number', () => {
    for (const reducer of Object.values(RISK_REDUCERS)) {
      expect(reducer.source).not.toMatch(/seed \d/i);
      expect(reducer.source).toMatch(/\(|buygrid/);
    }
  });

  it('leaves out reducers on dimensions not assessed, and those already applied', () => {
    const ids = assessRisk({
      dimensions: { currency: { uncertainty: 0.5, consequence: 0.5 } },
      appliedReducers: ['currency-hedge'],
    }).reducers.map((r) => r.id);
    expect(ids).toEqual(['buyer-currency-pricing']);
  });

  it('re-evaluates with applied reducers, compounding on one component, and says what each did', () => {
    const risk = assessRisk({
      dimensions: { currency: { uncertainty: 0.5, consequence: 0.5 } },
      appliedReducers: ['currency-hedge', 'currency-hedge', 'trial'],
    });
    expect(risk.dimensions[0]?.consequence).toBeCloseTo(0.15, 12);
    expect(risk.score).toBeCloseTo(0.075, 12);
    expect(risk.reasons.filter((r) => r.code === 'reducer-applied').map((r) => r.message)).toEqual([
      'Applied a currency hedge (forward contract) (currency-hedge): consequence of currency × 0.3.',
      'Applied a trial order or a pilot (trial): no assessed dimension is concerned.',
    ]);
  });

  it('removes the currency risk when the supplier prices in the buyer’s currency', () => {
    expect(
      assessRisk({
        dimensions: { currency: { uncertainty: 0.9, consequence: 0.9 } },
        appliedReducers: ['buyer-currency-pricing'],
      }).score,
    ).toBe(0);
  });
});

describe('assessRisk: bad input', () => {
  it.each([
    [
      {},
      '(root): expected at least one dimension, given in `dimensions` or derived from a `profile`, received an object',
    ],
    [{ dimensions: {} }, '(root): expected at least one dimension'],
    [
      { dimensions: { social: { uncertainty: 2, consequence: 0.5 } } },
      'dimensions.social.uncertainty: expected a number in [0, 1], received 2',
    ],
    [
      { dimensions: { social: { uncertainty: 0.5 } } },
      'dimensions.social.consequence: expected a finite number, received undefined',
    ],
    [
      { dimensions: { legal: { uncertainty: 0.5, consequence: 0.5 } } },
      'dimensions.legal: expected no such field (not part of this input), received an object',
    ],
    [
      { profile: { supplierRelationship: 'habitual' } },
      'profile.supplierRelationship: expected one of "incumbent" | "known" | "new", received "habitual"',
    ],
    [
      { profile: { supplierRelationship: 'new', currency: { buyer: 'euro', supplier: 'USD' } } },
      'profile.currency.buyer: expected an ISO 4217 currency code, as "EUR", received "euro"',
    ],
    [
      { profile: { supplierRelationship: 'new', budgetShare: Number.NaN } },
      'profile.budgetShare: expected a finite number, received NaN',
    ],
    [
      { dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } }, weights: { social: -1 } },
      'weights.social: expected a finite number ≥ 0, received -1',
    ],
    [
      { dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } }, weights: { social: 0 } },
      'weights: expected a weight > 0 on at least one assessed dimension, received an object',
    ],
    [
      { dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } }, appliedReducers: ['prayer'] },
      'appliedReducers[0]: expected one of',
    ],
    [
      JSON.parse('{"profile":{"supplierRelationship":"new"},"__proto__":{}}') as unknown,
      '__proto__: expected no such field',
    ],
    [null, '(root): expected an object, received null'],
  ])('refuses %j', (input, message) => {
    expect(() => assessRisk(input as never)).toThrow(message);
  });
});

describe('assessRisk: the result', () => {
  it('is deeply frozen plain data that survives a JSON round trip', () => {
    const risk = assessRisk({ profile: fullProfile, appliedReducers: ['warranty'] });
    expect(
      Object.isFrozen(risk) && Object.isFrozen(risk.dimensions[0]) && Object.isFrozen(risk.reducers[0]?.dimensions),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(risk))).toEqual(risk);
  });
});

describe('RISK_REDUCERS', () => {
  it('is deeply frozen from the start, so results can share its lists', () => {
    expect(
      Object.isFrozen(RISK_REDUCERS) &&
        Object.isFrozen(RISK_REDUCERS.trial) &&
        Object.isFrozen(RISK_REDUCERS.trial.dimensions),
    ).toBe(true);
  });
});
