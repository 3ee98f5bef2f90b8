import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isBuygridInputError } from '../../src/_lib/errors.js';
import { classifyPortfolio, isPortfolioInput, portfolioInputSchema, type PortfolioInput } from '../../src/situation/portfolio.js';
import { PORTFOLIO_STRATEGIES, PORTFOLIO_SUBCRITERIA } from '../../src/situation/portfolio-data.js';
import { unitArb } from './arbitraries.js';

describe('classifyPortfolio', () => {
  it.each([
    [0.8, 0.8, 'strategic', 'strategic', 'secure-partnership'],
    [0.8, 0.2, 'leverage', 'strategic', 'exploit-purchasing-power'],
    [0.2, 0.8, 'bottleneck', 'strategic', 'secure-volume'],
    [0.2, 0.2, 'non-critical', 'banal', 'streamline-buying'],
  ] as const)('puts profit impact %d and supply risk %d in the %s quadrant', (profitImpact, supplyRisk, quadrant, importance, code) => {
    const result = classifyPortfolio({ profitImpact, supplyRisk });
    expect(result).toMatchObject({ quadrant, importance, strategy: { code }, profitImpact, supplyRisk, threshold: 0.5 });
    expect(result.strategy).toEqual(PORTFOLIO_STRATEGIES[quadrant]);
  });

  it('counts a value at the threshold as high, and one just below as low', () => {
    expect(classifyPortfolio({ profitImpact: 0.5, supplyRisk: 0.5 }).quadrant).toBe('strategic');
    const below = 0.49999999999999994;
    expect(classifyPortfolio({ profitImpact: below, supplyRisk: below }).quadrant).toBe('non-critical');
  });

  it('takes another threshold', () => {
    expect(classifyPortfolio({ profitImpact: 0.6, supplyRisk: 0.6, threshold: 0.7 }).quadrant).toBe('non-critical');
    expect(classifyPortfolio({ profitImpact: 0, supplyRisk: 0, threshold: 0 }).quadrant).toBe('strategic');
  });

  it('derives each axis as the mean of the sub-criteria given, and says so', () => {
    const result = classifyPortfolio({ volume: 0.9, costShare: 0.5, qualityImpact: 0.7, scarcity: 0.1, storageRisk: 0.3 });
    expect(result.profitImpact).toBeCloseTo(0.7, 12);
    expect(result.supplyRisk).toBeCloseTo(0.2, 12);
    expect(result.reasons).toEqual([
      {
        code: 'profit-impact-high',
        message: 'Profit impact (the mean of volume 0.9, costShare 0.5, qualityImpact 0.7) 0.7 is at or above the threshold 0.5: high.',
      },
      {
        code: 'supply-risk-low',
        message: 'Supply risk (the mean of scarcity 0.1, storageRisk 0.3) 0.2 is below the threshold 0.5: low.',
      },
      {
        code: 'strategic-purchase',
        message: 'A strategic purchase (leverage item): the reliability of the supplier weighs heavily.',
      },
    ]);
  });

  it('mixes a given axis with a derived one', () => {
    const result = classifyPortfolio({ profitImpact: 0.1, scarcity: 1, supplierConcentration: 1, substitutionDifficulty: 0.8, switchingCost: 0.6 });
    expect(result.quadrant).toBe('bottleneck');
    expect(result.reasons.at(-1)?.code).toBe('strategic-purchase');
  });

  it('calls a non-critical item a banal purchase', () => {
    expect(classifyPortfolio({ profitImpact: 0, supplyRisk: 0 }).reasons.at(-1)).toEqual({
      code: 'banal-purchase',
      message: 'A banal purchase (non-critical item): bought for efficiency.',
    });
  });

  it('shows a value in full where rounding would make it equal the threshold', () => {
    expect(classifyPortfolio({ profitImpact: 0.4999, supplyRisk: 0.12345 }).reasons.map((r) => r.message)).toEqual([
      'Profit impact 0.4999 is below the threshold 0.5: low.',
      'Supply risk 0.123 is below the threshold 0.5: low.',
      'A banal purchase (non-critical item): bought for efficiency.',
    ]);
  });

  it('returns deeply frozen results', () => {
    const result = classifyPortfolio({ profitImpact: 1, supplyRisk: 1 });
    expect(Object.isFrozen(result) && Object.isFrozen(result.strategy) && Object.isFrozen(result.reasons[2])).toBe(true);
  });
});

