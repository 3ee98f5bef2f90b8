/**
 * Events as flat rows: one row per event, one cell per column, as a CSV parser, a
 * spreadsheet or an SQL query gives them — the shape of an export from a CRM or an ERP.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../_lib/errors.js';
import { MAX_KEYS, readable } from '../_lib/boundary.js';
import { describeValue, formatPath } from '../_lib/describe.js';
import { fail } from '../_lib/parse.js';
import { checkEvent } from './check.js';
import type { PurchaseEvent, PurchaseEventType } from './events.js';

/**
 * The columns of a flat event row, and the kind of cell each takes: `text` (a string; a
 * number is turned into its decimal string, as SQL gives numeric ids), `number` (a number,
 * or a decimal string such as `"1250.5"`), `boolean` (`true`/`false`, `"true"`/`"false"` in
 * any case, `1`/`0`, `"1"`/`"0"`) or `timestamp` (an ISO-8601 string with a time zone, or a
 * `Date`). `purchaseId` names the purchase a row belongs to; {@link eventFromRow} does not
 * read it (grouping rows into purchases is `groupRows` of `buygrid/analytics`).
 *
 * @example
 * ```ts
 * import { EVENT_ROW_COLUMNS } from 'buygrid/process';
 * Object.keys(EVENT_ROW_COLUMNS).slice(0, 4);
 * //=> ['purchaseId', 'type', 'at', 'by']
 * EVENT_ROW_COLUMNS.amount;
 * //=> 'number'
 * ```
 */
export const EVENT_ROW_COLUMNS = /* @__PURE__ */ deepFreeze({
  purchaseId: 'text',
  type: 'text',
  at: 'timestamp',
  by: 'text',
  requirementId: 'text',
  text: 'text',
  priority: 'text',
  supplierId: 'text',
  name: 'text',
  incumbent: 'boolean',
  amount: 'number',
  currency: 'text',
  leadTimeDays: 'number',
  warrantyMonths: 'number',
  to: 'text',
  reason: 'text',
  note: 'text',
  satisfaction: 'number',
} as const satisfies Readonly<Record<string, 'text' | 'number' | 'boolean' | 'timestamp'>>);

/** A column of a flat event row: one of the keys of {@link EVENT_ROW_COLUMNS}. */
export type EventRowColumn = keyof typeof EVENT_ROW_COLUMNS;

/**
 * The row shape of each event type: the columns it fills besides `type`, `at` and `by`,
 * each with the path of the event field it holds. A filled column that the type does not
 * take is an error (a cell in the wrong column); columns not in {@link EVENT_ROW_COLUMNS}
 * are ignored, so an export may carry its own columns beside the events.
 *
 * @example
 * ```ts
 * import { EVENT_ROW_SHAPES } from 'buygrid/process';
 * EVENT_ROW_SHAPES.offerReceived.amount;
 * //=> 'offer.amount'
 * EVENT_ROW_SHAPES.requirementRemoved;
 * //=> { requirementId: 'requirementId' }
 * ```
 */
export const EVENT_ROW_SHAPES = /* @__PURE__ */ deepFreeze({
  needQualified: {},
  requirementAdded: { requirementId: 'requirement.id', text: 'requirement.text', priority: 'requirement.priority' },
  requirementRemoved: { requirementId: 'requirementId' },
  specificationApproved: {},
  supplierIdentified: { supplierId: 'supplier.id', name: 'supplier.name', incumbent: 'supplier.incumbent' },
  supplierShortlisted: { supplierId: 'supplierId' },
  supplierExcluded: { supplierId: 'supplierId', reason: 'reason' },
  negotiationStarted: {},
  offerReceived: {
    supplierId: 'offer.supplierId',
    amount: 'offer.amount',
    currency: 'offer.currency',
    leadTimeDays: 'offer.leadTimeDays',
    warrantyMonths: 'offer.warrantyMonths',
  },
  decisionRequested: {},
  supplierSelected: { supplierId: 'supplierId' },
  stepRevisited: { to: 'to', reason: 'reason' },
  stepSkipped: { to: 'to', reason: 'reason' },
  purchaseAbandoned: { reason: 'reason', note: 'note' },
  performanceReviewed: { supplierId: 'supplierId', satisfaction: 'satisfaction', note: 'note' },
} as const satisfies { readonly [K in PurchaseEventType]: Readonly<Partial<Record<EventRowColumn, string>>> });

/** A cell of a flat row: what a CSV parser, a spreadsheet or SQL gives; `''`, `null` and `undefined` are an empty cell. */
export type EventRowCell = string | number | boolean | Date | null | undefined;

/** A flat event row: cells by column name (see {@link EVENT_ROW_COLUMNS}); other columns are ignored. */
export type EventRow = Readonly<Record<string, EventRowCell>>;

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
/** Whether a cell is empty (`''`, `null` or `undefined`): an absent field. */
export const isEmpty = (cell: unknown): boolean => cell === undefined || cell === null || cell === '';
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };

