/**
 * What `summarizePurchases` reads of each (checked) state: a compact record of numbers that
 * the summary works on.
 *
 * @module
 */
import { STEPS, type Buyclass, type Regime } from '../_lib/vocabulary.js';
import { OUTCOMES, type PurchaseState, type PurchaseStatus } from '../process/state.js';

/** The seven statuses, steps first: a status's index here is its number in a {@link Compact}. */
export const STATUSES: readonly PurchaseStatus[] = [...STEPS, ...OUTCOMES];
const STATUS_INDEX: ReadonlyMap<unknown, number> = new Map(STATUSES.map((s, i) => [s, i]));

/** What the summary needs of one purchase, as numbers (a status as its index in {@link STATUSES}, times in ms). */
export interface Compact {
  readonly status: number;
  readonly buyclass: Buyclass;
  readonly regime: Regime;
  readonly startedMs: number;
  /** The time of the last event, or of the start. */
  readonly lastMs: number;
  /** The step of each visit, in order. */
  readonly steps: readonly number[];
  readonly entered: readonly number[];
  /** When each visit was left; `NaN` for the open one. */
  readonly left: readonly number[];
}

/**
 * Copies what the summary reads of a purchase state — `status`, `startedAt`, `situation`,
 * `visits` and the time of the last event — into a {@link Compact}. The state is valid
 * (`toState` of buygrid/process checked it, or the library made it).
 */
export function readState(state: PurchaseState): Compact {
  const status = STATUS_INDEX.get(state.status) as number;
  const startedMs = Date.parse(state.startedAt);
  const last = state.history[state.history.length - 1];
  const lastMs = last === undefined ? startedMs : Date.parse(last.at);
  const steps: number[] = [];
  const entered: number[] = [];
  const left: number[] = [];
  let previous = '';
  let previousMs = Number.NaN;
  for (const visit of state.visits) {
    // A visit is entered when the one before it was left: that time was read already.
    entered.push(visit.entered === previous ? previousMs : Date.parse(visit.entered));
    previousMs = visit.left === undefined ? Number.NaN : Date.parse(visit.left);
    previous = visit.left ?? '';
    steps.push(STATUS_INDEX.get(visit.step) as number);
    left.push(previousMs);
  }
  return {
    status,
    buyclass: state.situation.buyclass,
    regime: state.situation.regime,
    startedMs,
    lastMs,
    steps,
    entered,
    left,
  };
}
