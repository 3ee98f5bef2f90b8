/**
 * The relationship with an account over time: its purchases, in order.
 *
 * @module
 */
import * as z from 'zod/mini';
import { lazy } from '../_lib/lazy.js';
import { match } from 'ts-pattern';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import type { ReasonOf } from '../_lib/reason.js';
import type { ProspectMessages } from './messages.js';
import { id } from '../_lib/schemas.js';
import { BUYCLASSES, type Buyclass } from '../_lib/vocabulary.js';
import { parsePurchaseState } from '../process/persistence.js';
import type { PurchaseState } from '../process/state.js';
import type { SupplierPosition } from '../situation/approach-actions.js';
import { within } from './input.js';
import { snapshot } from '../_lib/boundary.js';

/**
 * The stages of a buyer–seller relationship after Ford (1980): before any business, the
 * early stage of a first deal, the development stage of growing business, the long-term
 * stage of an established supplier.
 *
 * @example
 * ```ts
 * import { RELATIONSHIP_STAGES } from 'buygrid/prospect';
 * RELATIONSHIP_STAGES;
 * //=> ['pre-relationship', 'early', 'development', 'long-term']
 * ```
 * @see Ford, D. (1980), "The Development of Buyer–Seller Relationships in Industrial Markets", *European Journal of Marketing* 14(5/6):339–353.
 */
export const RELATIONSHIP_STAGES = /* @__PURE__ */ deepFreeze([
  'pre-relationship',
  'early',
  'development',
  'long-term',
] as const);
/** One of the {@link RELATIONSHIP_STAGES}. */
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];

/**
 * The purchases won from which the relationship counts as `long-term` (default 4), when the
 * supplier also won the latest one. Ford describes the stages by experience, uncertainty,
 * distance, commitment and adaptation, not by counts: **the thresholds are buygrid's
 * reading**, an assumption (0 won: pre-relationship; 1: early; 2 or more: development).
 *
 * @example
 * ```ts
 * import { LONG_TERM_FROM } from 'buygrid/prospect';
 * LONG_TERM_FROM;
 * //=> 4
 * ```
 */
export const LONG_TERM_FROM = 4;

/** Where the buyer's purchases are heading: towards routine, holding, or reopening. */
export type BuyclassTrend = 'routinizing' | 'steady' | 'reopening';

/** One purchase of the account, as the history reads it. */
export interface AccountPurchase {
  /** The purchase's id. */
  readonly id: string;
  /** When it started. */
  readonly startedAt: string;
  /** Its buyclass. */
  readonly buyclass: Buyclass;
  /** Its status: a step, or an outcome. */
  readonly status: PurchaseState['status'];
  /** The supplier selected, once awarded. */
  readonly selected?: string;
  /** Whether the supplier of the history won it. */
  readonly won: boolean;
  /** The latest satisfaction with the supplier of the history, from a performance review. */
  readonly satisfaction?: number;
}

/** What {@link accountHistory} returns, deeply frozen. */
export interface AccountHistory {
  /** The supplier whose relationship this is. */
  readonly supplierId: string;
  /** The purchases, in the order they started. */
  readonly purchases: readonly AccountPurchase[];
  /** The buyclasses, in order. */
  readonly buyclasses: readonly Buyclass[];
  /** The direction from the first to the latest buyclass; with two purchases or more. */
  readonly trend?: BuyclassTrend;
  /** Purchases awarded (to anyone). */
  readonly awarded: number;
  /** Purchases won by the supplier. */
  readonly won: number;
  /** `won / awarded`; left out when nothing was awarded. */
  readonly shareWon?: number;
  /** The relationship stage, after Ford (1980), as buygrid reads it. */
  readonly stage: RelationshipStage;
  /** What to give `assessRisk`'s profile: `incumbent` (won the latest award), `known` (took part before), `new`. */
  readonly supplierRelationship: 'incumbent' | 'known' | 'new';
  /** The seller's position for `analyzeProspect` and `recommendApproach`. */
  readonly position: SupplierPosition;
  /** Why. */
  readonly reasons: readonly ReasonOf<ProspectMessages, 'stage' | 'relationship' | 'trend'>[];
}

const optionsSchema = /* @__PURE__ */ lazy(() => z.strictObject({ supplierId: id() }));

function stageOf(won: number, latestWon: boolean): RelationshipStage {
  return match({ won, latestWon })
    .with({ won: 0 }, () => 'pre-relationship' as const)
    .with({ won: 1 }, () => 'early' as const)
    .when(
      (x) => x.won >= LONG_TERM_FROM && x.latestWon,
      () => 'long-term' as const,
    )
    .otherwise(() => 'development' as const);
}

const rank = (b: Buyclass): number => BUYCLASSES.indexOf(b);

