import { describe, expect, it } from 'vitest';
import { RISK_BANDS, RISK_LEVELS, riskLevel } from '../../src/risk/bands.js';

describe('riskLevel', () => {
  it.each([
    [0, 'low'],
    [0.1499, 'low'],
    [0.15, 'moderate'],
    [0.3499, 'moderate'],
    [0.35, 'high'],
    [0.5999, 'high'],
    [0.6, 'critical'],
    [1, 'critical'],
  ] as const)('puts %f in the %s band (a threshold belongs to the band it opens)', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('follows bands given in place of the defaults', () => {
    const bands = { moderate: 0.05, high: 0.1, critical: 0.2 };
    expect([0.04, 0.05, 0.1, 0.2].map((s) => riskLevel(s, bands))).toEqual(RISK_LEVELS);
  });

  it('refuses a score outside [0, 1] and bands that do not ascend', () => {
    expect(() => riskLevel(1.2)).toThrow('score: expected a number in [0, 1], received 1.2');
    expect(() => riskLevel(Number.NaN)).toThrow('score: expected a finite number, received NaN');
    expect(() => riskLevel(0.2, { moderate: 0.4, high: 0.3, critical: 0.6 })).toThrow(
      'bands: expected ascending thresholds (moderate ≤ high ≤ critical)',
    );
    expect(() => riskLevel(0.2, { ...RISK_BANDS, critical: 2 })).toThrow(
      'bands.critical: expected a number in [0, 1], received 2',
    );
  });
});
