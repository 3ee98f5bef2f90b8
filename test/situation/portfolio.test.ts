import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isBuygridInputError } from '../../src/_lib/errors.js';
import {
  classifyPortfolio,
  isPortfolioInput,
  portfolioInputSchema,
  type PortfolioInput,
} from '../../src/situation/portfolio.js';
import { PORTFOLIO_STRATEGIES, PORTFOLIO_SUBCRITERIA, QUADRANT_REASONS } from '../../src/situation/portfolio-data.js';
import { unitArb } from './arbitraries.js';

describe('classifyPortfolio', () => {
  it.each([
    [0.8, 0.8, 'strategic', 'strategic', 'secure-partnership'],
    [0.8, 0.2, 'leverage', 'banal', 'exploit-purchasing-power'],
    [0.2, 0.8, 'bottleneck', 'strategic', 'secure-volume'],
    [0.2, 0.2, 'non-critical', 'banal', 'streamline-buying'],
  ] as const)(
    'puts profit impact %d and supply risk %d in the %s quadrant',
    (profitImpact, supplyRisk, quadrant, importance, code) => {
      const result = classifyPortfolio({ profitImpact, supplyRisk });
      expect(result).toMatchObject({
        quadrant,
        importance,
        strategy: { code },
        profitImpact,
        supplyRisk,
        threshold: 0.5,
      });
      expect(result.strategy).toEqual(PORTFOLIO_STRATEGIES[quadrant]);
    },
  );

  it('counts a value at the threshold as high, and one just below as low', () => {
    expect(classifyPortfolio({ profitImpact: 0.5, supplyRisk: 0.5 }).quadrant).toBe('strategic');
    const below = 0.49999999999999994;
    expect(classifyPortfolio({ profitImpact: below, supplyRisk: below }).quadrant).toBe('non-critical');
  });

  it('takes another threshold', () => {
    expect(classifyPortfolio({ profitImpact: 0.6, supplyRisk: 0.6, threshold: 0.7 }).quadrant).toBe('non-critical');
    expect(classifyPortfolio({ profitImpact: 0, supplyRisk: 0, threshold: 0 }).quadrant).toBe('strategic');
  });

  it('derives each axis as the mean of the sub-criteria given with aggregate mean, and says so', () => {
    const result = classifyPortfolio({
      volume: 0.9,
      costShare: 0.5,
      qualityImpact: 0.7,
      scarcity: 0.1,
      storageRisk: 0.3,
      aggregate: 'mean',
    });
    expect(result.profitImpact).toBeCloseTo(0.7, 12);
    expect(result.supplyRisk).toBeCloseTo(0.2, 12);
    expect(result.aggregate).toBe('mean');
    expect(result.reasons.slice(0, 2)).toEqual([
      {
        code: 'profit-impact-high',
        params: {
          value: result.profitImpact,
          threshold: 0.5,
          aggregate: 'mean',
          subcriteria: { volume: 0.9, costShare: 0.5, qualityImpact: 0.7 },
        },
        message:
          'Profit impact (the mean of volume 0.9, costShare 0.5, qualityImpact 0.7) 0.7 is at or above the threshold 0.5: high.',
      },
      {
        code: 'supply-risk-low',
        params: {
          value: result.supplyRisk,
          threshold: 0.5,
          aggregate: 'mean',
          subcriteria: { scarcity: 0.1, storageRisk: 0.3 },
        },
        message: 'Supply risk (the mean of scarcity 0.1, storageRisk 0.3) 0.2 is below the threshold 0.5: low.',
      },
    ]);
  });

  it('derives each axis as the largest sub-criterion by default, and names the one that decided', () => {
    const result = classifyPortfolio({ volume: 0.3, costShare: 0.5, qualityImpact: 0.7, scarcity: 0.1 });
    expect(result).toMatchObject({ profitImpact: 0.7, supplyRisk: 0.1, aggregate: 'max', quadrant: 'leverage' });
    expect(result.reasons.slice(0, 2).map((r) => r.message)).toEqual([
      'Profit impact (decided by qualityImpact, the largest of volume 0.3, costShare 0.5, qualityImpact 0.7) 0.7 is at or above the threshold 0.5: high.',
      'Supply risk (from scarcity 0.1) 0.1 is below the threshold 0.5: low.',
    ]);
  });

  it('names the first sub-criterion in table order on a tie', () => {
    expect(classifyPortfolio({ costShare: 0.9, volume: 0.9, supplyRisk: 0 }).reasons[0]?.message).toMatch(
      /decided by volume,/,
    );
  });

  it('mixes a given axis with a derived one', () => {
    const result = classifyPortfolio({
      profitImpact: 0.1,
      scarcity: 1,
      supplierConcentration: 1,
      substitutionDifficulty: 0.8,
      switchingCost: 0.6,
    });
    expect(result.quadrant).toBe('bottleneck');
    expect(result.reasons.at(-1)?.code).toBe('strategic-purchase');
  });

  it('gives each quadrant its own reason, marked as buygrid’s reading', () => {
    const messages = new Set<string>();
    for (const [profitImpact, supplyRisk] of [
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ] as const) {
      const result = classifyPortfolio({ profitImpact, supplyRisk });
      expect(result.reasons.at(-1)).toBe(QUADRANT_REASONS[result.quadrant]);
      expect(result.reasons.at(-1)?.message).toContain('buygrid’s reading');
      messages.add(result.reasons.at(-1)?.message ?? '');
    }
    expect(messages.size).toBe(4);
  });

  it('calls a non-critical item a banal purchase', () => {
    expect(classifyPortfolio({ profitImpact: 0, supplyRisk: 0 }).reasons.at(-1)?.code).toBe('banal-purchase');
  });

  it('shows a value in full where rounding would make it equal the threshold', () => {
    expect(
      classifyPortfolio({ profitImpact: 0.4999, supplyRisk: 0.12345 })
        .reasons.slice(0, 2)
        .map((r) => r.message),
    ).toEqual([
      'Profit impact 0.4999 is below the threshold 0.5: low.',
      'Supply risk 0.123 is below the threshold 0.5: low.',
    ]);
  });

  it('returns deeply frozen results', () => {
    const result = classifyPortfolio({ profitImpact: 1, supplyRisk: 1 });
    expect(Object.isFrozen(result) && Object.isFrozen(result.strategy) && Object.isFrozen(result.reasons[2])).toBe(
      true,
    );
  });
});