describe('classifyPortfolio on bad input', () => {
  it.each([
    [{ profitImpact: 1.5, supplyRisk: 0 }, 'profitImpact: expected a number in [0, 1], received 1.5'],
    [{ profitImpact: Number.NaN, supplyRisk: 0 }, 'profitImpact: expected a finite number, received NaN'],
    [{ profitImpact: '0.5', supplyRisk: 0 }, 'profitImpact: expected a finite number, received "0.5"'],
    [{ profitImpact: 0.5, supplyRisk: -0.1 }, 'supplyRisk: expected a number in [0, 1], received -0.1'],
    [{ profitImpact: 0.5, supplyRisk: 0.5, threshold: 2 }, 'threshold: expected a number in [0, 1], received 2'],
    [{ profitImpact: 0.5, supplyRisk: 0.5, margin: 2 }, 'margin: expected no such field (not part of this input), received 2'],
    [{ supplyRisk: 0.5 }, 'profitImpact: expected a number in [0, 1], or some of volume, costShare, qualityImpact, growthImpact, received undefined'],
    [
      { profitImpact: 0.5, supplyRisk: 0.5, scarcity: 0.9 },
      'supplyRisk: expected either supplyRisk or its sub-criteria (scarcity, supplierConcentration, substitutionDifficulty, switchingCost, storageRisk), not both, received 0.5 and scarcity 0.9',
    ],
    [[0.5, 0.5], '(root): expected an object, received an array of 2'],
  ])('refuses %j', (input, message) => {
    expect(() => classifyPortfolio(input as PortfolioInput)).toThrow(message);
  });

  it('lists both axes when both are wrong', () => {
    expect(() => classifyPortfolio({})).toThrow(/profitImpact: expected .*\n- supplyRisk: expected/);
  });
});

const subArb = (keys: readonly string[]): fc.Arbitrary<Record<string, number>> =>
  fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1 }).chain((chosen) =>
    fc.tuple(...chosen.map(() => unitArb)).map((values) => Object.fromEntries(chosen.map((k, i) => [k, values[i] ?? 0]))),
  );
const nearMiss = fc.dictionary(
  fc.constantFrom('profitImpact', 'supplyRisk', 'threshold', 'volume', 'scarcity', 'other', '__proto__'),
  fc.oneof(unitArb, fc.double(), fc.constant(undefined), fc.string(), fc.constant(null)),
);

describe('classifyPortfolio properties', () => {
  test.prop([unitArb, unitArb, unitArb])('puts the boundary exactly at the threshold', (profitImpact, supplyRisk, threshold) => {
    const result = classifyPortfolio({ profitImpact, supplyRisk, threshold });
    const high = (v: number): boolean => v >= threshold;
    expect(result.quadrant === 'strategic' || result.quadrant === 'leverage').toBe(high(profitImpact));
    expect(result.quadrant === 'strategic' || result.quadrant === 'bottleneck').toBe(high(supplyRisk));
    expect(classifyPortfolio({ profitImpact: threshold, supplyRisk: threshold, threshold }).quadrant).toBe('strategic');
    expect(result).toEqual(classifyPortfolio({ profitImpact, supplyRisk, threshold }));
  });

  test.prop([subArb(PORTFOLIO_SUBCRITERIA.profitImpact), subArb(PORTFOLIO_SUBCRITERIA.supplyRisk)])(
    'derives each axis in [0, 1] as the mean of its sub-criteria',
    (profit, risk) => {
      const result = classifyPortfolio({ ...profit, ...risk });
      const mean = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0) / Object.values(r).length;
      expect(result.profitImpact).toBeCloseTo(mean(profit), 12);
      expect(result.supplyRisk).toBeCloseTo(mean(risk), 12);
      expect(result.profitImpact >= 0 && result.profitImpact <= 1 && result.supplyRisk >= 0 && result.supplyRisk <= 1).toBe(true);
    },
  );

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])('fast path accepts only what the schema accepts unchanged', (value) => {
    if (isPortfolioInput(value)) {
      const parsed = portfolioInputSchema.safeParse(value);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(value);
    }
  });

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])('either classifies or throws BuygridInputError', (value) => {
    try {
      classifyPortfolio(value as PortfolioInput);
    } catch (error) {
      expect(isBuygridInputError(error)).toBe(true);
    }
  });
});