/** A boolean cell (`true`/`false`, `1`/`0`, any case, as a string, number or boolean), or `undefined`. */
export function flagOf(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const key = typeof cell === 'number' || typeof cell === 'string' ? String(cell).trim().toLowerCase() : '';
  return has(BOOLEANS, key) ? BOOLEANS[key] : undefined;
}

/**
 * The boundary of a row: its own cells read once into a copy (those `keep` wants; the others
 * are not read), a valid `Date` as its ISO string. Everything after works on the copy.
 *
 * @param row - the caller's row.
 * @param prefix - the row's path (`''` for a lone row), put before the column of each issue.
 * @throws BuygridInputError when `row` is not an object, has more than `MAX_KEYS` cells or a
 *   `__proto__` column that `keep` keeps, or throws when read.
 */
export function rowCells(
  row: unknown,
  prefix: string,
  keep: (column: string) => boolean = () => true,
): Record<string, unknown> {
  const path = formatPath([], prefix);
  if (typeof row !== 'object' || row === null || readable(() => Array.isArray(row), path)) {
    fail(path, 'a row (an object of cells)', row, 'invalid-type');
  }
  const columns = readable(() => Object.keys(row), path);
  if (columns.length > MAX_KEYS) {
    throw new BuygridInputError([
      {
        code: 'too-big',
        path,
        expected: `a row of at most ${String(MAX_KEYS)} cells`,
        received: `${String(columns.length)} cells`,
      },
    ]);
  }
  const cells: Record<string, unknown> = {};
  for (const column of columns) {
    if (!keep(column)) continue;
    const at = formatPath([column], prefix);
    const cell = readable(() => plainCell((row as Readonly<Record<string, unknown>>)[column]), at);
    if (column === '__proto__') fail(at, 'no such column', cell, 'unknown-key');
    cells[column] = cell;
  }
  return cells;
}

/** A valid `Date` cell as its ISO string; any other cell (an invalid `Date` too) as it is, for the reader to refuse. */
function plainCell(cell: unknown): unknown {
  if (!(cell instanceof Date)) return cell;
  const time = cell.getTime();
  return Number.isNaN(time) ? cell : new Date(time).toISOString();
}

type Cell = { ok: true; value: unknown } | { ok: false; expected: string };

/** Reads one non-empty cell as its column's kind. */
function readCell(kind: (typeof EVENT_ROW_COLUMNS)[EventRowColumn], cell: unknown): Cell {
  switch (kind) {
    case 'number':
      if (typeof cell === 'number') return { ok: true, value: cell };
      if (typeof cell === 'string' && DECIMAL.test(cell.trim())) return { ok: true, value: Number(cell) };
      return { ok: false, expected: 'a number, or a decimal string as "1250.5"' };
    case 'boolean': {
      const value = flagOf(cell);
      return value === undefined ? { ok: false, expected: 'true or false (or 1 or 0)' } : { ok: true, value };
    }
    case 'timestamp': // a valid Date is its ISO string already (rowCells)
      if (typeof cell === 'string') return { ok: true, value: cell };
      return { ok: false, expected: 'an ISO-8601 timestamp with a time zone, as 2026-03-01T09:00:00Z' };
    case 'text':
      if (typeof cell === 'string') return { ok: true, value: cell };
      if (typeof cell === 'number' && Number.isFinite(cell)) return { ok: true, value: String(cell) };
      return { ok: false, expected: 'a string' };
  }
}

/** Sets `value` at a one- or two-part path of `target`. */
function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf('.');
  if (dot < 0) {
    target[path] = value;
    return;
  }
  const outer = path.slice(0, dot);
  const inner = (target[outer] ??= {}) as Record<string, unknown>;
  inner[path.slice(dot + 1)] = value;
}

/** The column of an event path (`offer.amount` → `amount`), for the messages. */
function columnOf(type: PurchaseEventType, path: string): string {
  const shape: Readonly<Record<string, string>> = EVENT_ROW_SHAPES[type];
  for (const column in shape) if (shape[column] === path) return column;
  return path;
}

/** `checkEvent` of what the cells gave: its issues named by column, an absent field said as an empty cell. */
function checkCells(event: Readonly<Record<string, unknown>>, column: (path: string) => string): PurchaseEvent {
  try {
    return checkEvent(event);
  } catch (error) {
    if (!isBuygridInputError(error)) throw error;
    throw new BuygridInputError(
      error.issues.map((issue) => ({
        code: issue.code,
        path: column(issue.path),
        expected: issue.expected,
        received: issue.received === 'undefined' ? 'an empty cell' : issue.received,
      })),
    );
  }
}

/**
 * Reads a flat row into an event, or throws with the issues by column (paths `prefix.column`).
 * Used by {@link eventFromRow}, and by `replayMany` with the row's path as prefix.
 */