/**
 * Kraljic (1983), HBR 61(5), "Phase 1: Classification": profit impact is "the volume purchased,
 * percentage of total purchase cost, or impact on product quality or business growth";
 * supply risk "availability, number of suppliers, competitive demand, make-or-buy
 * opportunities, and storage risks and substitution possibilities" — alternative indicators,
 * any one of which can make an item high. The quadrants and the strategies are his; the
 * importance per quadrant is buygrid's reading (the seller's point of view).
 */
describe('classifyPortfolio on textbook items (Kraljic 1983)', () => {
  it.each([
    [
      'a high-spend commodity, no impact on quality (volume and cost share 0.9)',
      { volume: 0.9, costShare: 0.9, qualityImpact: 0, growthImpact: 0, scarcity: 0.1, supplierConcentration: 0.1 },
      'leverage',
      'banal',
      'exploit-purchasing-power',
    ],
    [
      'a small-spend part that decides product quality, with many suppliers',
      { volume: 0.1, costShare: 0.05, qualityImpact: 0.9, supplierConcentration: 0.2 },
      'leverage',
      'banal',
      'exploit-purchasing-power',
    ],
    [
      'a cheap, single-source spare part',
      { volume: 0.1, costShare: 0.05, supplierConcentration: 1, substitutionDifficulty: 0.9 },
      'bottleneck',
      'strategic',
      'secure-volume',
    ],
    [
      'a cheap part that is merely hard to store',
      { volume: 0.1, costShare: 0.1, scarcity: 0.1, storageRisk: 0.8 },
      'bottleneck',
      'strategic',
      'secure-volume',
    ],
    [
      'an aircraft engine: high spend, few makers',
      { volume: 0.7, costShare: 0.8, qualityImpact: 1, scarcity: 0.8, supplierConcentration: 1 },
      'strategic',
      'strategic',
      'secure-partnership',
    ],
    [
      'office supplies',
      {
        volume: 0.1,
        costShare: 0.02,
        qualityImpact: 0.1,
        scarcity: 0,
        supplierConcentration: 0,
        substitutionDifficulty: 0.1,
      },
      'non-critical',
      'banal',
      'streamline-buying',
    ],
  ] as const)('classifies %s', (_, input, quadrant, importance, strategy) => {
    expect(classifyPortfolio(input)).toMatchObject({ quadrant, importance, strategy: { code: strategy } });
  });

  it('keeps the plain mean as an option, under which the commodity looks non-critical', () => {
    expect(
      classifyPortfolio({
        volume: 0.9,
        costShare: 0.9,
        qualityImpact: 0,
        growthImpact: 0,
        scarcity: 0.1,
        aggregate: 'mean',
      }).quadrant,
    ).toBe('non-critical');
  });
});

