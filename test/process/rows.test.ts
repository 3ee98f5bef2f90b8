import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  BuygridInputError,
  EVENT_ROW_COLUMNS,
  EVENT_ROW_SHAPES,
  PURCHASE_EVENT_TYPES,
  eventFromRow,
  eventToRow,
  type EventRow,
} from '../../src/process/index.js';
import { readRow } from '../../src/process/rows.js';
import { anyEvent } from './arbitraries.js';

const AT = '2026-03-13T09:00:00Z';
/** The issues of the error `fn` throws. */
function issuesOf(fn: () => unknown): readonly { path: string; expected: string; received: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof BuygridInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a BuygridInputError');
}

describe('eventFromRow', () => {
  it('nests the payload of every event type from its columns', () => {
    expect(
      eventFromRow({ type: 'requirementAdded', at: AT, requirementId: 'cap', text: '2.5 t', priority: 'should' }),
    ).toEqual({
      type: 'requirementAdded',
      at: AT,
      requirement: { id: 'cap', text: '2.5 t', priority: 'should' },
    });
    expect(
      eventFromRow({ type: 'supplierIdentified', at: AT, supplierId: 's1', name: 'Lift AG', incumbent: 'TRUE' }),
    ).toEqual({
      type: 'supplierIdentified',
      at: AT,
      supplier: { id: 's1', name: 'Lift AG', incumbent: true },
    });
    expect(
      eventFromRow({
        type: 'offerReceived',
        at: AT,
        by: 'buyer-1',
        supplierId: 's1',
        amount: ' 1250.5 ',
        currency: 'EUR',
        leadTimeDays: 30,
        warrantyMonths: '24',
      }),
    ).toEqual({
      type: 'offerReceived',
      at: AT,
      by: 'buyer-1',
      offer: { supplierId: 's1', amount: 1250.5, currency: 'EUR', leadTimeDays: 30, warrantyMonths: 24 },
    });
    expect(eventFromRow({ type: 'performanceReviewed', at: AT, supplierId: 's1', satisfaction: '0.8' })).toEqual({
      type: 'performanceReviewed',
      at: AT,
      supplierId: 's1',
      satisfaction: 0.8,
    });
  });
  it('takes empty cells as absent and ignores purchaseId and columns that are not event columns', () => {
    const row = {
      purchaseId: 'deal-1',
      region: 'EMEA',
      type: 'stepSkipped',
      at: AT,
      to: 'decision',
      reason: '',
      by: null,
      note: undefined,
      amount: '',
    };
    expect(eventFromRow(row)).toEqual({ type: 'stepSkipped', at: AT, to: 'decision' });
  });
  it('turns numeric ids into strings, as SQL gives them, and a Date into its ISO string', () => {
    expect(eventFromRow({ type: 'supplierShortlisted', at: new Date(AT), supplierId: 42 })).toEqual({
      type: 'supplierShortlisted',
      at: '2026-03-13T09:00:00.000Z',
      supplierId: '42',
    });
  });
  it.each([
    [
      { type: 'offerReceived', at: AT, supplierId: 's1', amount: '58,000', currency: 'EUR' },
      'amount',
      'a number, or a decimal string as "1250.5"',
    ],
    [{ type: 'offerReceived', at: AT, supplierId: 's1', amount: -5, currency: 'EUR' }, 'amount', 'a finite number ≥ 0'],
    [{ type: 'offerReceived', at: AT, supplierId: 's1', amount: 5 }, 'currency', 'a string'],
    [
      { type: 'supplierIdentified', at: AT, supplierId: 's1', name: 'A', incumbent: 'yes' },
      'incumbent',
      'true or false (or 1 or 0)',
    ],
    [{ type: 'requirementAdded', at: AT, text: 'x' }, 'requirementId', 'a string'],
    [
      { type: 'needQualified', at: AT, supplierId: 's1' },
      'supplierId',
      'an empty cell (needQualified has no supplierId)',
    ],
    [
      { type: 'needQualified', at: '2026-03-13' },
      'at',
      'an ISO-8601 timestamp with a time zone, as 2026-03-01T09:00:00Z',
    ],
    [
      { type: 'needQualified', at: 1_773_392_400_000 },
      'at',
      'an ISO-8601 timestamp with a time zone, as 2026-03-01T09:00:00Z',
    ],
    [{ type: 'supplierSelected', at: AT, supplierId: true }, 'supplierId', 'a string'],
    [
      { type: 'performanceReviewed', at: AT, supplierId: 's1', satisfaction: '80%' },
      'satisfaction',
      'a number, or a decimal string as "1250.5"',
    ],
  ] as const)('names the column of a bad cell: %j', (row, column, expected) => {
    expect(issuesOf(() => eventFromRow(row as EventRow))).toContainEqual(
      expect.objectContaining({ path: column, expected }),
    );
  });
  it('says an empty cell where a required one is empty, and lists every bad column at once', () => {
    const issues = issuesOf(() =>
      eventFromRow({ type: 'offerReceived', at: AT, supplierId: '', amount: 'x', currency: 'EUR', name: 'N' }),
    );
    expect(issues.map((i) => i.path)).toEqual(['amount', 'name']); // in the row's order
    expect(issuesOf(() => eventFromRow({ type: 'offerReceived', at: AT, amount: 1, currency: 'EUR' }))).toEqual([
      { code: 'invalid-type', path: 'supplierId', expected: 'a string', received: 'an empty cell' },
    ]);
  });
  it('lists the fifteen types for an unknown or missing type, and refuses what is not a row', () => {
    expect(issuesOf(() => eventFromRow({ type: 'purchaseStarted', at: AT }))[0]?.expected).toContain(
      'needQualified | requirementAdded',
    );
    expect(issuesOf(() => eventFromRow({ at: AT }))[0]?.path).toBe('type');
    expect(issuesOf(() => eventFromRow('needQualified' as never))[0]).toEqual({
      code: 'invalid-type',
      path: '(root)',
      expected: 'a row (an object of cells)',
      received: '"needQualified"',
    });
    expect(issuesOf(() => readRow([], 'rows[2]'))[0]?.path).toBe('rows[2]');
    expect(issuesOf(() => readRow({ type: 'needQualified', at: AT, to: 'x' }, 'rows[2]'))[0]?.path).toBe('rows[2].to');
  });
  it('reads a row once, at its boundary: a row or a cell that throws when read is a BuygridInputError naming it', () => {
    const { proxy, revoke } = Proxy.revocable({ type: 'needQualified', at: AT }, {});
    revoke();
    expect(issuesOf(() => eventFromRow(proxy))[0]).toMatchObject({ code: 'unreadable', path: '(root)' });
    const throwing = {
      type: 'needQualified',
      get at(): string {
        throw new Error('boom');
      },
    };
    expect(issuesOf(() => readRow(throwing, 'rows[3]'))[0]).toMatchObject({ code: 'unreadable', path: 'rows[3].at' });
    // A Proxy around a Date passes `instanceof Date` and throws on getTime.
    const date = new Proxy(new Date(AT), {});
    expect(issuesOf(() => eventFromRow({ type: 'needQualified', at: date }))[0]).toMatchObject({
      code: 'unreadable',
      path: 'at',
    });
  });
  it('reads each event cell once and no other column: a getter that answers differently later changes nothing', () => {
    let reads = 0;
    const row = {
      type: 'offerReceived',
      supplierId: 's1',
      currency: 'EUR',
      at: AT,
      get amount(): string {
        reads++;
        return reads === 1 ? '58000' : 'not a number';
      },
      get notes(): string {
        throw new Error('a column that is not an event column is not read');
      },
    };
    expect(eventFromRow(row as EventRow)).toEqual({
      type: 'offerReceived',
      at: AT,
      offer: { supplierId: 's1', amount: 58000, currency: 'EUR' },
    });
    expect(reads).toBe(1);
  });
  it('takes a valid Date as its timestamp and refuses an invalid one', () => {
    expect(eventFromRow({ type: 'needQualified', at: new Date(AT) })).toEqual({
      type: 'needQualified',
      at: '2026-03-13T09:00:00.000Z',
    });
    expect(issuesOf(() => eventFromRow({ type: 'needQualified', at: new Date(Number.NaN) }))[0]).toMatchObject({
      path: 'at',
      expected: 'an ISO-8601 timestamp with a time zone, as 2026-03-01T09:00:00Z',
    });
  });
  it('does not change the row it reads', () => {
    const row = Object.freeze({ type: 'offerReceived', at: AT, supplierId: 's1', amount: '3', currency: 'EUR' });
    const event = eventFromRow(row);
    expect(row.amount).toBe('3');
    expect(Object.isFrozen((event as { offer: object }).offer)).toBe(true);
  });
});

