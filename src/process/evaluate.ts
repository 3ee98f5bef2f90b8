/**
 * Offers scored against weighted award criteria and ranked: a help to the decision, never
 * the decision.
 *
 * @module
 */
import { lazy } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import { id, unit } from '../_lib/schemas.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { ProcessMessages } from './messages.js';
import type { Offer, PurchaseState } from './state.js';
import { toState } from './persistence.js';

/**
 * The award criteria buygrid scores from the offers themselves, each with its formula, in
 * `[0, 1]` (1 = the best offer):
 * - `price`: lowest price ÷ price (an offer of 0 scores 1);
 * - `lead-time`: shortest lead time ÷ lead time (0 days scores 1; an offer without a lead
 *   time scores 0);
 * - `warranty`: warranty ÷ longest warranty (no warranty counts as 0 months; when no offer
 *   has one, every offer scores 1).
 * Any other criterion (quality, service, sustainability…) is scored by the caller, per supplier.
 *
 * @example
 * ```ts
 * import { OFFER_CRITERIA } from 'buygrid/process';
 * OFFER_CRITERIA;
 * //=> ['price', 'lead-time', 'warranty']
 * ```
 */
export const OFFER_CRITERIA = /* @__PURE__ */ deepFreeze(['price', 'lead-time', 'warranty'] as const);
/** One of the {@link OFFER_CRITERIA}. */
export type OfferCriterion = (typeof OFFER_CRITERIA)[number];

const criterionSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({ criterion: id(), weight: unit(), scores: z.optional(z.readonly(z.record(id(), unit()))) }),
  ),
);
const criteriaSchema = /* @__PURE__ */ lazy(() => z.readonly(z.array(criterionSchema())));
/**
 * Schema of the criteria {@link evaluateOffers} takes. A `z.lazy` schema, built on its first
 * use rather than at import.
 */
export const awardCriteriaSchema = /* @__PURE__ */ z.lazy(criteriaSchema);
/** One award criterion: a built-in one (`price`, `lead-time`, `warranty`) by its weight, or your own with a score in `[0, 1]` per supplier. */
export type AwardCriterion = z.input<ReturnType<typeof criterionSchema>>;

/** How one criterion scored one offer. */
export interface CriterionScore {
  readonly criterion: string;
  readonly weight: number;
  /** The criterion's score of the offer, in `[0, 1]`. */
  readonly score: number;
  /** `weight × score`: its share of the total. */
  readonly contribution: number;
}

/** One ranked offer: the supplier, its rank (ties share one), its score in `[0, 1]`, per criterion, and why. */
export interface RankedOffer {
  readonly supplierId: string;
  readonly rank: number;
  readonly score: number;
  readonly criteria: readonly CriterionScore[];
  readonly reasons: readonly ReasonOf<ProcessMessages, 'criterion-leading' | 'criterion-missing'>[];
}

/** What {@link evaluateOffers} returns: the offers ranked, best first. It selects nothing. */
export interface OfferEvaluation {
  readonly ranking: readonly RankedOffer[];
  readonly reasons: readonly ReasonOf<ProcessMessages, 'ranked-not-selected'>[];
}

const TOLERANCE = 1e-9;
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The score of a built-in criterion for each offer, with a reason when the offer lacks the figure. */
function builtIn(criterion: OfferCriterion, offers: readonly Offer[]): { score: number; note?: string }[] {
  if (criterion === 'price') {
    const lowest = Math.min(...offers.map((o) => o.amount));
    return offers.map((o) => ({ score: o.amount === 0 ? 1 : lowest / o.amount }));
  }
  if (criterion === 'lead-time') {
    const given = offers.flatMap((o) => (o.leadTimeDays === undefined ? [] : [o.leadTimeDays]));
    const shortest = Math.min(...given);
    return offers.map((o) =>
      o.leadTimeDays === undefined
        ? { score: 0, note: 'no lead time offered: lead-time scores 0' }
        : { score: o.leadTimeDays === 0 ? 1 : shortest / o.leadTimeDays },
    );
  }
  const longest = Math.max(0, ...offers.map((o) => o.warrantyMonths ?? 0));
  return offers.map((o) => ({ score: longest === 0 ? 1 : (o.warrantyMonths ?? 0) / longest }));
}

