/**
 * One step of the machine: apply an event to a state, or say why not.
 *
 * @module
 */
import { fail } from '../_lib/parse.js';
import { readable } from '../_lib/boundary.js';
import { BuygridInputError } from '../_lib/errors.js';
import { formatPath } from '../_lib/describe.js';
import { isPlainRecord } from '../_lib/fast.js';
import { toCenter } from '../buying-center/center.js';
import type { BuyingCenter } from '../buying-center/schema.js';
import { checkEvent } from './check.js';
import { EFFECTS, type Draft } from './effects.js';
import { PURCHASE_EVENT_TYPES, type PurchaseEvent, type PurchaseEventType } from './events.js';
import { GUARDS, type PurchaseGuard } from './guards.js';
import type { GuardParams, ProcessMessages } from './messages.js';
import type { Reason } from '../_lib/reason.js';
import { STATUS_EVENTS, statusLabel, isStep, takes } from './machine.js';
// persistence.ts replays through `refusal` and `applyEvent` below: the one cycle of the
// module, between functions only (nothing is used while the modules load).
import { toState } from './persistence.js';
import { MADE_STATES, type PurchaseState } from './state.js';

/** What else a transition may look at: the buying center, to check the policy's role rules. */
export interface TransitionContext {
  /** The buying center of the purchase; when given, an event the policy reserves to roles must be `by` a member holding one. */
  readonly buyingCenter?: BuyingCenter;
}

/**
 * Why an event was refused: `terminal` (the purchase is over), `not-allowed` (not at this
 * step) or a `guard` (then `guard` names it). A union discriminated on `code`, and for a
 * guard on `guard`: the `params` ({@link ProcessMessages}) narrow with them.
 *
 * @example
 * ```ts
 * import { startPurchase, transition, type Rejection } from 'buygrid/process';
 * const state = startPurchase({ id: 'p', at: '2026-01-01T00:00:00Z', need: { summary: 'Laptops' } });
 * const result = transition(state, { type: 'needQualified', at: '2025-12-31T00:00:00Z' });
 * const rejection: Rejection | undefined = result.ok ? undefined : result.rejection;
 * rejection?.code === 'guard' && rejection.guard === 'chronological' ? rejection.params.last : undefined;
 * //=> '2026-01-01T00:00:00Z'
 * ```
 */
export type Rejection =
  | (Reason<'terminal', ProcessMessages['terminal']> & { readonly guard?: undefined })
  | (Reason<'not-allowed', ProcessMessages['not-allowed']> & { readonly guard?: undefined })
  | {
      readonly [G in PurchaseGuard]: Reason<'guard', Extract<GuardParams, { readonly guard: G }>> & {
        /** The guard that refused. */
        readonly guard: G;
      };
    }[PurchaseGuard];

/** The result of {@link transition}: the next state, or the same state and the rejection. */
export type TransitionResult =
  | { readonly ok: true; readonly state: PurchaseState }
  | { readonly ok: false; readonly state: PurchaseState; readonly rejection: Rejection };

const guard = (params: GuardParams, message: string): Rejection =>
  Object.freeze({ code: 'guard', guard: params.guard, params: Object.freeze(params), message }) as Rejection;

/** The digits of a timestamp's fraction of a second past the millisecond, which `Date.parse` drops. */
function pastMillisecond(at: string): string {
  return (/\.(\d+)/.exec(at)?.[1] ?? '').slice(3);
}

/**
 * Whether ISO timestamp `a` is before `b`. Two UTC times written alike (same length, both
 * ending in `Z`) compare as strings; others through `Date.parse`, which costs far more, then
 * by the digits past the millisecond (an offset is whole minutes: it never moves them).
 */
export function isEarlier(a: string, b: string): boolean {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b;
  const ms = Date.parse(a) - Date.parse(b);
  if (ms !== 0) return ms < 0;
  const [x, y] = [pastMillisecond(a), pastMillisecond(b)];
  const digits = Math.max(x.length, y.length);
  return x.padEnd(digits, '0') < y.padEnd(digits, '0');
}

function lastAt(state: PurchaseState): string {
  return state.history[state.history.length - 1]?.at ?? state.startedAt;
}

