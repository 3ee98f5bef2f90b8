// What assessRisk says and ranks, pinned where a mutation run found it unchecked: the reasons'
// messages and params (each message lists dimensions in the order of RISK_DIMENSIONS, joined by
// ", "), the drivers at exactly half the score, the ranking of the reducers and the path of a
// refusal. Expected values are worked out by hand from docs/risk.md and the tables.
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/risk/assess.js';
import { RISK_REDUCERS, RISK_REDUCER_IDS, type RiskReducer, type RiskReducerId } from '../../src/risk/reducers.js';
import type { PurchaseSituation } from '../../src/situation/schema.js';
import { thrown } from '../_lib/thrown.js';
import { inputArb } from './arbitraries.js';

const situation: PurchaseSituation = {
  buyclass: 'straight-rebuy',
  importance: 'banal',
  organization: { type: 'company' },
  regime: 'private',
  reasons: [],
};

describe('the given and not-assessed reasons', () => {
  const dimensions = {
    delivery: { uncertainty: 0.5, consequence: 0.4 },
    performance: { uncertainty: 0.6, consequence: 0.8 },
  };

  it('names the given dimensions and those left out, in table order, and nothing else', () => {
    const risk = assessRisk({ dimensions });
    expect(risk.reasons).toEqual([
      {
        code: 'given',
        params: { dimensions: ['performance', 'delivery'], overridingProfile: false },
        message: 'Given explicitly: performance, delivery.',
        dimensions: ['performance', 'delivery'],
      },
      {
        code: 'not-assessed',
        params: { dimensions: ['financial', 'supplier', 'after-sales', 'currency', 'social'] },
        message:
          'Not assessed (neither given nor derived), left out of the score: financial, supplier, after-sales, currency, social.',
        dimensions: ['financial', 'supplier', 'after-sales', 'currency', 'social'],
      },
    ]);
  });

  it('says "overriding the profile" only when a profile is given, whichever comes first', () => {
    const supplier = { supplier: { uncertainty: 0.1, consequence: 0.1 } };
    const profile = { supplierRelationship: 'new' } as const;
    const given = (input: Parameters<typeof assessRisk>[0]) =>
      assessRisk(input).reasons.find((r) => r.code === 'given');
    expect(given({ dimensions: supplier })?.message).toBe('Given explicitly: supplier.');
    expect(given({ dimensions: supplier, profile })?.message).toBe(
      'Given explicitly (overriding the profile): supplier.',
    );
    expect(given({ dimensions: supplier, profile })?.params).toEqual({
      dimensions: ['supplier'],
      overridingProfile: true,
    });
    expect(given({ dimensions: supplier })?.params).toEqual({ dimensions: ['supplier'], overridingProfile: false });
  });

  it('gives no given reason for a profile alone, and no not-assessed reason when all seven are assessed', () => {
    const codes = assessRisk({
      profile: {
        supplierRelationship: 'known',
        leadTimeCritical: false,
        currency: { buyer: 'EUR', supplier: 'EUR' },
        afterSalesDependency: 'low',
        budgetShare: 0.5,
      },
    }).reasons.map((r) => r.code);
    expect(codes).toEqual([
      'supplier-relationship',
      'lead-time-critical',
      'after-sales-dependency',
      'importance',
      'buyclass',
      'budget-share',
    ]);
  });
});

describe('a profile that answers few questions', () => {
  // The example of assessRisk's TSDoc: performance 0.6 × 0.8 (new 0.5 + buyclass unanswered 0.1;
  // strategic 0.8), supplier 0.6 × 0.7, social 0.2 × 0.6; weights 0.25, 0.15, 0.1 over 0.5.
  const risk = () => assessRisk({ profile: { supplierRelationship: 'new', importance: 'strategic' } });

  it('leaves the unanswered dimensions out of the mean', () => {
    expect(risk().notAssessed).toEqual(['financial', 'delivery', 'after-sales', 'currency']);
    expect(risk().dimensions.map((d) => d.dimension)).toEqual(['performance', 'supplier', 'social']);
    expect(risk().score).toBeCloseTo((0.25 * 0.48 + 0.15 * 0.42 + 0.1 * 0.12) / 0.5, 12);
    expect(risk().drivers).toEqual(['performance']);
  });

  it('says the unanswered importance and buyclass are assumed, with the answer "unanswered"', () => {
    const { reasons } = assessRisk({ profile: { supplierRelationship: 'new' } });
    expect(reasons.map((r) => r.code)).toEqual(['supplier-relationship', 'importance', 'buyclass', 'not-assessed']);
    expect(reasons.find((r) => r.code === 'importance')).toMatchObject({
      params: { answer: 'unanswered', uncertainty: [], consequence: ['performance', 'supplier', 'social'] },
      message:
        'The importance of the purchase is not known (a middle value is assumed): adds to the consequence of performance, supplier, social.',
    });
    expect(reasons.find((r) => r.code === 'buyclass')).toMatchObject({
      params: { answer: 'unanswered', uncertainty: ['performance'], consequence: [] },
      message: 'The buyclass is not known (a middle value is assumed): adds to the uncertainty of performance.',
    });
  });
});

