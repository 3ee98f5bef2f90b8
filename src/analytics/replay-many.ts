/**
 * Many purchases rebuilt at once, each on its own: a refused or malformed event is recorded
 * and skipped, a purchase that cannot start is reported, and nothing one purchase holds
 * stops the others.
 *
 * @module
 */
import { isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { readable } from '../_lib/boundary.js';
import { describeValue } from '../_lib/describe.js';
import { optionsOf } from '../_lib/options.js';
import { fail } from '../_lib/parse.js';
import { checkEvent } from '../process/check.js';
import type { Draft } from '../process/effects.js';
import type { PurchaseEvent, PurchaseEventType } from '../process/events.js';
import { readRow, type EventRow } from '../process/rows.js';
import { startPurchase, type StartPurchaseInput } from '../process/start.js';
import { MADE_STATES, type PurchaseState } from '../process/state.js';
import { applyEvent, refusal, type Rejection } from '../process/transition.js';

/**
 * One purchase to rebuild: its start input and its events, oldest first — as event objects
 * (`events`) or as flat rows (`rows`, read with `eventFromRow` of `buygrid/process`), not both.
 * `start` is `null` when the rows held no start (see `groupRows`).
 */
export interface PurchaseInput {
  /** The input of `startPurchase`. */
  readonly start: StartPurchaseInput | null;
  /** The events, oldest first. */
  readonly events?: readonly PurchaseEvent[];
  /** The events as flat rows, oldest first. */
  readonly rows?: readonly EventRow[];
}

/** How {@link replayMany} treats a refused event. */
export interface ReplayManyOptions {
  /**
   * `skip` (the default): record the refused or malformed event, leave it out, and go on
   * with the next — the purchase ends where its accepted events lead. `stop`: end the
   * purchase at its first refused or malformed event, as `replay` does.
   */
  readonly onRefusal?: 'skip' | 'stop';
}

/** An event the machine refused: its index among the purchase's events, its type and the rejection. */
export interface RefusedEvent {
  readonly index: number;
  readonly type: PurchaseEventType;
  readonly rejection: Rejection;
}

/** An input of the wrong shape: the start (`index` null) or an event, its path and every issue found. */
export interface MalformedInput {
  /** The index of the event or row; `null` for the start or the purchase itself. */
  readonly index: number | null;
  /** Where it is, as `purchases[3].rows[2]`. */
  readonly path: string;
  /** The issues, with paths from the argument (`purchases[3].rows[2].amount`). */
  readonly issues: readonly BuygridIssue[];
}

/** What {@link replayMany} made of one purchase. */
export interface PurchaseReplay {
  /** The purchase's id, when its start could be read. */
  readonly id: string | null;
  /** `true` when every event was accepted and nothing was malformed. */
  readonly ok: boolean;
  /** The state the accepted events lead to; `null` when the purchase could not start. */
  readonly state: PurchaseState | null;
  /** The refused events, in order. */
  readonly refused: readonly RefusedEvent[];
  /** The malformed start or events, in order. */
  readonly malformed: readonly MalformedInput[];
}

/** The result of {@link replayMany}: one entry per purchase, in the input's order, the states, and the totals. */
export interface ReplayManyResult {
  /** One entry per purchase, in the input's order. */
  readonly purchases: readonly PurchaseReplay[];
  /** The states of the purchases that started, in order: what `summarizePurchases` takes. */
  readonly states: readonly PurchaseState[];
  /** Counts: purchases, those replayed without a problem, not started, events refused and malformed. */
  readonly totals: {
    readonly purchases: number;
    readonly ok: number;
    readonly notStarted: number;
    readonly refusedEvents: number;
    readonly malformedEvents: number;
  };
}

const KEYS = new Set(['start', 'events', 'rows']);
const prefixed = (issues: readonly BuygridIssue[], prefix: string): BuygridIssue[] =>
  issues.map((i) => ({ ...i, path: i.path === '(root)' ? prefix : `${prefix}.${i.path}` }));

/** The issues of a call that throws a `BuygridInputError`, or its value. */
function attempt<T>(run: () => T): { value: T } | { issues: readonly BuygridIssue[] } {
  try {
    return { value: run() };
  } catch (error) {
    if (isBuygridInputError(error)) return { issues: error.issues };
    throw error;
  }
}

/** Reads the purchase itself: an object with `start` and `events` or `rows`; the problem, or the list to replay. */
function readInput(
  input: unknown,
  path: string,
): { issue: BuygridIssue } | { start: unknown; list: readonly unknown[]; rows: boolean } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      issue: {
        code: 'invalid-type',
        path,
        expected: 'a purchase { start, events } or { start, rows }',
        received: describeValue(input),
      },
    };
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const key in record) {
    if (!KEYS.has(key))
      return {
        issue: {
          code: 'unknown-key',
          path: `${path}.${key}`,
          expected: 'no such field (start, events or rows)',
          received: describeValue(record[key]),
        },
      };
  }
  const { start, events, rows } = record;
  if (events !== undefined && rows !== undefined) {
    return {
      issue: { code: 'invalid-value', path: `${path}.rows`, expected: 'events or rows, not both', received: 'both' },
    };
  }
  const list = events ?? rows ?? [];
  if (!Array.isArray(list)) {
    return {
      issue: {
        code: 'invalid-type',
        path: `${path}.${rows === undefined ? 'events' : 'rows'}`,
        expected: 'an array',
        received: describeValue(list),
      },
    };
  }
  if (start === null || start === undefined) {
    return {
      issue: {
        code: 'invalid-type',
        path: `${path}.start`,
        expected: 'a start input (for rows, a purchaseStarted row or the start option of groupRows)',
        received: describeValue(start),
      },
    };
  }
  return { start, list, rows: rows !== undefined };
}

