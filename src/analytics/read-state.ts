/**
 * The boundary of `summarizePurchases`: each state is checked, field by field, for what the
 * summary reads, and copied into a compact record of numbers that the summary works on.
 *
 * @module
 */
import { fail } from '../_lib/parse.js';
import { timestamp } from '../_lib/schemas.js';
import { BUYCLASSES, REGIMES, STEPS, type Buyclass, type Regime } from '../_lib/vocabulary.js';
import { OUTCOMES, type PurchaseStatus } from '../process/state.js';

/** The seven statuses, steps first: a status's index here is its number in a {@link Compact}. */
export const STATUSES: readonly PurchaseStatus[] = [...STEPS, ...OUTCOMES];
const STATUS_INDEX: ReadonlyMap<unknown, number> = new Map(STATUSES.map((s, i) => [s, i]));
// The very RegExp the `timestamp` schema tests.
// eslint-disable-next-line @typescript-eslint/no-deprecated -- zod marks `_zod` internal, not deprecated
const TIMESTAMP: RegExp = timestamp._zod.pattern;

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

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null;

function time(value: unknown, path: string): number {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) fail(path, 'an ISO-8601 timestamp with a time zone', value);
  return Date.parse(value);
}

function oneOf<T extends string>(values: readonly T[], value: unknown, path: string): T {
  if (!(values as readonly unknown[]).includes(value))
    fail(path, `one of ${values.map((v) => JSON.stringify(v)).join(' | ')}`, value);
  return value as T;
}

/**
 * Checks a purchase state for what the summary reads — `status`, `startedAt`, `situation`,
 * `visits` and the time of the last event of `history` — and copies it into a {@link Compact}.
 * Throws a `BuygridInputError` naming the field (`states[3].visits[0].entered`).
 */
export function readState(state: unknown, path: string): Compact {
  if (!isObject(state)) fail(path, 'a purchase state', state);
  const status = STATUS_INDEX.get(state['status']);
  if (status === undefined) fail(`${path}.status`, `one of ${STATUSES.join(' | ')}`, state['status']);
  const startedMs = time(state['startedAt'], `${path}.startedAt`);
  const situation = state['situation'];
  if (!isObject(situation)) fail(`${path}.situation`, 'an object { buyclass, regime }', situation);
  const buyclass = oneOf(BUYCLASSES, situation['buyclass'], `${path}.situation.buyclass`);
  const regime = oneOf(REGIMES, situation['regime'], `${path}.situation.regime`);
  const history = state['history'];
  if (!Array.isArray(history)) fail(`${path}.history`, 'an array of events', history);
  const last: unknown = history[history.length - 1];
  const lastMs =
    last === undefined
      ? startedMs
      : time(isObject(last) ? last['at'] : undefined, `${path}.history[${String(history.length - 1)}].at`);
  const visits = state['visits'];
  if (!Array.isArray(visits) || visits.length === 0) fail(`${path}.visits`, 'a non-empty array of visits', visits);
  const steps: number[] = [];
  const entered: number[] = [];
  const left: number[] = [];
  let previous = '';
  let previousMs = Number.NaN;
  for (let i = 0; i < visits.length; i++) {
    const visit: unknown = visits[i];
    const at = `${path}.visits[${String(i)}]`;
    if (!isObject(visit)) fail(at, 'a visit { step, entered, left? }', visit);
    const step = STATUS_INDEX.get(visit['step']);
    if (step === undefined || step >= STEPS.length) fail(`${at}.step`, `one of ${STEPS.join(' | ')}`, visit['step']);
    const enteredAt = visit['entered'];
    // A visit is entered when the one before it was left: that time was checked already.
    entered.push(enteredAt === previous ? previousMs : time(enteredAt, `${at}.entered`));
    const leftAt = visit['left'];
    const open = leftAt === undefined && i === visits.length - 1 && status < STEPS.length;
    previousMs = open ? Number.NaN : time(leftAt, `${at}.left`);
    previous = leftAt as string;
    steps.push(step);
    left.push(previousMs);
  }
  return { status, buyclass, regime, startedMs, lastMs, steps, entered, left };
}
