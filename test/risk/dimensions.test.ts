import { describe, expect, it } from 'vitest';
import { RISK_DIMENSIONS, RISK_DIMENSION_MAPPING, RISK_WEIGHTS } from '../../src/risk/dimensions.js';

describe('RISK_DIMENSIONS', () => {
  it('lists the seven dimensions of the contract, in order', () => {
    expect(RISK_DIMENSIONS).toEqual([
      'financial',
      'performance',
      'delivery',
      'supplier',
      'after-sales',
      'currency',
      'social',
    ]);
  });

  it('maps every dimension to at least one component of the literature, with sources', () => {
    for (const d of RISK_DIMENSIONS) {
      expect(RISK_DIMENSION_MAPPING[d].literature.length).toBeGreaterThan(0);
      expect(RISK_DIMENSION_MAPPING[d].sources.length).toBeGreaterThan(0);
    }
  });

  it('covers every component of Jacoby & Kaplan and time', () => {
    const covered = new Set(RISK_DIMENSIONS.flatMap((d) => RISK_DIMENSION_MAPPING[d].literature));
    expect([...covered].sort()).toEqual(['financial', 'performance', 'physical', 'psychological', 'social', 'time']);
  });
});

describe('RISK_WEIGHTS', () => {
  it('gives every dimension a positive default weight, summing to 1', () => {
    const sum = RISK_DIMENSIONS.reduce((s, d) => s + RISK_WEIGHTS[d], 0);
    expect(sum).toBeCloseTo(1, 12);
    for (const d of RISK_DIMENSIONS) expect(RISK_WEIGHTS[d]).toBeGreaterThan(0);
  });
});