/** Rebuilds one purchase, recording what is refused or malformed. */
function replayOne(input: unknown, path: string, stop: boolean): PurchaseReplay {
  const read = readInput(input, path);
  if ('issue' in read)
    return { id: null, ok: false, state: null, refused: [], malformed: [{ index: null, path, issues: [read.issue] }] };
  const started = attempt(() => startPurchase(read.start as StartPurchaseInput));
  if ('issues' in started) {
    const id = (read.start as { id?: unknown }).id;
    return {
      id: typeof id === 'string' ? id : null,
      ok: false,
      state: null,
      refused: [],
      malformed: [{ index: null, path: `${path}.start`, issues: prefixed(started.issues, `${path}.start`) }],
    };
  }
  const initial = started.value;
  const draft: Draft = {
    ...initial,
    requirements: [],
    suppliers: [...initial.suppliers],
    offers: [],
    visits: [...initial.visits],
    reviews: [],
    history: [],
  };
  const refused: RefusedEvent[] = [];
  const malformed: MalformedInput[] = [];
  const kind = read.rows ? 'rows' : 'events';
  for (let index = 0; index < read.list.length; index++) {
    const at = `${path}.${kind}[${String(index)}]`;
    const item = read.list[index];
    const checked = attempt(() => (read.rows ? readRow(item, at) : checkEvent(item, at)));
    if ('issues' in checked) {
      malformed.push({ index, path: at, issues: checked.issues });
      if (stop) break;
      continue;
    }
    const event = checked.value;
    const rejection = refusal(draft, event);
    if (rejection !== undefined) {
      refused.push({ index, type: event.type, rejection });
      if (stop) break;
      continue;
    }
    applyEvent(draft, event, true);
    (draft.history as PurchaseEvent[]).push(event);
  }
  const ok = refused.length === 0 && malformed.length === 0;
  return { id: initial.id, ok, state: draft, refused, malformed };
}