/**
 * Scores and ranks the current offers of a purchase (the latest per supplier, excluded
 * suppliers left out) against weighted award criteria: each offer's score is
 * Σ weight × criterion score, in `[0, 1]`, with the formula of each built-in criterion in
 * {@link OFFER_CRITERIA}. It ranks; it never selects — `supplierSelected` stays the buyer's fact.
 *
 * A public buyer awards "the most economically advantageous tender" (Directive 2014/24/EU
 * art. 67(1)), identified on the basis of price or cost, and possibly the best price-quality
 * ratio on criteria linked to the subject-matter of the contract (art. 67(2)), weighted as the
 * procurement documents say (art. 67(5)): price only is `[{ criterion: 'price', weight: 1 }]`;
 * price-quality adds your quality criteria with the published weights. buygrid's formulas
 * (lowest ÷ offer) are one common choice, not the Directive's: use the formula your
 * documents publish.
 *
 * @param state - the purchase, with its offers: a state the library made, or a stored one
 *   (checked as `parsePurchaseState` checks it).
 * @param criteria - each `{ criterion, weight, scores? }`: weights in `[0, 1]` summing to 1;
 *   `scores` (a score in `[0, 1]` for every supplier with an offer) for a criterion of your own,
 *   none for a built-in one.
 * @returns `{ ranking, reasons }`, best first, deeply frozen. Offers with equal scores share a
 *   rank (1, 2, 2, 4; buygrid's convention, not the Directive's) and keep their order in `state.offers`; an offer's reason names the
 *   criterion that contributed most to its score, the first given when two contribute equally.
 * @throws BuygridInputError when the weights do not sum to 1, a criterion is unknown or
 *   repeated, a score is outside `[0, 1]`, missing, or given for a supplier without an offer,
 *   `price` compares offers in different currencies, or `state` is not a valid purchase state.
 *
 * @example
 * ```ts
 * import { evaluateOffers, replay } from 'buygrid/process';
 * const { state } = replay({ id: 't', at: '2026-05-01T09:00:00Z', need: { summary: 'Road salt' }, situation: { procedure: 'open' } }, [
 *   { type: 'needQualified', at: '2026-05-02T09:00:00Z' },
 *   { type: 'requirementAdded', at: '2026-05-02T09:00:00Z', requirement: { id: 'grain', text: 'Grain 0–5 mm' } },
 *   { type: 'specificationApproved', at: '2026-05-03T09:00:00Z' },
 *   { type: 'supplierIdentified', at: '2026-05-04T09:00:00Z', supplier: { id: 'a', name: 'A' } },
 *   { type: 'supplierIdentified', at: '2026-05-04T09:00:00Z', supplier: { id: 'b', name: 'B' } },
 *   { type: 'supplierShortlisted', at: '2026-05-04T09:00:00Z', supplierId: 'a' },
 *   { type: 'supplierShortlisted', at: '2026-05-04T09:00:00Z', supplierId: 'b' },
 *   { type: 'negotiationStarted', at: '2026-05-05T09:00:00Z' },
 *   { type: 'offerReceived', at: '2026-05-06T09:00:00Z', offer: { supplierId: 'a', amount: 100000, currency: 'EUR' } },
 *   { type: 'offerReceived', at: '2026-05-06T09:00:00Z', offer: { supplierId: 'b', amount: 80000, currency: 'EUR' } },
 * ]);
 * const meat = evaluateOffers(state, [
 *   { criterion: 'price', weight: 0.6 },
 *   { criterion: 'quality', weight: 0.4, scores: { a: 1, b: 0.5 } },
 * ]);
 * meat.ranking.map((r) => [r.supplierId, r.score]);
 * //=> [['a', 0.88], ['b', 0.8]]
 * evaluateOffers(state, [{ criterion: 'price', weight: 0.5 }]);
 * //=> throws BuygridInputError
 * ```
 */
