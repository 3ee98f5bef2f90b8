// Offer evaluation: buygrid's documented formulas (lowest ÷ price, shortest ÷ lead time, warranty ÷ longest),
// weighted as a public buyer's MEAT award would be (Directive 2014/24/EU art. 67).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  evaluateOffers,
  type AwardCriterion,
  type OfferInput,
  type PurchaseState,
} from '../../src/process/index.js';
import { at, withOffers } from './fixtures.js';

const three = withOffers([
  { supplierId: 'a', amount: 100, currency: 'EUR', leadTimeDays: 10, warrantyMonths: 24 },
  { supplierId: 'b', amount: 80, currency: 'EUR', leadTimeDays: 20, warrantyMonths: 12 },
  { supplierId: 'c', amount: 200, currency: 'EUR', warrantyMonths: 0 },
]);
const scoresOf = (criteria: AwardCriterion[], state = three): Record<string, number> =>
  Object.fromEntries(evaluateOffers(state, criteria).ranking.map((r) => [r.supplierId, r.score]));

describe('evaluateOffers', () => {
  it.each<[string, AwardCriterion[], Record<string, number>]>([
    ['price only: lowest ÷ price', [{ criterion: 'price', weight: 1 }], { b: 1, a: 0.8, c: 0.4 }],
    [
      'lead time: shortest ÷ lead time, none offered → 0',
      [{ criterion: 'lead-time', weight: 1 }],
      { a: 1, b: 0.5, c: 0 },
    ],
    ['warranty: warranty ÷ longest', [{ criterion: 'warranty', weight: 1 }], { a: 1, b: 0.5, c: 0 }],
    [
      "a caller's quality score as given",
      [{ criterion: 'quality', weight: 1, scores: { a: 0.9, b: 0.3, c: 0.6 } }],
      { a: 0.9, b: 0.3, c: 0.6 },
    ],
    [
      'price-quality 60/40',
      [
        { criterion: 'price', weight: 0.6 },
        { criterion: 'quality', weight: 0.4, scores: { a: 1, b: 0.5, c: 0 } },
      ],
      { a: 0.88, b: 0.8, c: 0.24 },
    ],
  ])('%s', (_, criteria, expected) => {
    expect(scoresOf(criteria)).toEqual(expected);
  });

  it("ranks best first, ties sharing a rank, with each criterion's share and reasons; it selects nothing", () => {
    const result = evaluateOffers(three, [{ criterion: 'quality', weight: 1, scores: { a: 0.5, b: 0.9, c: 0.5 } }]);
    expect(result.ranking.map((r) => [r.supplierId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
    expect(result.ranking[0]?.criteria).toEqual([{ criterion: 'quality', weight: 1, score: 0.9, contribution: 0.9 }]);
    expect(result).not.toHaveProperty('selected');
    expect(result.reasons[0]?.code).toBe('ranked-not-selected');
    expect(Object.isFrozen(result.ranking[0]?.criteria[0])).toBe(true);
    const lead = evaluateOffers(three, [{ criterion: 'lead-time', weight: 1 }]).ranking.find(
      (r) => r.supplierId === 'c',
    );
    expect(lead?.reasons.map((r) => r.code)).toContain('criterion-missing');
  });

  it('uses the latest offer of a supplier and leaves excluded suppliers out', () => {
    const state = withOffers(
      [
        { supplierId: 'a', amount: 100, currency: 'EUR' },
        { supplierId: 'b', amount: 50, currency: 'EUR' },
      ],
      [
        { type: 'offerReceived', at: at(7), offer: { supplierId: 'a', amount: 40, currency: 'EUR' } },
        { type: 'supplierExcluded', at: at(7), supplierId: 'b' },
      ],
    );
    expect(scoresOf([{ criterion: 'price', weight: 1 }], state)).toEqual({ a: 1 });
  });

  it.each<[string, unknown, string]>([
    [
      'weights that do not sum to 1',
      [{ criterion: 'price', weight: 0.5 }],
      'criteria: expected weights that sum to 1 (they sum to the value received), received 0.5',
    ],
    [
      'an unknown criterion without scores',
      [{ criterion: 'beauty', weight: 1 }],
      'criteria[0].criterion: expected one of price | lead-time | warranty, or scores per supplier',
    ],
    [
      'a score outside [0, 1]',
      [{ criterion: 'quality', weight: 1, scores: { a: 2, b: 0, c: 0 } }],
      'criteria[0].scores.a: expected a number in [0, 1], received 2',
    ],
    [
      'a score for a supplier without an offer',
      [{ criterion: 'quality', weight: 1, scores: { a: 1, b: 1, c: 1, z: 1 } }],
      'criteria[0].scores.z: expected a score only for a supplier with an offer',
    ],
    [
      'a missing score',
      [{ criterion: 'quality', weight: 1, scores: { a: 1, b: 1 } }],
      'criteria[0].scores.c: expected a score in [0, 1] for every supplier with an offer',
    ],
    [
      'scores for a built-in criterion',
      [{ criterion: 'price', weight: 1, scores: { a: 1 } }],
      'criteria[0].scores: expected no scores for price',
    ],
    [
      'a criterion twice',
      [
        { criterion: 'price', weight: 0.5 },
        { criterion: 'price', weight: 0.5 },
      ],
      'criteria[1].criterion: expected a criterion not given before',
    ],
    [
      'a negative weight',
      [
        { criterion: 'price', weight: -0.5 },
        { criterion: 'warranty', weight: 1.5 },
      ],
      'criteria[0].weight: expected a number in [0, 1]',
    ],
    ['not an array', { price: 1 }, 'criteria: expected an array'],
  ])('refuses %s with BuygridInputError', (_, criteria, message) => {
    expect(() => evaluateOffers(three, criteria as AwardCriterion[])).toThrow(BuygridInputError);
    expect(() => evaluateOffers(three, criteria as AwardCriterion[])).toThrow(message);
  });

  it('refuses to compare prices across currencies, and a value that is not a purchase state', () => {
    const mixed = withOffers([
      { supplierId: 'a', amount: 100, currency: 'EUR' },
      { supplierId: 'b', amount: 80, currency: 'USD' },
    ]);
    expect(() => evaluateOffers(mixed, [{ criterion: 'price', weight: 1 }])).toThrow(
      'state.offers: expected offers in one currency',
    );
    expect(evaluateOffers(mixed, [{ criterion: 'warranty', weight: 1 }]).ranking).toHaveLength(2);
    expect(() => evaluateOffers({} as PurchaseState, [])).toThrow('state.schemaVersion: expected 1');
  });

  it('checks a state it did not make as parsePurchaseState does: a stored copy is read, a tampered one refused', () => {
    const stored = JSON.parse(JSON.stringify(three)) as PurchaseState;
    const criteria: AwardCriterion[] = [{ criterion: 'price', weight: 1 }];
    expect(evaluateOffers(stored, criteria)).toEqual(evaluateOffers(three, criteria));
    const tampered = { ...stored, offers: stored.offers.map((o) => ({ ...o, amount: 1 })) };
    expect(() => evaluateOffers(tampered, criteria)).toThrow('state.offers[0].amount');
    expect(() => evaluateOffers({ ...stored, suppliers: undefined } as never, criteria)).toThrow(BuygridInputError);
  });

  test.prop([
    fc.array(
      fc.record({
        amount: fc.integer({ min: 0, max: 1e6 }),
        lead: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        warranty: fc.integer({ min: 0, max: 60 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100)).filter(([a, b, c]) => a + b + c > 0),
  ])(
    'every score lies in [0, 1], the ranking is sorted, and the cheapest offer scores 1 on price',
    (rows, [p, l, w]) => {
      const offers = rows.map((r, i): OfferInput => ({
        supplierId: `s${String(i)}`,
        amount: r.amount,
        currency: 'EUR',
        warrantyMonths: r.warranty,
        ...(r.lead === undefined ? {} : { leadTimeDays: r.lead }),
      }));
      const sum = p + l + w;
      const criteria: AwardCriterion[] = [
        { criterion: 'price', weight: p / sum },
        { criterion: 'lead-time', weight: l / sum },
        { criterion: 'warranty', weight: 1 - p / sum - l / sum < 0 ? 0 : 1 - p / sum - l / sum },
      ];
      const { ranking } = evaluateOffers(withOffers(offers), criteria);
      for (const r of ranking) expect(r.score >= 0 && r.score <= 1).toBe(true);
      for (let i = 1; i < ranking.length; i++)
        expect((ranking[i - 1]?.score ?? 0) >= (ranking[i]?.score ?? 0)).toBe(true);
      const cheapest = Math.min(...rows.map((r) => r.amount));
      const priceOf = evaluateOffers(withOffers(offers), [{ criterion: 'price', weight: 1 }]).ranking;
      expect(priceOf[0]?.score).toBe(1);
      expect(offers.find((o) => o.supplierId === priceOf[0]?.supplierId)?.amount).toBe(cheapest);
    },
  );
});
