import { describe, expect, it } from 'vitest';
import { MAX_KEYS } from '../../src/_lib/boundary.js';
import { eventFromRow, type EventRow } from '../../src/process/index.js';
import { readRow, rowCells } from '../../src/process/rows.js';
import { thrown } from '../_lib/thrown.js';

const AT = '2026-03-13T09:00:00Z';
const TYPES = 'one of needQualified | requirementAdded';
/** A row whose cells are not all of the documented cell types, as JSON or a driver may give them. */
const odd = (cells: Readonly<Record<string, unknown>>): EventRow => cells as EventRow;
const supplier = (incumbent: unknown): EventRow =>
  odd({ type: 'supplierIdentified', at: AT, supplierId: 's1', name: 'Lift AG', incumbent });

describe('a flag cell (incumbent)', () => {
  it.each([
    [true, true],
    [false, false],
    ['true', true],
    ['FALSE', false],
    [' True ', true],
    [' false ', false],
    ['1', true],
    ['0', false],
    [' 1 ', true],
    [1, true],
    [0, false],
  ])('reads %j as %s: true/false or 1/0, in any case, as a string, a number or a boolean', (cell, incumbent) => {
    expect(eventFromRow(supplier(cell))).toEqual({
      type: 'supplierIdentified',
      at: AT,
      supplier: { id: 's1', name: 'Lift AG', incumbent },
    });
  });

  it.each([
    ['yes', '"yes"'],
    ['2', '"2"'],
    [2, '2'],
    [1n, '1n'],
    [['1'], 'an array of 1'],
  ])('refuses %s, naming the cell', (cell, received) => {
    expect(thrown(() => eventFromRow(supplier(cell))).issues).toEqual([
      { code: 'invalid-type', path: 'incumbent', expected: 'true or false (or 1 or 0)', received },
    ]);
  });
});

describe('a number cell and a text cell', () => {
  it('reads a decimal string, signed, padded or with an exponent, as its number', () => {
    expect(
      eventFromRow({
        type: 'offerReceived',
        at: AT,
        supplierId: 's1',
        amount: '.5e3',
        currency: 'EUR',
        leadTimeDays: '+7',
        warrantyMonths: ' 24 ',
      }),
    ).toEqual({
      type: 'offerReceived',
      at: AT,
      offer: { supplierId: 's1', amount: 500, currency: 'EUR', leadTimeDays: 7, warrantyMonths: 24 },
    });
  });

  it.each([
    ['12.5k', '"12.5k"'],
    ['58,000', '"58,000"'],
    [true, 'true'],
  ])('refuses %j in a number column with the decimal-string message', (amount, received) => {
    expect(
      thrown(() => eventFromRow(odd({ type: 'offerReceived', at: AT, supplierId: 's1', amount, currency: 'EUR' })))
        .issues,
    ).toEqual([
      { code: 'invalid-type', path: 'amount', expected: 'a number, or a decimal string as "1250.5"', received },
    ]);
  });

  it('turns a finite number in a text column into its decimal string', () => {
    expect(eventFromRow({ type: 'supplierShortlisted', at: AT, supplierId: 1250.5 })).toEqual({
      type: 'supplierShortlisted',
      at: AT,
      supplierId: '1250.5',
    });
  });

  it.each([
    [true, 'true'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NaN, 'NaN'],
  ])('refuses %s in a text column: text is a string or a finite number', (supplierId, received) => {
    expect(thrown(() => eventFromRow({ type: 'supplierSelected', at: AT, supplierId })).issues).toEqual([
      { code: 'invalid-type', path: 'supplierId', expected: 'a string', received },
    ]);
  });
});

