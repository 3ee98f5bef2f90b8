/**
 * What a purchase tells once under way: where it is, how far, how long each step took,
 * how often it looped back, and what the next purchase of the same need will be.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { parse } from '../_lib/parse.js';
import { timestamp } from '../_lib/schemas.js';
import { STEPS, type Step } from '../_lib/vocabulary.js';
import type { BuyclassFacts } from '../situation/schema.js';
import { isStep } from './machine.js';
import { toState } from './persistence.js';
import type { PurchaseState } from './state.js';

/** A number per step: days, milliseconds or a count, as the function returning it says. */
export type PerStep = Readonly<Record<Step, number>>;

/**
 * The satisfaction from which a performance review counts as satisfied (an assumption: the
 * middle of the `[0, 1]` scale).
 */
export const SATISFIED_FROM = 0.5;

/** Milliseconds in a day: durations in days are milliseconds over this (a day of 24 hours; no calendar, no time zone). */
export const MS_PER_DAY = 86_400_000;

const zeros = (): Record<Step, number> => Object.fromEntries(STEPS.map((step) => [step, 0])) as Record<Step, number>;

/** The time of the last event (or of the start). */
const lastAt = (state: PurchaseState): string => state.history[state.history.length - 1]?.at ?? state.startedAt;
const end = (state: PurchaseState, now: string | undefined): number =>
  Date.parse(now === undefined ? lastAt(state) : parse(timestamp(), now, 'now'));

/**
 * Returns the step a purchase is in, or `null` once it is awarded or abandoned.
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @returns the step, or `null`.
 * @throws BuygridInputError when `state` is not a purchase state (see {@link process!parsePurchaseState}).
 *
 * @example
 * ```ts
 * import { currentStep, startPurchase } from 'buygrid/process';
 * currentStep(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }));
 * //=> 'need-recognition'
 * ```
 */
export function currentStep(state: PurchaseState): Step | null {
  const { status } = toState(state);
  return isStep(status) ? status : null;
}

/**
 * Returns how far a purchase has come: the index of its step over 5 (0 in need recognition,
 * 0.8 in decision), 1 once awarded; an abandoned purchase keeps the value of the step it
 * was abandoned in. A revisit moves it back.
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @returns a number in `[0, 1]`.
 * @throws BuygridInputError when `state` is not a purchase state (see {@link process!parsePurchaseState}).
 *
 * @example
 * ```ts
 * import { progress, startPurchase, transition } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * progress(transition(start, { type: 'needQualified', at: '2026-03-02T09:00:00Z' }).state);
 * //=> 0.2
 * ```
 */
export function progress(state: PurchaseState): number {
  const { status, abandonment } = toState(state);
  if (status === 'awarded') return 1;
  const step = status === 'abandoned' ? (abandonment?.step ?? STEPS[0]) : status;
  return STEPS.indexOf(step) / STEPS.length;
}

/**
 * Returns the time spent in each step, in milliseconds, summed over every visit. A step
 * still open ends at `now`, or without it at the last event.
 *
 * @deprecated The unit is not in the name: use {@link stepDurationsDays} (days), or
 *   multiply it by {@link MS_PER_DAY}. Kept working through 0.x.
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @param now - an ISO-8601 timestamp that ends the open step.
 * @returns milliseconds per step (0 for a step never visited).
 * @throws BuygridInputError when `state` is not a purchase state or `now` not an ISO-8601 timestamp.
 *
 * @example
 * ```ts
 * import { startPurchase, stepDurations } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * stepDurations(start, '2026-03-01T10:00:00Z')['need-recognition'];
 * //=> 3600000
 * ```
 */
export function stepDurations(state: PurchaseState, now?: string): PerStep {
  return deepFreeze(msPerStep(toState(state), now));
}

function msPerStep(state: PurchaseState, now: string | undefined): Record<Step, number> {
  const until = end(state, now);
  const out = zeros();
  for (const visit of state.visits) {
    out[visit.step] += Math.max(
      0,
      (visit.left === undefined ? until : Date.parse(visit.left)) - Date.parse(visit.entered),
    );
  }
  return out;
}

/**
 * Counts the returns to each step (`stepRevisited` events): buyers loop back (Gartner 2018:
 * most "revisit nearly every buying job at least once").
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @returns returns per step.
 * @throws BuygridInputError when `state` is not a purchase state (see {@link process!parsePurchaseState}).
 * @see Gartner, "Gartner Says the B2B Buying Journey…" (press release, 9 October 2018).
 *
 * @example
 * ```ts
 * import { revisits, startPurchase } from 'buygrid/process';
 * revisits(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } })).specification;
 * //=> 0
 * ```
 */