describe('eventToRow', () => {
  it('spreads the payload over the columns of its type and leaves absent fields out', () => {
    expect(
      eventToRow({ type: 'offerReceived', at: AT, offer: { supplierId: 's1', amount: 7, currency: 'EUR' } }),
    ).toEqual({
      type: 'offerReceived',
      at: AT,
      supplierId: 's1',
      amount: 7,
      currency: 'EUR',
    });
    expect(
      eventToRow({ type: 'supplierIdentified', at: AT, by: 'b', supplier: { id: 's', name: 'S', incumbent: false } }),
    ).toEqual({
      type: 'supplierIdentified',
      at: AT,
      by: 'b',
      supplierId: 's',
      name: 'S',
      incumbent: false,
    });
  });
  it('refuses an event of a wrong shape, naming the field', () => {
    expect(() => eventToRow({ type: 'offerReceived', at: AT } as never)).toThrow('event.offer');
  });
});

describe('the row shapes', () => {
  it('cover the fifteen event types and use only known columns', () => {
    expect(Object.keys(EVENT_ROW_SHAPES)).toEqual([...PURCHASE_EVENT_TYPES]);
    for (const shape of Object.values(EVENT_ROW_SHAPES)) {
      for (const column of Object.keys(shape)) expect(EVENT_ROW_COLUMNS).toHaveProperty(column);
    }
  });
});

test.prop([anyEvent], { numRuns: 2000 })('eventFromRow(eventToRow(e)) equals e for every valid event', (event) => {
  const row = eventToRow(event);
  expect(eventFromRow(row)).toStrictEqual(event);
  expect(Object.isFrozen(row)).toBe(true);
});

test.prop([anyEvent], { numRuns: 2000 })(
  'a row written as CSV text (every cell a string) reads back to the same event',
  (event) => {
    const text = Object.fromEntries(Object.entries(eventToRow(event)).map(([k, v]) => [k, String(v)]));
    expect(eventFromRow(text)).toStrictEqual(event);
  },
);

test.prop(
  [
    fc.dictionary(
      fc.constantFrom(...Object.keys(EVENT_ROW_COLUMNS), 'x'),
      fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.anything()),
    ),
  ],
  { numRuns: 2000 },
)('any row either reads to an event or throws a BuygridInputError', (row) => {
  try {
    eventFromRow(row as EventRow);
  } catch (error) {
    expect(error).toBeInstanceOf(BuygridInputError);
  }
});