export function readRow(row: unknown, prefix = ''): PurchaseEvent {
  const at = (column: string): string => (prefix === '' ? column : `${prefix}.${column}`);
  const cells = rowCells(row, prefix, (column) => column !== 'purchaseId' && has(EVENT_ROW_COLUMNS, column));
  const type = cells['type'];
  if (typeof type !== 'string' || !has(EVENT_ROW_SHAPES, type)) {
    // Throws, listing the fifteen types; an empty type cell is said as any empty cell is.
    return checkCells(isEmpty(type) ? {} : { type }, at);
  }
  const shape: Readonly<Record<string, string>> = EVENT_ROW_SHAPES[type as PurchaseEventType];
  const issues: BuygridIssue[] = [];
  const event: Record<string, unknown> = { type };
  for (const column in cells) {
    if (column === 'type') continue;
    const cell = cells[column];
    if (isEmpty(cell)) continue;
    const path = column === 'at' || column === 'by' ? column : shape[column];
    if (path === undefined) {
      issues.push({
        code: 'unknown-key',
        path: at(column),
        expected: `an empty cell (${type} has no ${column})`,
        received: describeValue(cell),
      });
      continue;
    }
    const read = readCell(EVENT_ROW_COLUMNS[column as EventRowColumn], cell);
    if (read.ok) setAt(event, path, read.value);
    else
      issues.push({ code: 'invalid-type', path: at(column), expected: read.expected, received: describeValue(cell) });
  }
  // A nested payload is built even when all its cells are empty, so a missing cell is named.
  for (const column in shape) {
    const path = shape[column] as string;
    if (path.includes('.')) event[path.slice(0, path.indexOf('.'))] ??= {};
  }
  if (issues.length > 0) throw new BuygridInputError(issues);
  return checkCells(event, (path) => at(columnOf(type as PurchaseEventType, path)));
}

/**
 * Reads a flat row — one event, its payload spread over named columns — into an event.
 * Numbers may come as decimal strings, booleans as `true`/`false` or `1`/`0`, ids as numbers;
 * an empty cell (`''`, `null`, `undefined`) is an absent field. The columns of each type are
 * {@link EVENT_ROW_SHAPES}; `purchaseId` and columns that are not event columns are ignored.
 *
 * @param row - the row: cells by column name.
 * @returns the event, validated, deeply frozen.
 * @throws BuygridInputError naming each faulty column (`amount: expected a number…`), a
 *   filled column the type does not take, or an unknown `type`.
 *
 * @example
 * ```ts
 * import { eventFromRow } from 'buygrid/process';
 * eventFromRow({ purchaseId: 'deal-7', type: 'offerReceived', at: '2026-03-13T09:00:00Z', supplierId: 'lift-ag', amount: '58000', currency: 'EUR', note: '' });
 * //=> { type: 'offerReceived', at: '2026-03-13T09:00:00Z', offer: { supplierId: 'lift-ag', amount: 58000, currency: 'EUR' } }
 * eventFromRow({ type: 'offerReceived', at: '2026-03-13T09:00:00Z', supplierId: 'lift-ag', amount: '58,000', currency: 'EUR' });
 * //=> throws BuygridInputError
 * ```
 */
export function eventFromRow(row: EventRow): PurchaseEvent {
  return readRow(row);
}

/**
 * Writes an event as a flat row: `type`, `at`, `by` and the columns of its type
 * ({@link EVENT_ROW_SHAPES}), numbers as numbers, `incumbent` as a boolean; absent fields
 * are left out. {@link eventFromRow} reads it back to an equal event.
 *
 * @param event - a purchase event.
 * @returns the row, deeply frozen.
 * @throws BuygridInputError when the event is not of a known shape.
 *
 * @example
 * ```ts
 * import { eventToRow } from 'buygrid/process';
 * eventToRow({ type: 'requirementAdded', at: '2026-03-04T09:00:00Z', requirement: { id: 'capacity', text: 'Lifts 2.5 t' } });
 * //=> { type: 'requirementAdded', at: '2026-03-04T09:00:00Z', requirementId: 'capacity', text: 'Lifts 2.5 t' }
 * ```
 */
export function eventToRow(event: PurchaseEvent): EventRow {
  const checked = checkEvent(event, 'event') as unknown as Readonly<Record<string, unknown>>;
  const row: Record<string, EventRowCell> = { type: checked['type'] as string, at: checked['at'] as string };
  if (checked['by'] !== undefined) row['by'] = checked['by'] as string;
  const shape: Readonly<Record<string, string>> = EVENT_ROW_SHAPES[event.type];
  for (const column in shape) {
    const path = (shape[column] as string).split('.');
    let value: unknown = checked;
    for (const key of path) value = (value as Readonly<Record<string, unknown>>)[key];
    if (value !== undefined) row[column] = value as EventRowCell;
  }
  return Object.freeze(row);
}
