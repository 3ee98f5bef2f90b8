/**
 * A table of flat rows — a whole export, one row per event — grouped into purchases.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { BuygridInputError, type BuygridIssueCode } from '../_lib/errors.js';
import { describeValue, formatPath } from '../_lib/describe.js';
import { MAX_ITEMS, MAX_KEYS, readable, snapshot } from '../_lib/boundary.js';
import type { EventRow, EventRowCell } from '../process/rows.js';
import type { StartPurchaseInput } from '../process/start.js';
import type { PurchaseInput } from './replay-many.js';

/**
 * The rows that describe a purchase's start rather than an event, and their columns: one
 * `purchaseStarted` row (`at`; `summary`, the need; `trigger`; `buyclass`; `regime`) and a
 * `supplierKnown` row per known supplier of a rebuy (`supplierId`, `name`, `incumbent`).
 * Empty cells are absent, as in event rows.
 *
 * @example
 * ```ts
 * import { START_ROW_COLUMNS } from 'buygrid/analytics';
 * START_ROW_COLUMNS.purchaseStarted;
 * //=> ['at', 'summary', 'trigger', 'buyclass', 'regime']
 * ```
 */
export const START_ROW_COLUMNS = /* @__PURE__ */ deepFreeze({
  purchaseStarted: ['at', 'summary', 'trigger', 'buyclass', 'regime'],
  supplierKnown: ['supplierId', 'name', 'incumbent'],
} as const);

/** Options of {@link groupRows}. */
export interface GroupRowsOptions {
  /**
   * Builds the start of a purchase that has no `purchaseStarted` row, from its id and its
   * rows (an export that keeps the deal's creation date in its own column, say).
   */
  readonly start?: (purchaseId: string, rows: readonly EventRow[]) => StartPurchaseInput;
}

const isEmpty = (cell: unknown): boolean => cell === undefined || cell === null || cell === '';
/** A text cell as `startPurchase` takes it: a number as its decimal string; anything else unchanged (the start's validation names it). */
const text = (cell: unknown): unknown => (typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : cell);
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false };
const flag = (cell: unknown): unknown => {
  const key = typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim().toLowerCase() : '';
  return Object.prototype.hasOwnProperty.call(BOOLEANS, key) ? BOOLEANS[key] : cell;
};

/** Copies the non-empty cells of `row` named in `columns`, each read by `read`. */
function cells(
  row: EventRow,
  columns: Readonly<Record<string, string>>,
  read: (column: string, cell: EventRowCell) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column in columns) {
    const cell = row[column];
    if (!isEmpty(cell)) out[columns[column] as string] = read(column, cell);
  }
  return out;
}

/** The start input of a `purchaseStarted` row and the `supplierKnown` rows of one purchase (copies, read by {@link copyRow}). */
function startOf(id: string, started: EventRow, known: readonly EventRow[]): StartPurchaseInput {
  const need = cells(started, { summary: 'summary', trigger: 'trigger' }, (_, cell) => text(cell));
  const situation = cells(started, { buyclass: 'buyclass', regime: 'regime' }, (_, cell) => cell);
  const start: Record<string, unknown> = { id, at: started['at'], need };
  if (Object.keys(situation).length > 0) start['situation'] = situation;
  if (known.length > 0) {
    start['knownSuppliers'] = known.map((row) =>
      cells(row, { supplierId: 'id', name: 'name', incumbent: 'incumbent' }, (column, cell) =>
        column === 'incumbent' ? flag(cell) : text(cell),
      ),
    );
  }
  return start as unknown as StartPurchaseInput;
}

const refuse = (code: BuygridIssueCode, path: readonly PropertyKey[], expected: string, received: string): never => {
  throw new BuygridInputError([{ code, path: formatPath(path), expected, received }]);
};

/** A cell as the copy keeps it: a valid `Date` as its ISO string, a finite number, a string, a boolean or empty. */
function copyCell(cell: unknown, path: readonly PropertyKey[]): EventRowCell {
  if (cell === undefined || cell === null || typeof cell === 'string' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return refuse(
    'invalid-type',
    path,
    'a cell: a string, a finite number, a boolean, a valid Date or empty',
    describeValue(cell),
  );
}

/** Reads one row once into a copy: each own enumerable cell read a single time. */
function copyRow(row: unknown, index: number): EventRow {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return refuse('invalid-type', ['rows', index], 'a row (an object of cells)', describeValue(row));
  }
  const keys = Object.keys(row);
  if (keys.length > MAX_KEYS) {
    refuse('too-big', ['rows', index], `a row of at most ${String(MAX_KEYS)} cells`, `${String(keys.length)} cells`);
  }
  const out: Record<string, EventRowCell> = {};
  for (const key of keys) {
    const cell = (row as Record<string, unknown>)[key];
    if (key === '__proto__') refuse('unknown-key', ['rows', index, key], 'no such column', describeValue(cell));
    out[key] = copyCell(cell, ['rows', index, key]);
  }
  return out;
}

