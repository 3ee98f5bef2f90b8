// src/situation/portfolio.ts, found weak in a mutation run: the fast check isPortfolioInput
// "accepts exactly what portfolioInputSchema accepts unchanged" (its TSDoc), the paths of a
// missing or doubly given axis (docs/situation.md, "Kraljic portfolio": giving neither or both is
// a BuygridInputError naming the field from the argument), how a reason shows a number, and what
// the module builds once (its tables at import, its schema on first use): the last tests load the
// module afresh to check what is built then.
import { describe, expect, it, vi } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { thrown } from '../_lib/thrown.js';
import { takesUnchanged } from './unchanged.js';
import { classifySituation } from '../../src/situation/situation.js';
import {
  classifyPortfolio,
  isPortfolioInput,
  portfolioInputSchema,
  type PortfolioInput,
} from '../../src/situation/portfolio.js';

describe('isPortfolioInput', () => {
  const nearPortfolio = fc.dictionary(
    fc.constantFrom('profitImpact', 'supplyRisk', 'aggregate', 'volume', 'scarcity', 'threshold', 'other'),
    fc.constantFrom<unknown>(undefined, null, 0, 0.5, 1, 2, -0.5, 'max', 'mean', 'median', ''),
  );

  test.prop([nearPortfolio])('accepts exactly what the schema accepts unchanged', (value) => {
    expect(isPortfolioInput(value)).toBe(takesUnchanged(portfolioInputSchema(), value));
  });

  it.each<[string, unknown, boolean]>([
    ['the maximum', { volume: 0.9, supplyRisk: 0.2, aggregate: 'max' }, true],
    ['the mean', { volume: 0.9, supplyRisk: 0.2, aggregate: 'mean' }, true],
    ['no aggregate', { volume: 0.9, supplyRisk: 0.2, aggregate: undefined }, true],
    ['the median', { volume: 0.9, supplyRisk: 0.2, aggregate: 'median' }, false],
    ['an aggregate that is a number', { volume: 0.9, supplyRisk: 0.2, aggregate: 0.5 }, false],
  ])('takes %s as the aggregate → %s, as the schema', (_, value, ok) => {
    expect(isPortfolioInput(value)).toBe(ok);
    expect(portfolioInputSchema().safeParse(value).success).toBe(ok);
  });
});

describe('an axis given neither directly nor by a sub-criterion', () => {
  const expected =
    'expected a number in [0, 1], or some of scarcity, supplierConcentration, substitutionDifficulty, switchingCost, storageRisk, received undefined';

  it('is refused under its own name by classifyPortfolio', () => {
    expect(thrown(() => classifyPortfolio({ profitImpact: 0.5 })).message).toBe(
      `Invalid buygrid input:\n- supplyRisk: ${expected}`,
    );
  });

  it('is refused under portfolio.… by classifySituation', () => {
    expect(thrown(() => classifySituation({ buyclass: 'new-task', portfolio: { profitImpact: 0.5 } })).message).toBe(
      `Invalid buygrid input:\n- portfolio.supplyRisk: ${expected}`,
    );
  });
});

describe('the numbers in a portfolio reason', () => {
  it.each<[string, PortfolioInput, string]>([
    ['with at most 3 decimals', { profitImpact: 0.123456, supplyRisk: 0.9 }, 'Profit impact 0.123 is below'],
    // 0.0005 rounds to 0.001, which does not look equal to the threshold 0.
    [
      'rounded where rounding keeps it apart from the threshold',
      { profitImpact: 0.0005, supplyRisk: 0, threshold: 0 },
      'Profit impact 0.001 is at or above',
    ],
    [
      'in full where rounding would make it look equal to the threshold',
      { profitImpact: 0.4999, supplyRisk: 0.9 },
      'Profit impact 0.4999 is below',
    ],
  ])('shows a value %s', (_, input, start) => {
    expect(classifyPortfolio(input).reasons[0]?.message.startsWith(start)).toBe(true);
  });

  it('says which sub-criterion an axis comes from when only one is given', () => {
    expect(classifyPortfolio({ costShare: 0.3, supplyRisk: 0.9 }).reasons[0]).toEqual({
      code: 'profit-impact-low',
      params: { value: 0.3, threshold: 0.5, aggregate: 'max', subcriteria: { costShare: 0.3 } },
      message: 'Profit impact (from costShare 0.3) 0.3 is below the threshold 0.5: low.',
    });
  });
});

describe('an axis given both directly and by a sub-criterion', () => {
  const expected =
    'expected either profitImpact or its sub-criteria (volume, costShare, qualityImpact, growthImpact), not both, received 0.8 and volume 0.9';
  const input = { profitImpact: 0.8, volume: 0.9, supplyRisk: 0.1 };

  it('is refused under its own name by classifyPortfolio', () => {
    expect(thrown(() => classifyPortfolio(input)).message).toBe(`Invalid buygrid input:\n- profitImpact: ${expected}`);
  });

  it('is refused under portfolio.… by classifySituation', () => {
    expect(thrown(() => classifySituation({ buyclass: 'new-task', portfolio: input })).message).toBe(
      `Invalid buygrid input:\n- portfolio.profitImpact: ${expected}`,
    );
  });
});

describe('a fresh portfolio module', () => {
  it('takes valid input on its fast path and shows a value with at most 3 decimals', async () => {
    vi.resetModules();
    const fresh = await import('../../src/situation/portfolio.js');
    expect(fresh.isPortfolioInput({ profitImpact: 0.123456, supplyRisk: 0.9, threshold: 0.5, aggregate: 'max' })).toBe(
      true,
    );
    expect(fresh.classifyPortfolio({ profitImpact: 0.123456, supplyRisk: 0.9 }).reasons[0]?.message).toBe(
      'Profit impact 0.123 is below the threshold 0.5: low.',
    );
  });

  it('names each wrong field on the first refusal of a fresh module', async () => {
    vi.resetModules();
    const fresh = await import('../../src/situation/portfolio.js');
    expect(thrown(() => fresh.classifyPortfolio({ profitImpact: 2, supplyRisk: 0.5, volume: -1 })).message).toBe(
      'Invalid buygrid input:\n- profitImpact: expected a number in [0, 1], received 2\n- volume: expected a number in [0, 1], received -1',
    );
  });
});