function roleRefusal(state: PurchaseState, event: PurchaseEvent, center: BuyingCenter): Rejection | undefined {
  const roles = state.policy.roles[event.type];
  if (roles === undefined || roles.length === 0) return undefined;
  const needed = `${event.type} must be recorded by a ${roles.join(' or ')} of the buying center`;
  const params = { guard: 'role', event: event.type, roles } as const;
  if (event.by === undefined) return guard(params, `${needed}; no member was named (by)`);
  const member = center.members.find((m) => m.id === event.by);
  if (member === undefined) return guard({ ...params, by: event.by }, `${needed}; "${event.by}" is not a member`);
  if (member.roles.some((r) => roles.includes(r))) return undefined;
  const held = member.roles.length === 0 ? 'no role' : member.roles.join(', ');
  return guard({ ...params, by: event.by, held: member.roles }, `${needed}; "${event.by}" is ${held}`);
}

/** The first rule that refuses a well-formed event, in the order of the contract, or `undefined`. */
export function refusal(
  state: PurchaseState,
  event: PurchaseEvent,
  context?: TransitionContext,
): Rejection | undefined {
  const { status } = state;
  if (!takes(status, event.type)) {
    if (!isStep(status) && event.type !== 'performanceReviewed') {
      const more = status === 'awarded' ? ' but a performance review' : '';
      return Object.freeze({
        code: 'terminal',
        params: Object.freeze({ status }),
        message: `the purchase is ${status}; it takes no more events${more}`,
      });
    }
    const accepted = STATUS_EVENTS[status].join(', ');
    return Object.freeze({
      code: 'not-allowed',
      params: Object.freeze({ event: event.type, status, accepted: STATUS_EVENTS[status] }),
      message: `${event.type} is not taken in ${statusLabel(status)}; it takes ${accepted === '' ? 'nothing' : accepted}`,
    });
  }
  const last = lastAt(state);
  if (isEarlier(event.at, last)) {
    return guard(
      { guard: 'chronological', at: event.at, last },
      `the event is dated ${event.at}, before the last event of the purchase (${last})`,
    );
  }
  const center = context?.buyingCenter;
  const role = center === undefined ? undefined : roleRefusal(state, event, center);
  if (role !== undefined) return role;
  const refused = (
    GUARDS[event.type].check as (s: PurchaseState, e: PurchaseEvent) => ReturnType<typeof GUARDS.needQualified.check>
  )(state, event);
  return refused === undefined ? undefined : guard(refused.params, refused.message);
}

/** Applies a checked, accepted event to a draft (its arrays owned or shared). */
export function applyEvent(draft: Draft, event: PurchaseEvent, owned: boolean): void {
  (EFFECTS[event.type] as (d: Draft, e: PurchaseEvent, o: boolean) => void)(draft, event, owned);
}

/**
 * Validates a transition's context: nothing, or `{ buyingCenter? }` with a center checked as
 * `createBuyingCenter` checks one (a center that module made is taken as it is).
 */
export function toContext(context: unknown): TransitionContext | undefined {
  if (context === undefined) return undefined;
  if (!readable(() => isPlainRecord(context), 'context')) {
    fail('context', 'an object { buyingCenter? }', context, 'invalid-type');
  }
  // Only the center is read, once (a center the buying-center module made keeps its mark); any other field is refused unread.
  const extra = readable(() => Object.keys(context as object).find((key) => key !== 'buyingCenter'), 'context');
  if (extra !== undefined) {
    throw new BuygridInputError([
      {
        code: 'unknown-key',
        path: formatPath([extra], 'context'),
        expected: 'no such field (not part of this input)',
        received: 'a value',
      },
    ]);
  }
  const center = readable(() => (context as { buyingCenter?: unknown }).buyingCenter, 'context.buyingCenter');
  return center === undefined ? {} : { buyingCenter: toCenter(center, 'context.buyingCenter') };
}