export function evaluateOffers(state: PurchaseState, criteria: readonly AwardCriterion[]): OfferEvaluation {
  // A state the library made is taken as it is; any other object is checked as parsePurchaseState checks it.
  const checked = toState(state, 'state');
  const list = parse(criteriaSchema(), criteria, 'criteria');
  const excluded = new Set(checked.suppliers.filter((s) => s.status === 'excluded').map((s) => s.id));
  const offers = checked.offers.filter((o) => !excluded.has(o.supplierId));
  const ids = new Set(offers.map((o) => o.supplierId));
  const total = list.reduce((sum, c) => sum + c.weight, 0);
  if (Math.abs(total - 1) > TOLERANCE)
    fail('criteria', 'weights that sum to 1 (they sum to the value received)', round(total));
  list.forEach((c, i) => {
    const at = `criteria[${String(i)}]`;
    if (list.findIndex((d) => d.criterion === c.criterion) !== i)
      fail(`${at}.criterion`, 'a criterion not given before', c.criterion);
    const builtin = (OFFER_CRITERIA as readonly string[]).includes(c.criterion);
    if (builtin && c.scores !== undefined)
      fail(`${at}.scores`, `no scores for ${c.criterion} (buygrid scores it from the offers)`, c.scores);
    if (!builtin && c.scores === undefined)
      fail(
        `${at}.criterion`,
        `one of ${OFFER_CRITERIA.join(' | ')}, or scores per supplier for a criterion of your own`,
        c.criterion,
      );
    for (const supplierId of Object.keys(c.scores ?? {})) {
      if (!ids.has(supplierId))
        fail(
          `${at}.scores.${supplierId}`,
          'a score only for a supplier with an offer in this purchase',
          c.scores?.[supplierId],
        );
    }
    for (const supplierId of ids) {
      if (c.scores !== undefined && c.scores[supplierId] === undefined)
        fail(`${at}.scores.${supplierId}`, 'a score in [0, 1] for every supplier with an offer', undefined);
    }
    if (c.criterion === 'price' && new Set(offers.map((o) => o.currency)).size > 1) {
      fail(
        'state.offers',
        'offers in one currency, to compare their prices',
        [...new Set(offers.map((o) => o.currency))].join(', '),
      );
    }
  });
  const columns: { score: number; note?: string }[][] = list.map((c) =>
    c.scores === undefined
      ? builtIn(c.criterion as OfferCriterion, offers)
      : offers.map((o) => ({ score: c.scores?.[o.supplierId] ?? 0 })),
  );
  const scored = offers.map((offer, row) => {
    const per = list.map((c, col) => {
      const score = round(columns[col]?.[row]?.score ?? 0);
      return { criterion: c.criterion, weight: c.weight, score, contribution: round(c.weight * score) };
    });
    const score = round(
      Math.min(
        1,
        per.reduce((sum, p) => sum + p.contribution, 0),
      ),
    );
    const notes = columns.flatMap((column) => {
      const note = column[row]?.note;
      return note === undefined
        ? []
        : [
            {
              code: 'criterion-missing' as const,
              params: { supplierId: offer.supplierId, criterion: 'lead-time' as const },
              message: `"${offer.supplierId}": ${note}.`,
            },
          ];
    });
    const best = [...per].sort((a, b) => b.contribution - a.contribution)[0];
    const lead =
      best === undefined
        ? []
        : [
            {
              code: 'criterion-leading' as const,
              params: {
                supplierId: offer.supplierId,
                score,
                criterion: best.criterion,
                contribution: best.contribution,
              },
              message: `"${offer.supplierId}" scores ${String(score)}; most from ${best.criterion} (${String(best.contribution)}).`,
            },
          ];
    return { supplierId: offer.supplierId, score, criteria: per, reasons: [...lead, ...notes] };
  });
  scored.sort((a, b) => b.score - a.score); // stable: ties keep the order of the offers
  return deepFreeze({
    ranking: scored.map(({ supplierId, score, criteria: per, reasons }) => ({
      supplierId,
      rank: scored.findIndex((t) => t.score === score) + 1,
      score,
      criteria: per,
      reasons,
    })),
    reasons: [
      {
        code: 'ranked-not-selected',
        params: { offers: offers.length, criteria: list.map((c) => ({ criterion: c.criterion, weight: c.weight })) },
        message: `${String(offers.length)} offer${offers.length === 1 ? '' : 's'} ranked on ${list.map((c) => `${c.criterion} ${String(c.weight)}`).join(', ')}; the selection stays the buyer's (supplierSelected).`,
      },
    ],
  });
}