/**
 * Rebuilds many purchases from their start inputs and events (or flat rows), each on its own.
 * Unlike `replay`, it never throws for one purchase: a malformed start, event or row is
 * recorded with its path and issues; a refused event is recorded with its index and
 * rejection and, by default, **skipped** — the purchase goes on with its next event, so
 * one refusal early in an export (an offer from a supplier nobody shortlisted) does not
 * leave the purchase stuck at that step and skew where purchases stall. Pass
 * `{ onRefusal: 'stop' }` to end each purchase at its first problem instead, as `replay` does.
 * Where nothing is refused or malformed, each state equals `replay`'s.
 *
 * @param purchases - the purchases: `{ start, events }` or `{ start, rows }` each.
 * @param options - `onRefusal`: `skip` (default) or `stop`.
 * @returns per purchase its id, state, refused and malformed events; the states; the totals. Deeply frozen.
 * @throws BuygridInputError only when `purchases` is not an array or the options are wrong.
 *
 * @example
 * ```ts
 * import { replayMany } from 'buygrid/analytics';
 * const start = { id: 'deal-1', at: '2026-03-01T09:00:00Z', need: { summary: 'Forklifts' } };
 * const result = replayMany([
 *   { start, events: [
 *     { type: 'needQualified', at: '2026-03-02T09:00:00Z' },
 *     { type: 'specificationApproved', at: '2026-03-03T09:00:00Z' },
 *     { type: 'requirementAdded', at: '2026-03-04T09:00:00Z', requirement: { id: 'r1', text: '2.5 t' } },
 *   ] },
 *   { start: { ...start, id: 'deal-2', at: 'yesterday' } },
 * ]);
 * result.purchases[0]?.refused.map((r) => [r.index, r.rejection.guard]);
 * //=> [[1, 'must-requirement']]
 * result.purchases[0]?.state?.requirements.length;
 * //=> 1
 * result.purchases[1]?.malformed[0]?.issues[0]?.path;
 * //=> 'purchases[1].start.at'
 * result.totals;
 * //=> { purchases: 2, ok: 0, notStarted: 1, refusedEvents: 1, malformedEvents: 0 }
 * ```
 */
export function replayMany(purchases: readonly PurchaseInput[], options: ReplayManyOptions = {}): ReplayManyResult {
  if (!readable(() => Array.isArray(purchases), 'purchases')) {
    fail('purchases', 'an array of purchases', purchases, 'invalid-type');
  }
  const { onRefusal } = optionsOf(options, ['onRefusal']);
  if (onRefusal !== undefined && onRefusal !== 'skip' && onRefusal !== 'stop') {
    fail('options.onRefusal', '"skip" | "stop"', onRefusal);
  }
  const results: PurchaseReplay[] = [];
  const states: PurchaseState[] = [];
  const count = readable(() => purchases.length, 'purchases.length');
  const totals = { purchases: count, ok: 0, notStarted: 0, refusedEvents: 0, malformedEvents: 0 };
  for (let i = 0; i < count; i++) {
    const path = `purchases[${String(i)}]`;
    // A getter or a Proxy of the caller's that throws makes the purchase malformed, never the call fail.
    const done = attempt(() => readable(() => replayOne(purchases[i], path, onRefusal === 'stop'), path));
    const result: PurchaseReplay =
      'value' in done
        ? done.value
        : { id: null, ok: false, state: null, refused: [], malformed: [{ index: null, path, issues: done.issues }] };
    results.push(result);
    if (result.state === null) totals.notStarted += 1;
    else states.push(result.state);
    if (result.ok) totals.ok += 1;
    totals.refusedEvents += result.refused.length;
    totals.malformedEvents += result.malformed.filter((m) => m.index !== null).length;
  }
  const result = deepFreeze({ purchases: results, states, totals });
  // Each state is what its accepted events replay to: the process functions take it as made by the library.
  for (const state of result.states) MADE_STATES.add(state);
  return result;
}
