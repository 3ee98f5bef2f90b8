// Offer evaluation, the details the broad tests leave open: each built-in formula on offers where the
// formulas disagree, the reasons word for word (the leading criterion, the missing lead time, the
// ranking that selects nothing), and the full refusal of prices in several currencies.
import { describe, expect, it } from 'vitest';
import { evaluateOffers, type AwardCriterion, type OfferInput, type PurchaseState } from '../../src/process/index.js';
import { thrown } from '../_lib/thrown.js';
import { withOffers } from './fixtures.js';

const scoresOf = (state: PurchaseState, criteria: AwardCriterion[]): Record<string, number> =>
  Object.fromEntries(evaluateOffers(state, criteria).ranking.map((r) => [r.supplierId, r.score]));

describe('evaluateOffers: each built-in criterion by its own formula', () => {
  // a delivers sooner, b gives the longer warranty: lead time and warranty rank them the other way round.
  const swapped = withOffers([
    { supplierId: 'a', amount: 100, currency: 'EUR', leadTimeDays: 10, warrantyMonths: 12 },
    { supplierId: 'b', amount: 100, currency: 'EUR', leadTimeDays: 20, warrantyMonths: 24 },
  ]);

  it.each<[AwardCriterion['criterion'], Record<string, number>]>([
    ['lead-time', { a: 1, b: 0.5 }],
    ['warranty', { a: 0.5, b: 1 }],
  ])('%s scores by its formula, not by another criterion', (criterion, expected) => {
    expect(scoresOf(swapped, [{ criterion, weight: 1 }])).toEqual(expected);
  });

  it('warranty: when no offer has a warranty, every offer scores 1', () => {
    const none = withOffers([
      { supplierId: 'a', amount: 100, currency: 'EUR', warrantyMonths: 0 },
      { supplierId: 'b', amount: 80, currency: 'EUR' },
    ]);
    expect(scoresOf(none, [{ criterion: 'warranty', weight: 1 }])).toEqual({ a: 1, b: 1 });
  });
});

describe('evaluateOffers: the reasons of each ranked offer', () => {
  it('ranks equal scores alike (1, 2, 2, 4) in the order of the offers, and names the first criterion given on a tie', () => {
    const state = withOffers(['a', 'b', 'c', 'd'].map((supplierId) => ({ supplierId, amount: 100, currency: 'EUR' })));
    // Quality and service weigh the same; each offer's two scores are equal, so both contribute equally.
    const scores = { a: 0.5, b: 0.9, c: 0.5, d: 0.2 };
    const { ranking } = evaluateOffers(state, [
      { criterion: 'service', weight: 0.5, scores },
      { criterion: 'quality', weight: 0.5, scores },
    ]);
    expect(ranking.map((r) => [r.supplierId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
    for (const r of ranking) expect(r.reasons[0]?.params).toMatchObject({ criterion: 'service' });
  });

  it('names the criterion that contributes most, wherever it stands in the criteria', () => {
    const state = withOffers([
      { supplierId: 'a', amount: 100, currency: 'EUR' },
      { supplierId: 'b', amount: 80, currency: 'EUR' },
    ]);
    // a: price 0.3 × 0.8 = 0.24, quality 0.7 × 1 = 0.7; b: price 0.3 × 1 = 0.3, quality 0.7 × 0.2 = 0.14.
    const { ranking } = evaluateOffers(state, [
      { criterion: 'price', weight: 0.3 },
      { criterion: 'quality', weight: 0.7, scores: { a: 1, b: 0.2 } },
    ]);
    expect(ranking.map((r) => [r.supplierId, r.rank, r.reasons])).toEqual([
      [
        'a',
        1,
        [
          {
            code: 'criterion-leading',
            params: { supplierId: 'a', score: 0.94, criterion: 'quality', contribution: 0.7 },
            message: '"a" scores 0.94; most from quality (0.7).',
          },
        ],
      ],
      [
        'b',
        2,
        [
          {
            code: 'criterion-leading',
            params: { supplierId: 'b', score: 0.44, criterion: 'price', contribution: 0.3 },
            message: '"b" scores 0.44; most from price (0.3).',
          },
        ],
      ],
    ]);
  });

  it('adds, only to an offer without a lead time, that lead-time scores 0 for it', () => {
    const state = withOffers([
      { supplierId: 'a', amount: 100, currency: 'EUR', leadTimeDays: 10 },
      { supplierId: 'b', amount: 50, currency: 'EUR' },
    ]);
    // a: lead time 0.5 × 1 + price 0.5 × 0.5 = 0.75; b: lead time 0.5 × 0 + price 0.5 × 1 = 0.5.
    const { ranking } = evaluateOffers(state, [
      { criterion: 'lead-time', weight: 0.5 },
      { criterion: 'price', weight: 0.5 },
    ]);
    expect(ranking.map((r) => [r.supplierId, r.reasons])).toEqual([
      [
        'a',
        [
          {
            code: 'criterion-leading',
            params: { supplierId: 'a', score: 0.75, criterion: 'lead-time', contribution: 0.5 },
            message: '"a" scores 0.75; most from lead-time (0.5).',
          },
        ],
      ],
      [
        'b',
        [
          {
            code: 'criterion-leading',
            params: { supplierId: 'b', score: 0.5, criterion: 'price', contribution: 0.5 },
            message: '"b" scores 0.5; most from price (0.5).',
          },
          {
            code: 'criterion-missing',
            params: { supplierId: 'b', criterion: 'lead-time' },
            message: '"b": no lead time offered: lead-time scores 0.',
          },
        ],
      ],
    ]);
  });
});

describe('evaluateOffers: the ranking says how many offers, on which weights, and that it selects nothing', () => {
  it.each<[string, OfferInput[], AwardCriterion[], string]>([
    [
      'one offer',
      [{ supplierId: 'a', amount: 100, currency: 'EUR' }],
      [{ criterion: 'price', weight: 1 }],
      "1 offer ranked on price 1; the selection stays the buyer's (supplierSelected).",
    ],
    [
      'three offers on two criteria',
      [
        { supplierId: 'a', amount: 100, currency: 'EUR' },
        { supplierId: 'b', amount: 80, currency: 'EUR' },
        { supplierId: 'c', amount: 200, currency: 'EUR' },
      ],
      [
        { criterion: 'price', weight: 0.6 },
        { criterion: 'quality', weight: 0.4, scores: { a: 1, b: 0.5, c: 0 } },
      ],
      "3 offers ranked on price 0.6, quality 0.4; the selection stays the buyer's (supplierSelected).",
    ],
  ])('%s', (_, offers, criteria, message) => {
    expect(evaluateOffers(withOffers(offers), criteria).reasons).toEqual([
      {
        code: 'ranked-not-selected',
        params: {
          offers: offers.length,
          criteria: criteria.map((c) => ({ criterion: c.criterion, weight: c.weight })),
        },
        message,
      },
    ]);
  });
});

describe('evaluateOffers: prices in several currencies', () => {
  it('refuses them at state.offers, naming the currencies received', () => {
    const mixed = withOffers([
      { supplierId: 'a', amount: 100, currency: 'EUR' },
      { supplierId: 'b', amount: 80, currency: 'USD' },
      { supplierId: 'c', amount: 90, currency: 'EUR' },
    ]);
    const error = thrown(() => evaluateOffers(mixed, [{ criterion: 'price', weight: 1 }]));
    expect(error.issues).toEqual([
      {
        code: 'invalid-value',
        path: 'state.offers',
        expected: 'offers in one currency, to compare their prices',
        received: '"EUR, USD"',
      },
    ]);
  });
});