describe('the refusals of eventFromRow name the column', () => {
  it.each([
    ['empty', ''],
    ['null', null],
    ['missing', undefined],
  ])('says a type cell that is %s as an empty cell, like any other, under the row path', (_, type) => {
    const issues = thrown(() => readRow({ type, at: AT }, 'rows[2]')).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'rows[2].type', received: 'an empty cell' });
    expect(issues[0].expected).toMatch(/^one of needQualified \| requirementAdded/);
  });

  it('refuses a filled column the type does not take, with its code, under the row path', () => {
    expect(thrown(() => eventFromRow({ type: 'needQualified', at: AT, supplierId: 's1' })).issues).toEqual([
      {
        code: 'unknown-key',
        path: 'supplierId',
        expected: 'an empty cell (needQualified has no supplierId)',
        received: '"s1"',
      },
    ]);
    expect(thrown(() => readRow({ type: 'stepSkipped', at: AT, to: 'decision', amount: 5 }, 'rows[2]')).issues).toEqual(
      [
        {
          code: 'unknown-key',
          path: 'rows[2].amount',
          expected: 'an empty cell (stepSkipped has no amount)',
          received: '5',
        },
      ],
    );
  });

  it('gives the event rule a cell breaks, with the cell as received', () => {
    expect(
      thrown(() => eventFromRow({ type: 'offerReceived', at: AT, supplierId: 's1', amount: '-5', currency: 'EUR' }))
        .issues,
    ).toEqual([{ code: 'invalid-value', path: 'amount', expected: 'a finite number ≥ 0', received: '-5' }]);
    expect(
      thrown(() => eventFromRow({ type: 'performanceReviewed', at: AT, supplierId: 's1', satisfaction: '1.5' })).issues,
    ).toEqual([{ code: 'invalid-value', path: 'satisfaction', expected: 'a number in [0, 1]', received: '1.5' }]);
  });

  it('names every missing cell of a nested payload whose cells are all empty', () => {
    expect(thrown(() => eventFromRow({ type: 'offerReceived', at: AT, amount: '', note: null })).issues).toEqual([
      { code: 'invalid-type', path: 'supplierId', expected: 'a string', received: 'an empty cell' },
      { code: 'invalid-type', path: 'amount', expected: 'a finite number', received: 'an empty cell' },
      { code: 'invalid-type', path: 'currency', expected: 'a string', received: 'an empty cell' },
    ]);
    expect(thrown(() => readRow({ type: 'requirementAdded', at: AT }, 'rows[0]')).issues).toEqual([
      { code: 'invalid-type', path: 'rows[0].requirementId', expected: 'a string', received: 'an empty cell' },
      { code: 'invalid-type', path: 'rows[0].text', expected: 'a string', received: 'an empty cell' },
    ]);
  });

  it.each([
    ['purchaseStarted', '"purchaseStarted"'],
    [7, '7'],
    [['needQualified'], 'an array of 1'], // not a string, though it reads as one
  ])(
    'refuses the type %j, not one of the fifteen, alone and listing them, whatever its other cells',
    (type, received) => {
      const row = odd({ type, at: AT, supplierId: 's1', summary: 'Forklift', amount: 'x' });
      expect(thrown(() => readRow(row, 'rows[4]')).issues).toEqual([
        { code: 'invalid-value', path: 'rows[4].type', expected: expect.stringContaining(TYPES) as string, received },
      ]);
    },
  );

  it('refuses a null row as not a row', () => {
    expect(thrown(() => eventFromRow(odd(null as never))).issues).toEqual([
      { code: 'invalid-type', path: '(root)', expected: 'a row (an object of cells)', received: 'null' },
    ]);
    expect(thrown(() => readRow(null, 'rows[5]')).issues).toEqual([
      { code: 'invalid-type', path: 'rows[5]', expected: 'a row (an object of cells)', received: 'null' },
    ]);
  });

  it('ignores a column without a name, as a CSV header with a trailing comma gives', () => {
    expect(eventFromRow({ type: 'supplierShortlisted', at: AT, supplierId: 's1', '': 'x' })).toEqual({
      type: 'supplierShortlisted',
      at: AT,
      supplierId: 's1',
    });
  });
});

describe('rowCells', () => {
  it('copies every cell of the row when nothing is left out, a valid Date as its ISO string', () => {
    const cells = rowCells({ purchaseId: 'deal-1', region: 'EMEA', closeDate: new Date(AT), amount: 5 }, 'rows[0]');
    expect(cells).toEqual({
      purchaseId: 'deal-1',
      region: 'EMEA',
      closeDate: '2026-03-13T09:00:00.000Z',
      amount: 5,
    });
  });

  it("refuses a __proto__ column, as JSON.parse makes one, as 'no such column'", () => {
    const row: unknown = JSON.parse('{"purchaseId":"deal-1","__proto__":"x"}');
    expect(thrown(() => rowCells(row, 'rows[0]')).issues).toEqual([
      { code: 'unknown-key', path: 'rows[0].__proto__', expected: 'no such column', received: '"x"' },
    ]);
  });

  it('reads a row of MAX_KEYS cells and refuses one more cell as too-big, before reading any', () => {
    const row: Record<string, unknown> = { type: 'needQualified', at: AT };
    for (let i = 2; i < MAX_KEYS; i++) row[`extra${String(i)}`] = i; // with type and at: MAX_KEYS cells
    expect(eventFromRow(row as EventRow)).toEqual({ type: 'needQualified', at: AT });
    expect(Object.keys(rowCells(row, 'rows[1]'))).toHaveLength(MAX_KEYS);
    Object.defineProperty(row, 'oneTooMany', {
      enumerable: true,
      get: () => {
        throw new Error('a cell of a row that is too big is not read');
      },
    });
    expect(thrown(() => rowCells(row, 'rows[1]')).issues).toEqual([
      {
        code: 'too-big',
        path: 'rows[1]',
        expected: `a row of at most ${String(MAX_KEYS)} cells`,
        received: `${String(MAX_KEYS + 1)} cells`,
      },
    ]);
  });
});