describe('classifyPortfolio on bad input', () => {
  it.each([
    [{ profitImpact: 1.5, supplyRisk: 0 }, 'profitImpact: expected a number in [0, 1], received 1.5'],
    [{ profitImpact: Number.NaN, supplyRisk: 0 }, 'profitImpact: expected a finite number, received NaN'],
    [{ profitImpact: '0.5', supplyRisk: 0 }, 'profitImpact: expected a finite number, received "0.5"'],
    [{ profitImpact: 0.5, supplyRisk: -0.1 }, 'supplyRisk: expected a number in [0, 1], received -0.1'],
    [{ profitImpact: 0.5, supplyRisk: 0.5, threshold: 2 }, 'threshold: expected a number in [0, 1], received 2'],
    [
      { profitImpact: 0.5, supplyRisk: 0.5, margin: 2 },
      'margin: expected no such field (not part of this input), received 2',
    ],
    [
      { supplyRisk: 0.5 },
      'profitImpact: expected a number in [0, 1], or some of volume, costShare, qualityImpact, growthImpact, received undefined',
    ],
    [
      { profitImpact: 0.5, supplyRisk: 0.5, scarcity: 0.9 },
      'supplyRisk: expected either supplyRisk or its sub-criteria (scarcity, supplierConcentration, substitutionDifficulty, switchingCost, storageRisk), not both, received 0.5 and scarcity 0.9',
    ],
    [[0.5, 0.5], '(root): expected an object, received an array of 2'],
    [
      { volume: 0.5, supplyRisk: 0.5, aggregate: 'median' },
      'aggregate: expected one of "max" | "mean", received "median"',
    ],
  ])('refuses %j', (input, message) => {
    expect(() => classifyPortfolio(input as PortfolioInput)).toThrow(message);
  });

  it('lists both axes when both are wrong', () => {
    expect(() => classifyPortfolio({})).toThrow(/profitImpact: expected .*\n- supplyRisk: expected/);
  });
});

const subArb = (keys: readonly string[]): fc.Arbitrary<Record<string, number>> =>
  fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1 })
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => unitArb))
        .map((values) => Object.fromEntries(chosen.map((k, i) => [k, values[i] ?? 0]))),
    );
const nearMiss = fc.dictionary(
  fc.constantFrom('profitImpact', 'supplyRisk', 'threshold', 'aggregate', 'volume', 'scarcity', 'other', '__proto__'),
  fc.oneof(
    unitArb,
    fc.double(),
    fc.constant(undefined),
    fc.string(),
    fc.constant(null),
    fc.constantFrom('max', 'mean'),
  ),
);

describe('classifyPortfolio properties', () => {
  test.prop([unitArb, unitArb, unitArb])(
    'puts the boundary exactly at the threshold',
    (profitImpact, supplyRisk, threshold) => {
      const result = classifyPortfolio({ profitImpact, supplyRisk, threshold });
      const high = (v: number): boolean => v >= threshold;
      expect(result.quadrant === 'strategic' || result.quadrant === 'leverage').toBe(high(profitImpact));
      expect(result.quadrant === 'strategic' || result.quadrant === 'bottleneck').toBe(high(supplyRisk));
      expect(classifyPortfolio({ profitImpact: threshold, supplyRisk: threshold, threshold }).quadrant).toBe(
        'strategic',
      );
      expect(result).toEqual(classifyPortfolio({ profitImpact, supplyRisk, threshold }));
    },
  );

  test.prop([subArb(PORTFOLIO_SUBCRITERIA.profitImpact), subArb(PORTFOLIO_SUBCRITERIA.supplyRisk)])(
    'derives each axis in [0, 1] as the largest sub-criterion, or their mean',
    (profit, risk) => {
      const result = classifyPortfolio({ ...profit, ...risk });
      const byMean = classifyPortfolio({ ...profit, ...risk, aggregate: 'mean' });
      const mean = (r: Record<string, number>): number =>
        Object.values(r).reduce((a, b) => a + b, 0) / Object.values(r).length;
      expect(result.profitImpact).toBe(Math.max(...Object.values(profit)));
      expect(result.supplyRisk).toBe(Math.max(...Object.values(risk)));
      expect(byMean.profitImpact).toBeCloseTo(mean(profit), 12);
      expect(byMean.supplyRisk).toBeCloseTo(mean(risk), 12);
      // The maximum never places an item lower than the mean does.
      expect(result.profitImpact).toBeGreaterThanOrEqual(byMean.profitImpact - 1e-12);
      expect(
        result.profitImpact >= 0 && result.profitImpact <= 1 && result.supplyRisk >= 0 && result.supplyRisk <= 1,
      ).toBe(true);
    },
  );

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])(
    'fast path accepts only what the schema accepts unchanged',
    (value) => {
      if (isPortfolioInput(value)) {
        const parsed = portfolioInputSchema().safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }
    },
  );

  test.prop([fc.oneof(nearMiss, fc.anything({ withNullPrototype: true }))])(
    'either classifies or throws BuygridInputError',
    (value) => {
      try {
        classifyPortfolio(value as PortfolioInput);
      } catch (error) {
        expect(isBuygridInputError(error)).toBe(true);
      }
    },
  );
});
