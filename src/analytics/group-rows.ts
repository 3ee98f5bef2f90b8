/**
 * A table of flat rows — a whole export, one row per event — grouped into purchases.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze.js';
import { BuygridInputError } from '../_lib/errors.js';
import { describeValue } from '../_lib/describe.js';
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

/** The start input of a `purchaseStarted` row and the `supplierKnown` rows of one purchase. */
function startOf(id: string, started: EventRow, known: readonly EventRow[]): StartPurchaseInput {
  const at = started['at'] instanceof Date ? started['at'].toISOString() : started['at'];
  const need = cells(started, { summary: 'summary', trigger: 'trigger' }, (_, cell) => text(cell));
  const situation = cells(started, { buyclass: 'buyclass', regime: 'regime' }, (_, cell) => cell);
  const start: Record<string, unknown> = { id, at, need };
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

/**
 * Groups the flat rows of an export into purchases, by their `purchaseId` column, in the
 * order each purchase first appears; each purchase keeps its rows in the table's order
 * (oldest first, as the events must be). A purchase's start comes from its
 * `purchaseStarted` row and `supplierKnown` rows ({@link START_ROW_COLUMNS}), or from the
 * `start` option; without either its `start` is `null`, which `replayMany` reports for that
 * purchase alone. The rows are not read here: `replayMany` reads each with `eventFromRow`
 * and reports a bad one with its path.
 *
 * @param rows - the table: one object of cells per row, each with a `purchaseId`.
 * @param options - `start`, for purchases without a `purchaseStarted` row.
 * @returns the purchases, `{ start, rows }` each (rows copied, the caller's left as they are), as `replayMany` takes them.
 * @throws BuygridInputError when `rows` is not an array, or a row is not an object or has
 *   no `purchaseId` (a row that belongs to no purchase).
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
  if (!Array.isArray(rows))
    throw new BuygridInputError([{ path: 'rows', expected: 'an array of rows', received: describeValue(rows) }]);
  const makeStart: unknown = (options as Partial<GroupRowsOptions> | null)?.start;
  if (makeStart !== undefined && typeof makeStart !== 'function') {
    throw new BuygridInputError([
      {
        path: 'options.start',
        expected: 'a function (purchaseId, rows) => start input',
        received: describeValue(makeStart),
      },
    ]);
  }
  const groups = new Map<string, { started: EventRow | undefined; known: EventRow[]; events: EventRow[] }>();
  rows.forEach((row: unknown, index) => {
    const path = `rows[${String(index)}]`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw new BuygridInputError([{ path, expected: 'a row (an object of cells)', received: describeValue(row) }]);
    }
    const cells = row as EventRow;
    const id = text(cells['purchaseId']);
    if (typeof id !== 'string' || id === '') {
      throw new BuygridInputError([
        {
          path: `${path}.purchaseId`,
          expected: 'the id of the purchase (a string or number)',
          received: describeValue(cells['purchaseId']),
        },
      ]);
    }
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = { started: undefined, known: [], events: [] }));
    if (cells['type'] === 'purchaseStarted' && group.started === undefined) group.started = cells;
    else if (cells['type'] === 'supplierKnown') group.known.push(cells);
    else group.events.push(Object.freeze({ ...cells })); // a second purchaseStarted row is replayed as an event, and reported as malformed
  });
  const start = makeStart as GroupRowsOptions['start'];
  return Object.freeze(
    [...groups].map(([id, group]) => {
      const begin =
        group.started !== undefined
          ? startOf(id, group.started, group.known)
          : start === undefined
            ? null
            : start(id, Object.freeze([...group.events]));
      return Object.freeze({ start: begin, rows: Object.freeze(group.events) });
    }),
  );
}
