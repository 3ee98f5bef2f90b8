import { describe, expect, it } from 'vitest';
import { groupRows, type EventRow, type EventRowCell } from '../../src/analytics/index.js';
import { MAX_ITEMS } from '../../src/_lib/boundary.js';
import { at } from '../process/fixtures.js';
import { thrown } from '../_lib/thrown.js';

const row = (cells: Readonly<Record<string, EventRowCell>> = {}): EventRow => ({
  purchaseId: 'a',
  type: 'needQualified',
  at: at(1),
  ...cells,
});

describe('groupRows: the size of the table', () => {
  it('refuses more than MAX_ITEMS rows before reading any of them', () => {
    const rows = new Array<never>(MAX_ITEMS + 1); // sparse: no row is there to read
    const error = thrown(() => groupRows(rows));
    expect(error.issues).toEqual([
      { code: 'too-big', path: 'rows', expected: 'at most 1000000 rows', received: '1000001 rows' },
    ]);
    expect(error.message).toContain('- rows: expected at most 1000000 rows, received 1000001 rows');
  });

  it('takes exactly MAX_ITEMS rows: the first one is read (and here refused as no row)', () => {
    const rows = new Array<never>(MAX_ITEMS);
    expect(thrown(() => groupRows(rows)).issues[0]).toMatchObject({ code: 'invalid-type', path: 'rows[0]' });
  });
});

describe('groupRows: refusals name the path, what was expected and what was received', () => {
  it.each([
    ['not an array', (): unknown => groupRows('a,b' as never), 'rows', 'an array of rows'],
    [
      'a start option that is not a function',
      (): unknown => groupRows([row()], { start: 'today' } as never),
      'options.start',
      'a function (purchaseId, rows) => start input',
    ],
  ])('refuses %s as invalid-type', (_, run, path, expected) => {
    const [issue] = thrown(run).issues;
    expect(issue).toMatchObject({ code: 'invalid-type', path, expected });
  });

  it.each([
    ['a boolean', true, 'true'],
    ['an empty string', '', '""'],
  ])('refuses a purchaseId that is %s, saying what it received', (_, purchaseId, received) => {
    const error = thrown(() => groupRows([row(), row({ purchaseId })]));
    expect(error.issues).toEqual([
      {
        code: 'invalid-type',
        path: 'rows[1].purchaseId',
        expected: 'the id of the purchase (a string or number)',
        received: expect.stringContaining(received) as string,
      },
    ]);
  });

  it('names the row that throws when the list is read', () => {
    const rows = new Proxy([row(), row()], {
      get: (target, key, receiver): unknown => {
        if (key === '1') throw new Error('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(thrown(() => groupRows(rows)).issues[0]).toMatchObject({ code: 'unreadable', path: 'rows[1]' });
  });
});

describe('groupRows: the cells it keeps', () => {
  it('refuses a cell no export holds, saying which cells a row may hold', () => {
    expect(thrown(() => groupRows([row({ amount: Number.POSITIVE_INFINITY })])).issues).toEqual([
      {
        code: 'invalid-type',
        path: 'rows[0].amount',
        expected: 'a cell: a string, a finite number, a boolean, a valid Date or empty',
        received: expect.stringContaining('Infinity') as string,
      },
    ]);
  });

  it('keeps empty cells (undefined, null) and boolean cells as they are', () => {
    const cells = { note: null, reason: undefined, incumbent: false, satisfaction: true };
    const [one] = groupRows([row(cells)]);
    expect(one?.rows?.[0]).toEqual(row(cells));
    expect(one?.rows?.[0]).toHaveProperty('reason', undefined);
  });

  it('reads a start from its purchaseStarted row, regime and buyclass into the situation', () => {
    const [one] = groupRows([
      {
        purchaseId: 'a',
        type: 'purchaseStarted',
        at: at(0),
        summary: 'Film',
        buyclass: 'modified-rebuy',
        regime: 'public-tender',
      },
    ]);
    expect(one?.start?.situation).toEqual({ buyclass: 'modified-rebuy', regime: 'public-tender' });
  });

  it('reads a known supplier’s id and name as text and only its incumbent cell as a flag', () => {
    const [one] = groupRows([
      { purchaseId: 'a', type: 'purchaseStarted', at: at(0), summary: 'Film', buyclass: 'straight-rebuy' },
      { purchaseId: 'a', type: 'supplierKnown', supplierId: 1, name: 0, incumbent: 1 },
      { purchaseId: 'a', type: 'supplierKnown', supplierId: '2', name: 'Lift AG', incumbent: 'false' },
    ]);
    expect(one?.start?.knownSuppliers).toEqual([
      { id: '1', name: '0', incumbent: true },
      { id: '2', name: 'Lift AG', incumbent: false },
    ]);
  });
});
