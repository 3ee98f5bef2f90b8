import { describe, expect, it } from 'vitest';
import { whatIf } from '../../src/risk/what-if.js';

const input = {
  profile: { supplierRelationship: 'new', importance: 'strategic', leadTimeCritical: true },
  appliedReducers: ['references'],
} as const;

describe('whatIf', () => {
  it('compares a new supplier with the incumbent, merging the change deeply', () => {
    const { before, after, delta } = whatIf(input, { profile: { supplierRelationship: 'incumbent' } });
    expect(after.reasons.find((r) => r.code === 'lead-time-critical')).toBeDefined();
    expect(after.score).toBeLessThan(before.score);
    expect(delta.score).toBe(after.score - before.score);
    // performance: uncertainty (0.5 + 0.1) × 0.7 → (0.1 + 0.1) × 0.7, consequence 0.8
    expect(delta.dimensions.performance).toBeCloseTo((0.2 - 0.6) * 0.7 * 0.8, 12);
  });

  it('replaces arrays rather than merging them', () => {
    const { after } = whatIf(input, { appliedReducers: ['warranty'] });
    expect(after.reasons.filter((r) => r.code === 'reducer-applied').map((r) => r.message)).toEqual([
      'Applied a warranty (warranty): consequence of performance × 0.6.',
    ]);
  });

  it('changes one component of one dimension and keeps the other', () => {
    const { after, delta } = whatIf(
      { dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } } },
      { dimensions: { delivery: { consequence: 0.4 } } },
    );
    expect(after.dimensions[0]).toMatchObject({ uncertainty: 0.5, consequence: 0.4 });
    expect(delta.dimensions.delivery).toBeCloseTo(-0.2, 12);
  });

  it('reports only the dimensions assessed before and after', () => {
    const { delta } = whatIf(
      { dimensions: { delivery: { uncertainty: 0.5, consequence: 0.8 } } },
      { dimensions: { social: { uncertainty: 1, consequence: 1 } } },
    );
    expect(Object.keys(delta.dimensions)).toEqual(['delivery']);
  });

  it('refuses a bad change under `change` and a merged input that breaks a rule, changing nothing', () => {
    expect(() => whatIf(input, { profile: { budgetShare: 3 } })).toThrow(
      'change.profile.budgetShare: expected a number in [0, 1], received 3',
    );
    expect(() => whatIf(input, { colour: 'red' } as never)).toThrow('change.colour: expected no such field');
    expect(() =>
      whatIf({ ...input, bands: { moderate: 0.1, high: 0.2, critical: 0.3 } }, { bands: { moderate: 0.5 } }),
    ).toThrow('bands: expected ascending thresholds');
    expect(() => whatIf({ dimensions: { delivery: { uncertainty: 0.5 } } } as never, {})).toThrow(
      'dimensions.delivery.consequence',
    );
  });

  it('returns deeply frozen data', () => {
    const result = whatIf(input, {});
    expect(Object.isFrozen(result.delta.dimensions) && Object.isFrozen(result.after.dimensions)).toBe(true);
    expect(result.delta.score).toBe(0);
  });
});