describe('the profile and the situation', () => {
  const reasonsOf = (profile: Parameters<typeof assessRisk>[0]['profile']) =>
    assessRisk({ profile, situation }).reasons.filter(
      (r) => r.code === 'situation' || r.code === 'profile-over-situation',
    );

  it('takes what the profile leaves out and says nothing of an answer both give alike', () => {
    expect(reasonsOf({ supplierRelationship: 'known', importance: 'banal' })).toEqual([
      {
        code: 'situation',
        params: { buyclass: 'straight-rebuy' },
        message: 'Taken from the purchase situation: buyclass straight-rebuy.',
        dimensions: [],
      },
    ]);
  });

  it('lets the profile’s buyclass win, and says so', () => {
    const risk = assessRisk({ profile: { supplierRelationship: 'known', buyclass: 'new-task' }, situation });
    // known 0.3 + new-task 0.2
    expect(risk.dimensions.find((d) => d.dimension === 'performance')?.uncertainty).toBeCloseTo(0.5, 12);
    expect(reasonsOf({ supplierRelationship: 'known', buyclass: 'new-task' })).toEqual([
      {
        code: 'situation',
        params: { importance: 'banal' },
        message: 'Taken from the purchase situation: importance banal.',
        dimensions: [],
      },
      {
        code: 'profile-over-situation',
        params: { buyclass: 'new-task', situationBuyclass: 'straight-rebuy' },
        message: 'The profile’s answer wins over the situation: buyclass new-task (the situation says straight-rebuy).',
        dimensions: [],
      },
    ]);
  });

  it('lists both answers that win over the situation', () => {
    expect(reasonsOf({ supplierRelationship: 'known', importance: 'strategic', buyclass: 'new-task' })).toEqual([
      {
        code: 'profile-over-situation',
        params: {
          importance: 'strategic',
          situationImportance: 'banal',
          buyclass: 'new-task',
          situationBuyclass: 'straight-rebuy',
        },
        message:
          'The profile’s answer wins over the situation: importance strategic (the situation says banal), buyclass new-task (the situation says straight-rebuy).',
        dimensions: [],
      },
    ]);
  });
});

describe('an applied reducer', () => {
  it('says which dimensions it cut and by what factor', () => {
    const risk = assessRisk({
      dimensions: {
        performance: { uncertainty: 0.5, consequence: 0.5 },
        'after-sales': { uncertainty: 0.5, consequence: 0.5 },
      },
      appliedReducers: ['trial'],
    });
    expect(risk.reasons.find((r) => r.code === 'reducer-applied')).toEqual({
      code: 'reducer-applied',
      params: { reducer: 'trial', targets: 'uncertainty', dimensions: ['performance', 'after-sales'], factor: 0.6 },
      message: 'Applied a trial order or a pilot (trial): uncertainty of performance, after-sales × 0.6.',
      dimensions: ['performance', 'after-sales'],
    });
    expect(risk.dimensions.map((d) => d.uncertainty)).toEqual([0.3, 0.3]);
  });
});

describe('drivers', () => {
  it('stop at exactly half the score; of equal contributions, the first in table order', () => {
    // delivery and supplier weigh 0.15 each: contributions 0.125 each, score 0.25
    const risk = assessRisk({
      dimensions: {
        supplier: { uncertainty: 0.5, consequence: 0.5 },
        delivery: { uncertainty: 0.5, consequence: 0.5 },
      },
    });
    expect(risk.score).toBe(0.25);
    expect(risk.drivers).toEqual(['delivery']);
  });
});

describe('the reducers that apply', () => {
  it('are ranked by reduction, whatever their place in the table', () => {
    // supplier 0.5 × 0.2 and delivery 0.5 × 0.6, weighing half each: contributions 0.05 and 0.15
    const { reducers } = assessRisk({
      dimensions: {
        supplier: { uncertainty: 0.5, consequence: 0.2 },
        delivery: { uncertainty: 0.5, consequence: 0.6 },
      },
    });
    expect(reducers.map((r) => r.id)).toEqual([
      'dual-sourcing', // 0.4 × 0.2
      'buffer-stock', // 0.5 × 0.15
      'sla-penalties', // 0.4 × 0.15
      'site-visit', // 0.25 × 0.2
      'references', // 0.3 × 0.05
      'certification', // 0.2 × 0.05
    ]);
    const reductions = [0.08, 0.075, 0.06, 0.05, 0.015, 0.01];
    reducers.forEach((r, i) => {
      expect(r.reduction).toBeCloseTo(reductions[i] ?? Number.NaN, 12);
    });
  });

  test.prop([inputArb])(
    'are those not applied, offered in the relationship and lowering the score, by reduction, ties in table order',
    (input) => {
      const risk = assessRisk(input);
      const contribution = new Map(risk.dimensions.map((d) => [d.dimension, d.contribution]));
      const relationship = input.profile?.supplierRelationship;
      const expected = RISK_REDUCER_IDS.flatMap((id): [RiskReducerId, number][] => {
        const r: RiskReducer = RISK_REDUCERS[id];
        const offered = relationship === undefined || r.relationships?.includes(relationship) !== false;
        const reduction = r.effect * r.dimensions.reduce((s, d) => s + (contribution.get(d) ?? 0), 0);
        return offered && !(input.appliedReducers ?? []).includes(id) && reduction > 0 ? [[id, reduction]] : [];
      });
      // a stable sort: equal reductions keep the table order
      expected.sort((a, b) => b[1] - a[1]);
      expect(risk.reducers.map((r) => r.id)).toEqual(expected.map(([id]) => id));
    },
  );
});

describe('a refusal of the weights', () => {
  it('names the weights field itself', () => {
    const error = thrown(() =>
      assessRisk({ dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } }, weights: { social: 0 } }),
    );
    expect(error.issues).toEqual([
      {
        code: 'invalid-value',
        path: 'weights',
        expected: 'a weight > 0 on at least one assessed dimension',
        received: 'an object',
      },
    ]);
  });
});