/**
 * Applies an event to a purchase: returns the next state, or the same state object and
 * the first rule that refuses it — `terminal`, `not-allowed`, then the guards
 * `chronological`, `role` and the step's own.
 *
 * The next state shares every unchanged part with the previous one; both are deeply frozen.
 *
 * @param state - the purchase, from {@link process!startPurchase}, `transition` or {@link process!parsePurchaseState}.
 * @param event - what happened: one of the fifteen event types, with its `at` and payload.
 * @param context - the buying center, to check who may record what (`policy.roles`).
 * @returns `{ ok: true, state }`, or `{ ok: false, state, rejection }` with the state unchanged.
 * @throws BuygridInputError when the event is not of a known shape (unknown type, missing,
 *   mistyped or extra field, NaN, invalid timestamp); nothing changes.
 *
 * @example
 * ```ts
 * import { startPurchase, transition } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * const next = transition(start, { type: 'needQualified', at: '2026-03-02T09:00:00Z' });
 * next.state.status;
 * //=> 'specification'
 * const refused = transition(next.state, { type: 'specificationApproved', at: '2026-03-03T09:00:00Z' });
 * refused.ok ? null : refused.rejection.guard;
 * //=> 'must-requirement'
 * transition(start, { type: 'offerReceived', at: '2026-03-02T09:00:00Z', offer: { supplierId: 's1', amount: Number.NaN, currency: 'EUR' } });
 * //=> throws BuygridInputError
 * ```
 * @category Start here
 */
export function transition(state: PurchaseState, event: PurchaseEvent, context?: TransitionContext): TransitionResult {
  const current = toState(state);
  const checked = checkEvent(event);
  const rejection = refusal(current, checked, toContext(context));
  if (rejection !== undefined) return Object.freeze({ ok: false, state: current, rejection: Object.freeze(rejection) });
  const draft = copyState(current);
  applyEvent(draft, checked, false);
  draft.history = Object.freeze([...current.history, checked]);
  return Object.freeze({ ok: true, state: MADE_STATES.add(freezeDraft(draft)) });
}

/** A shallow copy of a state, written field by field (a spread of a frozen object is several times slower in V8). */
export function copyState(s: PurchaseState): Draft {
  return {
    schemaVersion: s.schemaVersion,
    id: s.id,
    status: s.status,
    startedAt: s.startedAt,
    need: s.need,
    situation: s.situation,
    policy: s.policy,
    knownSuppliers: s.knownSuppliers,
    requirements: s.requirements,
    suppliers: s.suppliers,
    offers: s.offers,
    visits: s.visits,
    selection: s.selection,
    abandonment: s.abandonment,
    reviews: s.reviews,
    history: s.history,
  };
}

/** Freezes the arrays an event can replace (their entries are frozen when made); shared ones are frozen already. */
export function freezeDraft(d: Draft): PurchaseState {
  Object.freeze(d.requirements);
  Object.freeze(d.suppliers);
  Object.freeze(d.offers);
  Object.freeze(d.visits);
  Object.freeze(d.reviews);
  return Object.freeze(d);
}

/**
 * Tells whether a purchase would accept an event now.
 *
 * @param state - the purchase.
 * @param event - the event to test.
 * @param context - the buying center, for the role rules.
 * @returns `true` when {@link transition} would accept it.
 * @throws BuygridInputError when the event is not of a known shape.
 *
 * @example
 * ```ts
 * import { can, startPurchase } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * can(start, { type: 'needQualified', at: '2026-03-02T09:00:00Z' });
 * //=> true
 * can(start, { type: 'decisionRequested', at: '2026-03-02T09:00:00Z' });
 * //=> false
 * ```
 */
export function can(state: PurchaseState, event: PurchaseEvent, context?: TransitionContext): boolean {
  const current = toState(state);
  return refusal(current, checkEvent(event), toContext(context)) === undefined;
}

/**
 * Lists the event types a purchase takes now, leaving out those that a guard needing no
 * payload would refuse (no `negotiationStarted` before enough suppliers are shortlisted).
 *
 * @param state - the purchase.
 * @returns the event types, in the order of {@link PURCHASE_EVENT_TYPES}.
 *
 * @example
 * ```ts
 * import { allowedEvents, startPurchase } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * allowedEvents(start);
 * //=> ['needQualified', 'purchaseAbandoned']
 * ```
 * @category Start here
 */
export function allowedEvents(state: PurchaseState): readonly PurchaseEventType[] {
  const current = toState(state);
  return Object.freeze(
    PURCHASE_EVENT_TYPES.filter((type) => takes(current.status, type) && GUARDS[type].possible(current)),
  );
}
