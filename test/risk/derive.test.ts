import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/risk/assess.js';
import type { RiskDimension } from '../../src/risk/dimensions.js';
import type { RiskProfile } from '../../src/risk/profile.js';

function dimension(
  profile: RiskProfile,
  d: RiskDimension,
): { uncertainty: number; consequence: number; risk: number } | undefined {
  return assessRisk({ profile }).dimensions.find((x) => x.dimension === d);
}

describe('deriving dimensions from the profile (hand-computed)', () => {
  it.each<[RiskDimension, RiskProfile, number, number]>([
    // new supplier 0.5 + buyclass unknown 0.1; importance unknown 0.5
    ['performance', { supplierRelationship: 'new' }, 0.6, 0.5],
    // + switching from a competitor 0.2 + new task 0.2; strategic 0.8
    [
      'performance',
      { supplierRelationship: 'new', buysFromCompetitor: true, buyclass: 'new-task', importance: 'strategic' },
      0.9,
      0.8,
    ],
    ['supplier', { supplierRelationship: 'new' }, 0.6, 0.45],
    ['supplier', { supplierRelationship: 'incumbent', importance: 'banal' }, 0.1, 0.2],
    ['social', { supplierRelationship: 'new' }, 0.2, 0.4],
    ['social', { supplierRelationship: 'known', buysFromCompetitor: true, importance: 'strategic' }, 0.4, 0.6],
    ['delivery', { supplierRelationship: 'known', leadTimeCritical: true }, 0.3, 0.8],
    ['delivery', { supplierRelationship: 'incumbent', leadTimeCritical: false }, 0.1, 0.2],
    ['after-sales', { supplierRelationship: 'incumbent', afterSalesDependency: 'moderate' }, 0.1, 0.5],
    ['after-sales', { supplierRelationship: 'new', afterSalesDependency: 'high' }, 0.5, 0.8],
    // currencies differ 0.5; budget share unknown 0.5
    ['currency', { supplierRelationship: 'new', currency: { buyer: 'EUR', supplier: 'USD' } }, 0.5, 0.5],
    // same currency: no uncertainty; budget share 0.5 → 0.2 + 0.8 × 0.5
    [
      'currency',
      { supplierRelationship: 'new', currency: { buyer: 'EUR', supplier: 'EUR' }, budgetShare: 0.5 },
      0,
      0.6,
    ],
    // new supplier 0.1 + new task 0.4; 0.2 + 0.8 × 0.25
    ['financial', { supplierRelationship: 'new', buyclass: 'new-task', budgetShare: 0.25 }, 0.5, 0.4],
    ['financial', { supplierRelationship: 'incumbent', buyclass: 'straight-rebuy', budgetShare: 0 }, 0.05, 0.2],
    ['financial', { supplierRelationship: 'known', budgetShare: 1 }, 0.2, 1],
  ])('derives %s from %j', (d, profile, uncertainty, consequence) => {
    const got = dimension(profile, d);
    expect(got?.uncertainty).toBeCloseTo(uncertainty, 12);
    expect(got?.consequence).toBeCloseTo(consequence, 12);
    expect(got?.risk).toBeCloseTo(uncertainty * consequence, 12);
  });

  it('leaves out a dimension whose question was not answered', () => {
    const risk = assessRisk({ profile: { supplierRelationship: 'new' } });
    expect(risk.dimensions.map((d) => d.dimension)).toEqual(['performance', 'supplier', 'social']);
    expect(risk.notAssessed).toEqual(['financial', 'delivery', 'after-sales', 'currency']);
    expect(risk.reasons.find((r) => r.code === 'not-assessed')?.dimensions).toEqual(risk.notAssessed);
  });

  it('says which answer raised which dimension', () => {
    const risk = assessRisk({ profile: { supplierRelationship: 'new', leadTimeCritical: true } });
    const relationship = risk.reasons.find((r) => r.code === 'supplier-relationship');
    expect(relationship?.dimensions).toEqual(['performance', 'delivery', 'supplier', 'social']);
    expect(relationship?.message).toBe(
      'The supplier is new to the buyer: adds to the uncertainty of performance, delivery, supplier, social.',
    );
    expect(risk.reasons.find((r) => r.code === 'lead-time-critical')?.message).toBe(
      'Lead times are critical: adds to the consequence of delivery.',
    );
  });

  it('gives no reason for an answer that raised nothing assessed', () => {
    const risk = assessRisk({
      profile: {
        supplierRelationship: 'incumbent',
        buysFromCompetitor: false,
        currency: { buyer: 'EUR', supplier: 'EUR' },
      },
    });
    expect(risk.reasons.map((r) => r.code)).not.toContain('buys-from-competitor');
    expect(risk.reasons.map((r) => r.code)).not.toContain('currency');
  });

  it('tells a known budget share from an assumed one', () => {
    const share = (budgetShare?: number): string | undefined =>
      assessRisk({
        profile: {
          supplierRelationship: 'new',
          currency: { buyer: 'EUR', supplier: 'USD' },
          ...(budgetShare === undefined ? {} : { budgetShare }),
        },
      }).reasons.find((r) => r.code === 'budget-share')?.message;
    expect(share()).toBe('The budget share is not known (a middle value is assumed): consequence of currency 0.5.');
    expect(share(0.25)).toBe('The purchase takes 25% of the budget: consequence of financial 0.4, currency 0.4.');
  });
});