/**
 * Reads the relationship with an account from its purchases (a Persian marketing
 * teaching text: follow the customer from first contact through the purchase and beyond):
 * the purchases in order, the buyclass trend, the share the supplier won, a relationship
 * stage after Ford (1980) — buygrid's reading, with the thresholds of
 * {@link LONG_TERM_FROM} — and the `supplierRelationship` to feed `assessRisk`'s profile.
 *
 * @param purchases - purchase states of one account (stored JSON or objects; each is checked by `parsePurchaseState`).
 * @param options - `supplierId`: the supplier whose relationship to read (the seller's id in the purchases).
 * @returns the history, deeply frozen.
 * @throws {@link BuygridInputError} naming the purchase and field, for a purchase that does not replay or a missing `supplierId`.
 * @see Ford, D. (1980), "The Development of Buyer–Seller Relationships in Industrial Markets", *European Journal of Marketing* 14(5/6).
 *
 * @example
 * ```ts
 * import { accountHistory } from 'buygrid/prospect';
 * import { startPurchase } from 'buygrid/process';
 * const first = startPurchase({ id: 'p1', at: '2026-01-05T09:00:00Z', need: { summary: 'Film' }, knownSuppliers: [{ id: 'us', name: 'Us' }] });
 * const history = accountHistory([first], { supplierId: 'us' });
 * [history.stage, history.supplierRelationship, history.position];
 * //=> ['pre-relationship', 'known', 'out-supplier']
 * accountHistory([first], { supplierId: '' });
 * //=> throws BuygridInputError
 * ```
 */
export function accountHistory(
  purchases: readonly PurchaseState[],
  options: { readonly supplierId: string },
): AccountHistory {
  const { supplierId } = parse(optionsSchema(), options, 'options');
  const list = snapshot(purchases, 'purchases');
  if (!Array.isArray(list)) fail('purchases', 'an array of purchase states', list, 'invalid-type');
  const states = list.map((p: unknown, i) =>
    within(`purchases[${String(i)}]`, () => parsePurchaseState(p as PurchaseState)),
  );
  // Array.prototype.sort is stable: purchases that started at the same time keep their order.
  const ordered = states.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const rows: AccountPurchase[] = ordered.map((s) => {
    const selected = s.selection?.supplierId;
    const review = [...s.reviews].reverse().find((r) => r.supplierId === supplierId);
    return {
      id: s.id,
      startedAt: s.startedAt,
      buyclass: s.situation.buyclass,
      status: s.status,
      ...(selected === undefined ? {} : { selected }),
      won: selected === supplierId,
      ...(review === undefined ? {} : { satisfaction: review.satisfaction }),
    };
  });
  const awardedRows = rows.filter((r) => r.selected !== undefined);
  const won = awardedRows.filter((r) => r.won).length;
  const latestWon = awardedRows[awardedRows.length - 1]?.won ?? false;
  const known = ordered.some((s) => s.suppliers.some((x) => x.id === supplierId));
  const supplierRelationship = latestWon ? 'incumbent' : known ? 'known' : 'new';
  const stage = stageOf(won, latestWon);
  const buyclasses = rows.map((r) => r.buyclass);
  const first = buyclasses[0];
  const last = buyclasses[buyclasses.length - 1];
  const trend: BuyclassTrend | undefined =
    first === undefined || last === undefined || buyclasses.length < 2
      ? undefined
      : rank(last) > rank(first)
        ? 'routinizing'
        : rank(last) < rank(first)
          ? 'reopening'
          : 'steady';
  const reasons: AccountHistory['reasons'][number][] = [
    {
      code: 'stage',
      params: { won, awarded: awardedRows.length, latestWon, stage },
      message: `${String(won)} of ${String(awardedRows.length)} awarded purchase${awardedRows.length === 1 ? '' : 's'} won${latestWon ? ', the latest included' : ''}: ${stage} (after Ford 1980; the thresholds are buygrid’s reading).`,
    },
    {
      code: 'relationship',
      params: { supplierId, relationship: supplierRelationship },
      message: latestWon
        ? `${supplierId} won the latest award: the incumbent.`
        : known
          ? `${supplierId} took part in earlier purchases but does not hold the latest award.`
          : `${supplierId} appears in no purchase of this account.`,
    },
  ];
  if (trend !== undefined && first !== undefined && last !== undefined)
    reasons.push({
      code: 'trend',
      params: { from: first, to: last, trend },
      message: `From ${first} to ${last}: ${trend}.`,
    });
  return deepFreeze({
    supplierId,
    purchases: rows,
    buyclasses,
    ...(trend === undefined ? {} : { trend }),
    awarded: awardedRows.length,
    won,
    ...(awardedRows.length === 0 ? {} : { shareWon: won / awardedRows.length }),
    stage,
    supplierRelationship,
    position: latestWon ? 'in-supplier' : 'out-supplier',
    reasons,
  });
}
