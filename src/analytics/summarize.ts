/**
 * Many purchases summarized: counts by status, the funnel, cycle times and step durations in
 * days, revisits, where open purchases stall, and the observed transitions — in all and by group.
 *
 * @module
 */
import { BuygridInputError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { describeValue } from '../_lib/describe.js';
import { fail, parse } from '../_lib/parse.js';
import { optionsOf } from '../_lib/options.js';
import { readable } from '../_lib/boundary.js';
import { timestamp } from '../_lib/schemas.js';
import { STEPS, type Step } from '../_lib/vocabulary.js';
import { toState } from '../process/persistence.js';
import type { PurchaseState, PurchaseStatus } from '../process/state.js';
import { NODES, START_NODE, flowchart, transitionsOf, type ObservedTransition } from './flowchart.js';
import { STATUSES, readState, type Compact } from './read-state.js';
import { dayStats, type DayStats } from './stats.js';

/** How to group purchases: by `buyclass` or `regime` of their situation, or by a key a function gives. */
export type SummaryGrouping = 'buyclass' | 'regime' | ((state: PurchaseState) => string);

/** Options of {@link summarizePurchases}. */
export interface SummarizeOptions {
  /** Groups the purchases (besides the summary of all): `buyclass`, `regime`, or a function from a state to a key. */
  readonly by?: SummaryGrouping;
  /**
   * The time of the export (ISO-8601): open purchases are idle from their last event to
   * then (`stall`). Without it, idle times are not given. A time before a purchase's last
   * event counts as 0 days.
   */
  readonly asOf?: string;
}

/** The summary of a set of purchases. Every duration is in days (the names say so). */
export interface GroupSummary {
  /** How many purchases. */
  readonly count: number;
  /** Purchases by status: each step (open purchases) and outcome. */
  readonly byStatus: Readonly<Record<PurchaseStatus, number>>;
  /**
   * Per step: how many purchases reached it (visited it at least once), their share of all,
   * how many were abandoned in it, and the abandon rate (abandoned / reached; `null` when none reached it).
   */
  readonly funnel: Readonly<
    Record<
      Step,
      {
        readonly reached: number;
        readonly reachedShare: number | null;
        readonly abandoned: number;
        readonly abandonRate: number | null;
      }
    >
  >;
  /** Days from start to outcome, of the awarded and of the abandoned purchases. */
  readonly cycleTimeDays: { readonly awarded: DayStats; readonly abandoned: DayStats };
  /**
   * Per step, the days spent in it (summed over visits) by the purchases that have left it
   * at least once; the stay still under way in an open purchase's step is left out (it is not
   * over: see `stall`), so open purchases do not stretch the durations.
   */
  readonly stepDays: Readonly<Record<Step, DayStats>>;
  /** Per step: purchases that came back to it (`stepRevisited`), the returns, and the rate (purchases / reached). */
  readonly revisits: Readonly<
    Record<Step, { readonly purchases: number; readonly events: number; readonly rate: number | null }>
  >;
  /**
   * Per step: the open purchases in it, and their days since their last accepted event
   * (`null` without `asOf`); an event `replayMany` refused or found malformed is not in the
   * state, so it does not count as activity.
   */
  readonly stall: Readonly<Record<Step, { readonly open: number; readonly idleDays: DayStats | null }>>;
  /** Every move purchases made, from the start or a status to a status, with its count. */
  readonly transitions: readonly ObservedTransition[];
  /** The transitions as a Mermaid `flowchart LR`, edges labelled and drawn by count. */
  readonly mermaid: string;
}

/** The result of {@link summarizePurchases}: the summary of all purchases and, with `by`, of each group. */
export interface PurchasesSummary {
  /** The `asOf` given, or `null`. */
  readonly asOf: string | null;
  /** The grouping: `buyclass`, `regime`, `custom` (a function), or `null`. */
  readonly by: 'buyclass' | 'regime' | 'custom' | null;
  /** All purchases together. */
  readonly all: GroupSummary;
  /** One summary per group key, keys in alphabetical order (empty without `by`). */
  readonly groups: Readonly<Record<string, GroupSummary>>;
}

const S = STEPS.length;

/** Running totals of one group. */
class Totals {
  count = 0;
  readonly byStatus = new Array<number>(STATUSES.length).fill(0);
  readonly reached = new Array<number>(S).fill(0);
  readonly abandoned = new Array<number>(S).fill(0);
  readonly revisitPurchases = new Array<number>(S).fill(0);
  readonly revisitEvents = new Array<number>(S).fill(0);
  readonly open = new Array<number>(S).fill(0);
  readonly stepMs: number[][] = STEPS.map(() => []);
  readonly idleMs: number[][] = STEPS.map(() => []);
  readonly awardedMs: number[] = [];
  readonly abandonedMs: number[] = [];
  readonly moves = new Array<number>(NODES * NODES).fill(0);
}

/** What one purchase adds to the totals, worked out once. */
interface Contribution {
  readonly status: number;
  readonly reached: readonly boolean[];
  readonly stepMs: readonly number[]; // -1 where the step was never left
  readonly revisits: readonly number[];
  readonly moves: readonly number[]; // from * NODES + to, one per move
  readonly cycleMs: number; // NaN for an open purchase
  readonly idleMs: number; // NaN without asOf or for a closed purchase
}

function contribution(c: Compact, asOfMs: number): Contribution {
  const reached = new Array<boolean>(S).fill(false);
  const stepMs = new Array<number>(S).fill(-1);
  const revisits = new Array<number>(S).fill(0);
  const moves = [START_NODE * NODES + (c.steps[0] as number)];
  const closed = c.status >= S;
  for (let i = 0; i < c.steps.length; i++) {
    const step = c.steps[i] as number;
    const left = c.left[i] as number;
    reached[step] = true;
    if (!Number.isNaN(left))
      stepMs[step] = Math.max(0, stepMs[step] as number) + Math.max(0, left - (c.entered[i] as number));
    const next = c.steps[i + 1];
    if (next !== undefined) {
      moves.push(step * NODES + next);
      if (next < step) revisits[next] = (revisits[next] as number) + 1;
    }
  }
  const lastStep = c.steps[c.steps.length - 1] as number;
  if (closed) moves.push(lastStep * NODES + c.status);
  return {
    status: c.status,
    reached,
    stepMs,
    revisits,
    moves,
    cycleMs: closed ? Math.max(0, (c.left[c.left.length - 1] as number) - c.startedMs) : Number.NaN,
    idleMs: closed || Number.isNaN(asOfMs) ? Number.NaN : Math.max(0, asOfMs - c.lastMs),
  };
}

function add(t: Totals, c: Contribution): void {
  t.count += 1;
  t.byStatus[c.status] = (t.byStatus[c.status] as number) + 1;
  for (let s = 0; s < S; s++) {
    if (!(c.reached[s] as boolean)) continue;
    t.reached[s] = (t.reached[s] as number) + 1;
    const ms = c.stepMs[s] as number;
    if (ms >= 0) (t.stepMs[s] as number[]).push(ms);
    const back = c.revisits[s] as number;
    if (back > 0) {
      t.revisitPurchases[s] = (t.revisitPurchases[s] as number) + 1;
      t.revisitEvents[s] = (t.revisitEvents[s] as number) + back;
    }
  }
  for (const move of c.moves) t.moves[move] = (t.moves[move] as number) + 1;
  const outcome = STATUSES[c.status];
  if (outcome === 'awarded') t.awardedMs.push(c.cycleMs);
  else if (outcome === 'abandoned') {
    const step = Math.floor((c.moves[c.moves.length - 1] as number) / NODES);
    t.abandoned[step] = (t.abandoned[step] as number) + 1;
    t.abandonedMs.push(c.cycleMs);
  } else {
    t.open[c.status] = (t.open[c.status] as number) + 1;
    if (!Number.isNaN(c.idleMs)) (t.idleMs[c.status] as number[]).push(c.idleMs);
  }
}

const perStep = <T>(value: (s: number) => T): Record<Step, T> =>
  Object.fromEntries(STEPS.map((step, s) => [step, value(s)])) as Record<Step, T>;
const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function summary(t: Totals, withIdle: boolean): GroupSummary {
  const transitions = transitionsOf(t.moves);
  return {
    count: t.count,
    byStatus: Object.fromEntries(STATUSES.map((status, i) => [status, t.byStatus[i]])) as Record<
      PurchaseStatus,
      number
    >,
    funnel: perStep((s) => {
      const reached = t.reached[s] as number;
      const abandoned = t.abandoned[s] as number;
      return { reached, reachedShare: rate(reached, t.count), abandoned, abandonRate: rate(abandoned, reached) };
    }),
    cycleTimeDays: { awarded: dayStats(t.awardedMs), abandoned: dayStats(t.abandonedMs) },
    stepDays: perStep((s) => dayStats(t.stepMs[s] as number[])),
    revisits: perStep((s) => {
      const purchases = t.revisitPurchases[s] as number;
      return { purchases, events: t.revisitEvents[s] as number, rate: rate(purchases, t.reached[s] as number) };
    }),
    stall: perStep((s) => ({
      open: t.open[s] as number,
      idleDays: withIdle ? dayStats(t.idleMs[s] as number[]) : null,
    })),
    transitions,
    mermaid: flowchart(transitions),
  };
}

/** The group key the caller's function gives a state; a function that throws is a bad `options.by`. */
function keyOf(by: (state: PurchaseState) => unknown, state: PurchaseState, path: string): unknown {
  try {
    return by(state);
  } catch (error) {
    if (error instanceof BuygridInputError) throw error;
    throw new BuygridInputError([
      {
        path: `options.by(${path})`,
        expected: 'a function (state) => key that returns',
        received: `a function that threw ${describeValue(error instanceof Error ? error.message : error)}`,
      },
    ]);
  }
}

function readOptions(options: unknown): { by: SummarizeOptions['by']; asOf: string | undefined } {
  const { by, asOf } = optionsOf(options, ['by', 'asOf']);
  if (by !== undefined && by !== 'buyclass' && by !== 'regime' && typeof by !== 'function') {
    throw new BuygridInputError([
      {
        path: 'options.by',
        expected: '"buyclass" | "regime" | a function (state) => key',
        received: describeValue(by),
      },
    ]);
  }
  return {
    by: by as SummarizeOptions['by'],
    asOf: asOf === undefined ? undefined : parse(timestamp(), asOf, 'options.asOf'),
  };
}

/**
 * Summarizes many purchases — the states of `replayMany`, or any purchase states: counts by
 * status, the funnel (reached and abandoned per step), cycle times and step durations **in
 * days** (mean, minimum, quartiles, maximum), revisit rates, where open purchases stall
 * (and, given `asOf`, for how long), and the observed transitions with a Mermaid flowchart
 * of them — for all purchases and, with `by`, per buyclass, regime or a key of yours.
 *
 * A revisit is a move back to an earlier step (`stepRevisited`); its rate is over the
 * purchases that reached the step. Every state is checked for the fields the summary reads.
 *
 * @param states - the purchases.
 * @param options - `by`: `buyclass`, `regime` or a function (state) → key; `asOf`: the time of the export.
 * @returns the summary of all, and of each group; deeply frozen plain data.
 * @throws BuygridInputError naming the field of a state that is not a purchase state
 *   (`states[3].visits[0].entered`; a state the library did not make is checked as
 *   `parsePurchaseState` checks a stored one), a bad option, or a `by` function's key that is not a string.
 *
 * @example
 * ```ts
 * import { replayMany, summarizePurchases } from 'buygrid/analytics';
 * const start = (id: string, buyclass: 'new-task' | 'straight-rebuy') => ({ id, at: '2026-03-01T00:00:00Z', need: { summary: 'Pallets' }, situation: { buyclass } });
 * const { states } = replayMany([
 *   { start: start('d1', 'new-task'), events: [{ type: 'needQualified', at: '2026-03-05T00:00:00Z' }] },
 *   { start: start('d2', 'new-task'), events: [{ type: 'purchaseAbandoned', at: '2026-03-03T00:00:00Z', reason: 'budget' }] },
 *   { start: start('d3', 'straight-rebuy'), events: [] },
 * ]);
 * const summary = summarizePurchases(states, { by: 'buyclass', asOf: '2026-03-11T00:00:00Z' });
 * summary.all.byStatus;
 * //=> { 'need-recognition': 1, specification: 1, abandoned: 1 }
 * summary.groups['new-task']?.funnel['need-recognition'];
 * //=> { reached: 2, abandoned: 1, abandonRate: 0.5 }
 * summary.all.cycleTimeDays.abandoned.median;
 * //=> 2
 * summary.all.stall.specification.idleDays?.median;
 * //=> 6
 * summary.all.mermaid.split('\n')[0];
 * //=> 'flowchart LR'
 * ```
 */
export function summarizePurchases(states: readonly PurchaseState[], options: SummarizeOptions = {}): PurchasesSummary {
  if (!readable(() => Array.isArray(states), 'states')) {
    fail('states', 'an array of purchase states', states, 'invalid-type');
  }
  const { by, asOf } = readOptions(options);
  const asOfMs = asOf === undefined ? Number.NaN : Date.parse(asOf);
  const all = new Totals();
  const groups = new Map<string, Totals>();
  const count = readable(() => states.length, 'states.length');
  for (let i = 0; i < count; i++) {
    const path = `states[${String(i)}]`;
    // A state the library made is read as it is; any other is checked as parsePurchaseState checks it.
    const state = toState(
      readable((): unknown => states[i], path),
      path,
    );
    const compact = readState(state);
    const c = contribution(compact, asOfMs);
    add(all, c);
    if (by === undefined) continue;
    const key: unknown =
      by === 'buyclass' ? compact.buyclass : by === 'regime' ? compact.regime : keyOf(by, state, path);
    if (typeof key !== 'string')
      throw new BuygridInputError([{ path: `by(${path})`, expected: 'a string key', received: describeValue(key) }]);
    let totals = groups.get(key);
    if (totals === undefined) groups.set(key, (totals = new Totals()));
    add(totals, c);
  }
  const withIdle = asOf !== undefined;
  return deepFreeze({
    asOf: asOf ?? null,
    by: by === undefined ? null : typeof by === 'function' ? 'custom' : by,
    all: summary(all, withIdle),
    groups: Object.fromEntries(
      [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, t]) => [key, summary(t, withIdle)]),
    ),
  });
}
