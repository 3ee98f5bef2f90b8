/**
 * The start of a purchase.
 *
 * @module
 */
import { lazy } from '../_lib/lazy.js';
import * as z from 'zod/mini';
import { deepFreeze } from '../_lib/freeze.js';
import { fail, parse } from '../_lib/parse.js';
import { id, text, timestamp } from '../_lib/schemas.js';
import { supplierInputSchema } from './events.js';
import { defaultPolicy, parseSituation, type ProcessSituation } from './defaults.js';
import { policyOverridesSchema } from './policy.js';
import { MADE_STATES, PURCHASE_SCHEMA_VERSION, type PurchaseState } from './state.js';

const startSchema = /* @__PURE__ */ lazy(() =>
  z.readonly(
    z.strictObject({
      id: id(),
      at: timestamp(),
      need: z.readonly(z.strictObject({ summary: text(), trigger: z.optional(z.enum(['internal', 'external'])) })),
      situation: z.optional(z.unknown()),
      knownSuppliers: z.optional(z.readonly(z.array(supplierInputSchema()))),
      policy: z.optional(policyOverridesSchema()),
    }),
  ),
);
/**
 * Schema of a {@link StartPurchaseInput} (its `situation` is checked apart, as a classified or
 * a plain situation). A `z.lazy` schema, built on its first use rather than at import.
 */
export const startPurchaseInputSchema = /* @__PURE__ */ z.lazy(startSchema);

/**
 * What starts a purchase: its `id`, the time `at`, the `need` (`summary`, `trigger`
 * `internal` by default), the `situation` (`new-task` and `private` by default; a public
 * buyer's `procedure`, `open` by default), the
 * `knownSuppliers` of a rebuy and `policy` fields that replace the defaults of the situation.
 */
export type StartPurchaseInput = Omit<z.input<typeof startPurchaseInputSchema>, 'situation'> & {
  /** A `PurchaseSituation` of `buygrid/situation`, or `{ buyclass?, regime?, procedure? }` (validated by {@link process!defaultPolicy}'s rules). */
  readonly situation?: ProcessSituation;
};

/**
 * Starts a purchase in `need-recognition`, with the policy of its situation.
 *
 * @param input - the purchase's id, start time, need, situation, known suppliers and policy overrides.
 * @returns the state, deeply frozen.
 * @throws BuygridInputError when the input has the wrong shape, or two known suppliers share an id.
 *
 * @example
 * ```ts
 * import { startPurchase } from 'buygrid/process';
 * const state = startPurchase({
 *   id: 'p1',
 *   at: '2026-03-01T09:00:00Z',
 *   need: { summary: 'Packaging film' },
 *   situation: { buyclass: 'straight-rebuy' },
 *   knownSuppliers: [{ id: 's1', name: 'FilmCo', incumbent: true }],
 * });
 * state.status;
 * //=> 'need-recognition'
 * state.suppliers[0];
 * //=> { id: 's1', status: 'known', incumbent: true }
 * state.policy.reorderWithoutOffer;
 * //=> true
 * ```
 * @category Start here
 */
export function startPurchase(input: StartPurchaseInput): PurchaseState {
  const start = parse(startSchema(), input);
  const situation = parseSituation(start.situation ?? {}, 'situation');
  const knownSuppliers = (start.knownSuppliers ?? []).map(({ id, name, incumbent }) =>
    incumbent === undefined ? { id, name } : { id, name, incumbent },
  );
  // A set, not a scan per supplier: 1e5 known suppliers are checked in linear time.
  const ids = new Set<string>();
  knownSuppliers.forEach((s, i) => {
    if (ids.has(s.id)) fail(`knownSuppliers[${String(i)}].id`, 'an id no other known supplier has', s.id);
    ids.add(s.id);
  });
  const state: PurchaseState = deepFreeze({
    schemaVersion: PURCHASE_SCHEMA_VERSION,
    id: start.id,
    status: 'need-recognition',
    startedAt: start.at,
    need: { summary: start.need.summary, trigger: start.need.trigger ?? 'internal' },
    situation,
    policy: defaultPolicy(situation, start.policy),
    knownSuppliers,
    requirements: [],
    suppliers: knownSuppliers.map((s) => ({
      id: s.id,
      name: s.name,
      status: 'known',
      incumbent: s.incumbent === true,
    })),
    offers: [],
    visits: [{ step: 'need-recognition', entered: start.at }],
    selection: null,
    abandonment: null,
    reviews: [],
    history: [],
  });
  return MADE_STATES.add(state);
}