export function revisits(state: PurchaseState): PerStep {
  const out = zeros();
  for (const event of toState(state).history) if (event.type === 'stepRevisited') out[event.to] += 1;
  return deepFreeze(out);
}

/**
 * Returns the time from the start of a purchase to its outcome, or, while it is open, to
 * `now` (without it, to the last event), in milliseconds.
 *
 * @deprecated The unit is not in the name: use {@link cycleTimeDays} (days), or multiply
 *   it by {@link MS_PER_DAY}. Kept working through 0.x.
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @param now - an ISO-8601 timestamp, for an open purchase.
 * @returns milliseconds.
 * @throws BuygridInputError when `state` is not a purchase state or `now` not an ISO-8601 timestamp.
 *
 * @example
 * ```ts
 * import { cycleTime, startPurchase } from 'buygrid/process';
 * cycleTime(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }), '2026-03-02T09:00:00Z');
 * //=> 86400000
 * ```
 */
export function cycleTime(state: PurchaseState, now?: string): number {
  return msToEnd(toState(state), now);
}

function msToEnd(state: PurchaseState, now: string | undefined): number {
  const until = isStep(state.status) ? end(state, now) : Date.parse(lastOutcomeAt(state));
  return Math.max(0, until - Date.parse(state.startedAt));
}

/**
 * Returns the time spent in each step, in days (of 24 hours), summed over every visit. A
 * step still open ends at `now`, or without it at the last event.
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @param now - an ISO-8601 timestamp that ends the open step.
 * @returns days per step, fractional (0 for a step never visited).
 * @throws BuygridInputError when `state` is not a purchase state or `now` not an ISO-8601 timestamp.
 *
 * @example
 * ```ts
 * import { startPurchase, stepDurationsDays } from 'buygrid/process';
 * const start = startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } });
 * stepDurationsDays(start, '2026-03-03T21:00:00Z')['need-recognition'];
 * //=> 2.5
 * ```
 */
export function stepDurationsDays(state: PurchaseState, now?: string): PerStep {
  const ms = msPerStep(toState(state), now);
  return deepFreeze(Object.fromEntries(STEPS.map((step) => [step, ms[step] / MS_PER_DAY])) as Record<Step, number>);
}

/**
 * Returns the time from the start of a purchase to its outcome, or, while it is open, to
 * `now` (without it, to the last event), in days (of 24 hours).
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @param now - an ISO-8601 timestamp, for an open purchase.
 * @returns days, fractional.
 * @throws BuygridInputError when `state` is not a purchase state or `now` not an ISO-8601 timestamp.
 *
 * @example
 * ```ts
 * import { cycleTimeDays, startPurchase } from 'buygrid/process';
 * cycleTimeDays(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }), '2026-03-08T21:00:00Z');
 * //=> 7.5
 * ```
 */
export function cycleTimeDays(state: PurchaseState, now?: string): number {
  return msToEnd(toState(state), now) / MS_PER_DAY;
}

function lastOutcomeAt(state: PurchaseState): string {
  return state.selection?.at ?? state.abandonment?.at ?? lastAt(state);
}

/**
 * Returns the facts `classifyBuyclass` (of `buygrid/situation`) takes for the next purchase of
 * the same need: bought before when this one was awarded, and satisfied with the incumbent
 * when the latest performance review of the selected supplier reaches {@link SATISFIED_FROM}.
 *
 * @param state - the purchase: a state this library made is taken as it is; any other object is checked as {@link process!parsePurchaseState} checks a stored one.
 * @returns the facts; `satisfiedWithIncumbent` is left out when the supplier was not reviewed.
 * @throws BuygridInputError when `state` is not a purchase state (see {@link process!parsePurchaseState}).
 * @see Robinson, Faris & Wind (1967): performance feedback (phase 8) feeds the next buyclass.
 *
 * @example
 * ```ts
 * import { nextPurchaseFacts, startPurchase } from 'buygrid/process';
 * nextPurchaseFacts(startPurchase({ id: 'p1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } }));
 * //=> { purchasedBefore: false }
 * ```
 */
export function nextPurchaseFacts(state: PurchaseState): BuyclassFacts {
  const { selection, reviews } = toState(state);
  const selected = selection?.supplierId;
  if (selected === undefined) return deepFreeze({ purchasedBefore: false });
  let review: (typeof reviews)[number] | undefined;
  for (let i = reviews.length - 1; i >= 0 && review === undefined; i--) {
    if (reviews[i]?.supplierId === selected) review = reviews[i];
  }
  if (review === undefined) return deepFreeze({ purchasedBefore: true });
  return deepFreeze({ purchasedBefore: true, satisfiedWithIncumbent: review.satisfaction >= SATISFIED_FROM });
}
