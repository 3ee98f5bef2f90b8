/**
 * A table of flat rows — a whole export, one row per event — grouped into purchases.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { BuygridInputError } from '../_lib/errors.js';
import { formatPath } from '../_lib/describe.js';
import { MAX_ITEMS, readable, snapshot } from '../_lib/boundary.js';
import { fail } from '../_lib/parse.js';
import { optionsOf } from '../_lib/options.js';
import { flagOf, isEmpty, rowCells, type EventRow, type EventRowCell } from '../process/rows.js';
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

/** A text cell as `startPurchase` takes it: a number as its decimal string; anything else unchanged (the start's validation names it). */
const text = (cell: unknown): unknown => (typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : cell);
const flag = (cell: unknown): unknown => flagOf(cell) ?? cell;

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

/** Reads one row once into a copy that holds only cells: a string, a finite number, a boolean or empty (a valid `Date` is its ISO string). */
function copyRow(row: unknown, index: number): EventRow {
  const prefix = `rows[${String(index)}]`;
  const cells = rowCells(row, prefix);
  for (const column in cells) {
    const cell = cells[column];
    if (cell === undefined || cell === null || typeof cell === 'string' || typeof cell === 'boolean') continue;
    if (typeof cell === 'number' && Number.isFinite(cell)) continue;
    fail(
      formatPath([column], prefix),
      'a cell: a string, a finite number, a boolean, a valid Date or empty',
      cell,
      'invalid-type',
    );
  }
  return cells as Record<string, EventRowCell>;
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
 *   a boolean, a valid `Date` or empty, a row throws when read, or the options are not
 *   nothing or an object `{ start? }` whose `start` is a function.
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
  if (length < 0) fail('rows', 'an array of rows', rows, 'invalid-type');
  if (length > MAX_ITEMS) {
    throw new BuygridInputError([
      {
        code: 'too-big',
        path: 'rows',
        expected: `at most ${String(MAX_ITEMS)} rows`,
        received: `${String(length)} rows`,
      },
    ]);
  }
  const makeStart = optionsOf(options, ['start']).start;
  if (makeStart !== undefined && typeof makeStart !== 'function') {
    fail('options.start', 'a function (purchaseId, rows) => start input', makeStart, 'invalid-type');
  }
  const groups = new Map<string, { started: EventRow | undefined; known: EventRow[]; events: EventRow[] }>();
  for (let index = 0; index < length; index++) {
    const row = copyRow(
      readable(() => rows[index], `rows[${String(index)}]`),
      index,
    );
    const id = text(row['purchaseId']);
    if (typeof id !== 'string' || id === '') {
      fail(
        `rows[${String(index)}].purchaseId`,
        'the id of the purchase (a string or number)',
        row['purchaseId'],
        'invalid-type',
      );
    }
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = { started: undefined, known: [], events: [] }));
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
