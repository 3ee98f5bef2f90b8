/**
 * A purchase rebuilt from its start and its events, in one pass.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { fail } from '../_lib/parse.js';
import { readable } from '../_lib/boundary.js';
import { checkEvent } from './check.js';
import type { Draft } from './effects.js';
import type { PurchaseEvent } from './events.js';
import { startPurchase, type StartPurchaseInput } from './start.js';
import { MADE_STATES, type PurchaseState } from './state.js';
import { applyEvent, refusal, toContext, type Rejection, type TransitionContext } from './transition.js';

/** The result of {@link replay}: the final state, or the state before the first refused event, with its index. */
export type ReplayResult =
  | { readonly ok: true; readonly state: PurchaseState }
  | { readonly ok: false; readonly state: PurchaseState; readonly rejection: Rejection; readonly index: number };

/**
 * Rebuilds a purchase from its start input and events: the same result as folding
 * {@link process!transition} over them, stopping at the first refusal, but in time linear in the
 * number of events (no intermediate state is built).
 *
 * @param start - the input of {@link process!startPurchase}.
 * @param events - the events, oldest first.
 * @param context - the buying center, for the role rules.
 * @returns `{ ok: true, state }`, or `{ ok: false, state, rejection, index }` where `state` is
 *   the purchase before the event at `index`.
 * @throws BuygridInputError when the start input or an event has the wrong shape (paths as `events[2].offer.amount`).
 *
 * @example
 * ```ts
 * import { replay } from 'buygrid/process';
 * const result = replay({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }, [
 *   { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
 *   { type: 'requirementAdded', at: '2026-03-03T09:00:00Z', requirement: { id: 'r1', text: '2.5 t capacity' } },
 *   { type: 'specificationApproved', at: '2026-03-04T09:00:00Z' },
 *   { type: 'negotiationStarted', at: '2026-03-05T09:00:00Z' },
 * ]);
 * result.ok ? null : [result.index, result.rejection.guard, result.state.status];
 * //=> [3, 'min-shortlisted', 'supplier-search']
 * ```
 * @category Start here
 */
export function replay(
  start: StartPurchaseInput,
  events: readonly PurchaseEvent[],
  context?: TransitionContext,
): ReplayResult {
  const initial = startPurchase(start);
  const checkedContext = toContext(context);
  // The list read once, without its iterator; each event is checked as it comes.
  const list = readable(
    () => (Array.isArray(events) ? (Array.prototype.slice.call(events) as unknown[]) : undefined),
    'events',
  );
  if (list === undefined) fail('events', 'an array of events', events, 'invalid-type');
  const draft: Draft = {
    ...initial,
    requirements: [],
    suppliers: [...initial.suppliers],
    offers: [],
    visits: [...initial.visits],
    reviews: [],
    history: [],
  };
  for (let index = 0; index < list.length; index++) {
    const event = checkEvent(list[index], `events[${String(index)}]`);
    const rejection = refusal(draft, event, checkedContext);
    if (rejection !== undefined) {
      MADE_STATES.add(deepFreeze(draft as PurchaseState));
      return deepFreeze({ ok: false, state: draft, rejection, index });
    }
    applyEvent(draft, event, true);
    (draft.history as PurchaseEvent[]).push(event);
  }
  MADE_STATES.add(deepFreeze(draft as PurchaseState));
  return deepFreeze({ ok: true, state: draft });
}

/** The start input a state was started with, as {@link replay} takes it. */
export function startOf(state: PurchaseState): StartPurchaseInput {
  return {
    id: state.id,
    at: state.startedAt,
    need: state.need,
    situation: state.situation,
    knownSuppliers: state.knownSuppliers,
    policy: state.policy,
  };
}