/**
 * Groups the flat rows of an export into purchases, by their `purchaseId` column, in the
 * order each purchase first appears; each purchase keeps its rows in the table's order
 * (oldest first, as the events must be). A purchase's start comes from its
 * `purchaseStarted` row and `supplierKnown` rows ({@link START_ROW_COLUMNS}), or from the
 * `start` option; without either its `start` is `null`, which `replayMany` reports for that
 * purchase alone. Each row is read once into a copy (a valid `Date` cell becomes its ISO
 * string), and the copies are what the result holds; what the cells say is not checked here:
 * `replayMany` reads each row with `eventFromRow` and reports a bad one with its path.
 *
 * @param rows - the table: one object of cells per row, each with a `purchaseId`.
 * @param options - `start`, for purchases without a `purchaseStarted` row. What it returns is
 *   copied as plain data, like every input.
 * @returns the purchases, `{ start, rows }` each, deeply frozen copies (the caller's rows are
 *   left as they are), as `replayMany` takes them.
 * @throws BuygridInputError when `rows` is not an array, a row is not an object or has no
 *   `purchaseId` (a row that belongs to no purchase), a cell is not a string, a finite number,
 *   a boolean, a valid `Date` or empty, or a row throws when read.
 *
 * @example
 * ```ts
 * import { groupRows, replayMany } from 'buygrid/analytics';
 * const purchases = groupRows([
 *   { purchaseId: 'd1', type: 'purchaseStarted', at: '2026-03-01T09:00:00Z', summary: 'Pallets', buyclass: 'new-task' },
 *   { purchaseId: 'd2', type: 'purchaseStarted', at: '2026-03-01T10:00:00Z', summary: 'Film' },
 *   { purchaseId: 'd1', type: 'needQualified', at: '2026-03-02T09:00:00Z' },
 * ]);
 * purchases.map((p) => [p.start?.id, p.rows?.length]);
 * //=> [['d1', 1], ['d2', 0]]
 * replayMany(purchases).states.map((s) => s.status);
 * //=> ['specification', 'need-recognition']
 * ```
 */
export function groupRows(rows: readonly EventRow[], options: GroupRowsOptions = {}): readonly PurchaseInput[] {
  const length = readable(() => (Array.isArray(rows) ? rows.length : -1), 'rows');
  if (length < 0) refuse('invalid-type', ['rows'], 'an array of rows', describeValue(rows));
  if (length > MAX_ITEMS) refuse('too-big', ['rows'], `at most ${String(MAX_ITEMS)} rows`, `${String(length)} rows`);
  const makeStart: unknown = readable(() => (options as Partial<GroupRowsOptions> | null)?.start, 'options.start');
  if (makeStart !== undefined && typeof makeStart !== 'function') {
    refuse(
      'invalid-type',
      ['options', 'start'],
      'a function (purchaseId, rows) => start input',
      describeValue(makeStart),
    );
  }
  const groups = new Map<string, { started: EventRow | undefined; known: EventRow[]; events: EventRow[] }>();
  for (let index = 0; index < length; index++) {
    const row = readable(() => copyRow(rows[index], index), `rows[${String(index)}]`);
    const id = text(row['purchaseId']);
    if (typeof id !== 'string' || id === '') {
      refuse(
        'invalid-type',
        ['rows', index, 'purchaseId'],
        'the id of the purchase (a string or number)',
        describeValue(row['purchaseId']),
      );
    }
    let group = groups.get(id as string);
    if (group === undefined) groups.set(id as string, (group = { started: undefined, known: [], events: [] }));
    if (row['type'] === 'purchaseStarted' && group.started === undefined) group.started = row;
    else if (row['type'] === 'supplierKnown') group.known.push(row);
    else group.events.push(Object.freeze(row)); // a second purchaseStarted row is replayed as an event, and reported as malformed
  }
  const start = makeStart as GroupRowsOptions['start'];
  const purchases: PurchaseInput[] = [];
  for (const [id, group] of groups) {
    const events = Object.freeze(group.events);
    const begin =
      group.started !== undefined
        ? startOf(id, group.started, group.known)
        : start === undefined
          ? null
          : // The caller's start, copied as plain data like every input (its own objects stay unfrozen).
            (snapshot(start(id, events), 'options.start') as StartPurchaseInput);
    purchases.push({ start: begin, rows: events });
  }
  return deepFreeze(purchases);
}
