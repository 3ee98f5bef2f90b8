import { describe, expect, it } from 'vitest';
import { BuygridInputError, groupRows, replayMany, type PurchaseInput } from '../../src/analytics/index.js';
import { replay, type PurchaseEvent, type StartPurchaseInput } from '../../src/process/index.js';
import { at } from '../process/fixtures.js';

const start = (id: string, extra: Partial<StartPurchaseInput> = {}): StartPurchaseInput => ({
  id,
  at: at(0),
  need: { summary: 'Pallets' },
  ...extra,
});
const OPENING: PurchaseEvent[] = [
  { type: 'needQualified', at: at(1) },
  { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', text: '1,000 pallets' } },
  { type: 'specificationApproved', at: at(3) },
  { type: 'supplierIdentified', at: at(4), supplier: { id: 's1', name: 'Pal SA' } },
];

describe('replayMany', () => {
  it('rebuilds each purchase as replay does when nothing is refused', () => {
    const result = replayMany([{ start: start('a'), events: OPENING }, { start: start('b') }]);
    expect(result.states).toHaveLength(2);
    expect(result.purchases[0]).toEqual({
      id: 'a',
      ok: true,
      state: replay(start('a'), OPENING).state,
      refused: [],
      malformed: [],
    });
    expect(result.purchases[1]?.state?.status).toBe('need-recognition');
    expect(result.totals).toEqual({ purchases: 2, ok: 2, notStarted: 0, refusedEvents: 0, malformedEvents: 0 });
  });
  it('records a refused event with its index and rejection, skips it and goes on', () => {
    const events: PurchaseEvent[] = [
      ...OPENING,
      { type: 'offerReceived', at: at(5), offer: { supplierId: 's1', amount: 10, currency: 'EUR' } }, // not in negotiation yet
      { type: 'supplierShortlisted', at: at(6), supplierId: 's1' },
      { type: 'negotiationStarted', at: at(7) },
    ];
    const [one] = replayMany([{ start: start('a'), events }]).purchases;
    expect(one?.ok).toBe(false);
    expect(one?.refused).toEqual([
      { index: 4, type: 'offerReceived', rejection: expect.objectContaining({ code: 'not-allowed' }) as unknown },
    ]);
    expect(one?.state?.status).toBe('negotiation');
    expect(one?.state?.history).toHaveLength(6);
  });
  it('stops at the first refused or malformed event with onRefusal: stop, as replay does', () => {
    const events = [...OPENING.slice(0, 2), { type: 'negotiationStarted', at: at(3) }, OPENING[2]] as PurchaseEvent[];
    const [stopped] = replayMany([{ start: start('a'), events }], { onRefusal: 'stop' }).purchases;
    const replayed = replay(start('a'), events);
    expect(stopped?.state).toEqual(replayed.state);
    expect(stopped?.refused.map((r) => r.index)).toEqual([replayed.ok ? -1 : replayed.index]);
    const bad = [OPENING[0], { type: 'needQualified', at: 'soon' }, OPENING[1]] as PurchaseEvent[];
    const [early] = replayMany([{ start: start('a'), events: bad }], { onRefusal: 'stop' }).purchases;
    expect(early?.state?.history).toHaveLength(1);
    expect(early?.malformed.map((m) => m.index)).toEqual([1]);
  });
  it('records a malformed event with its path and issues, and goes on', () => {
    const events = [
      OPENING[0],
      { type: 'requirementAdded', at: at(2), requirement: { id: 'r1', description: 'x' } },
      OPENING[1],
    ] as PurchaseEvent[];
    const [one] = replayMany([{ start: start('a'), events }]).purchases;
    expect(one?.malformed).toEqual([
      {
        index: 1,
        path: 'purchases[0].events[1]',
        issues: [
          {
            code: 'invalid-type',
            path: 'purchases[0].events[1].requirement.text',
            expected: 'a string',
            received: 'undefined',
          },
          {
            code: 'unknown-key',
            path: 'purchases[0].events[1].requirement.description',
            expected: 'no such field (not part of this input)',
            received: '"x"',
          },
        ],
      },
    ]);
    expect(one?.state?.requirements).toHaveLength(1);
  });
  it('reads flat rows, naming the column of a bad cell', () => {
    const rows = [
      { type: 'needQualified', at: at(1) },
      { type: 'requirementAdded', at: at(2), requirementId: 'r1', text: 'x', amount: '5' },
      { type: 'requirementAdded', at: at(2), requirementId: 'r2', text: 'y' },
    ];
    const [one] = replayMany([{ start: start('a'), rows }]).purchases;
    expect(one?.malformed[0]?.issues[0]?.path).toBe('purchases[0].rows[1].amount');
    expect(one?.state?.requirements.map((r) => r.id)).toEqual(['r2']);
  });
  it('reports a purchase that cannot start, for that purchase alone', () => {
    const result = replayMany([
      { start: start('a', { at: 'yesterday' }) },
      { start: null },
      { start: start('c'), events: [], rows: [] },
      { start: start('d'), events: 'x' as never },
      { start: start('e'), event: [] } as never,
      42 as never,
      { start: start('g') },
    ]);
    expect(result.purchases.map((p) => [p.id, p.malformed[0]?.issues[0]?.path ?? null])).toEqual([
      ['a', 'purchases[0].start.at'],
      [null, 'purchases[1].start'],
      [null, 'purchases[2].rows'],
      [null, 'purchases[3].events'],
      [null, 'purchases[4].event'],
      [null, 'purchases[5]'],
      ['g', null],
    ]);
    expect(result.states.map((s) => s.id)).toEqual(['g']);
    expect(result.totals).toMatchObject({ purchases: 7, ok: 1, notStarted: 6, malformedEvents: 0 });
  });
  it('throws only for a whole argument of the wrong shape', () => {
    expect(() => replayMany('x' as never)).toThrow(BuygridInputError);
    expect(() => replayMany([], { onRefusal: 'halt' } as never)).toThrow(
      'options.onRefusal: expected "skip" | "stop", received "halt"',
    );
    expect(() => replayMany([], 3 as never)).toThrow(
      'options: expected an object { onRefusal? }, or nothing, received 3',
    );
  });
  it('refuses a revoked Proxy as the list of purchases with a BuygridInputError (found by HOSTILE=full)', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(() => replayMany(proxy as never)).toThrow(BuygridInputError);
    expect(() => replayMany(proxy as never)).toThrow('purchases: expected a readable value');
  });
  it('returns deeply frozen results and leaves the caller’s input as it was', () => {
    const input: PurchaseInput[] = [{ start: start('a'), events: [{ type: 'needQualified', at: at(1) }] }];
    const copy = structuredClone(input);
    const result = replayMany(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(result.purchases[0]?.refused)).toBe(true);
    expect(Object.isFrozen(result.totals)).toBe(true);
    expect(result.states[0]?.history[0]).not.toBe(input[0]?.events?.[0]);
  });
});

describe('groupRows', () => {
  it('groups rows by purchaseId in order of appearance, with the start from the start rows', () => {
    const purchases = groupRows([
      {
        purchaseId: 7,
        type: 'purchaseStarted',
        at: at(0),
        summary: 'Film',
        trigger: 'external',
        buyclass: 'straight-rebuy',
        regime: '',
      },
      { purchaseId: 'b', type: 'needQualified', at: at(1) },
      { purchaseId: '7', type: 'supplierKnown', supplierId: 's1', name: 'FilmCo', incumbent: 'TRUE' },
      { purchaseId: 7, type: 'needQualified', at: at(1) },
    ]);
    expect(purchases).toEqual([
      {
        start: {
          id: '7',
          at: at(0),
          need: { summary: 'Film', trigger: 'external' },
          situation: { buyclass: 'straight-rebuy' },
          knownSuppliers: [{ id: 's1', name: 'FilmCo', incumbent: true }],
        },
        rows: [{ purchaseId: 7, type: 'needQualified', at: at(1) }],
      },
      { start: null, rows: [{ purchaseId: 'b', type: 'needQualified', at: at(1) }] },
    ]);
    const result = replayMany(purchases);
    expect(result.purchases.map((p) => p.state?.status ?? null)).toEqual(['specification', null]);
  });
  it('builds a missing start with the start option, and leaves a second start row to be reported', () => {
    const purchases = groupRows(
      [
        { purchaseId: 'x', type: 'needQualified', at: at(1) },
        { purchaseId: 'y', type: 'purchaseStarted', at: new Date(at(0)), summary: 3 },
        { purchaseId: 'y', type: 'purchaseStarted', at: at(0) },
      ],
      { start: (id, rows) => ({ id, at: at(0), need: { summary: `${String(rows.length)} row(s)` } }) },
    );
    expect(purchases[0]?.start).toEqual({ id: 'x', at: at(0), need: { summary: '1 row(s)' } });
    expect(purchases[1]?.start).toEqual({ id: 'y', at: '2026-03-01T00:00:00.000Z', need: { summary: '3' } });
    expect(replayMany(purchases).purchases[1]?.malformed[0]?.issues[0]?.path).toBe('purchases[1].rows[0].type');
  });
  it('throws for a row that belongs to no purchase, naming it', () => {
    expect(() => groupRows([{ type: 'needQualified' }])).toThrow('rows[0].purchaseId: expected the id of the purchase');
    expect(() => groupRows([{ purchaseId: '' }])).toThrow('rows[0].purchaseId');
    expect(() => groupRows([null as never])).toThrow('rows[0]: expected a row');
    expect(() => groupRows({} as never)).toThrow('rows: expected an array');
    expect(() => groupRows([], { start: 'x' } as never)).toThrow('options.start');
  });
  it('copies the rows and leaves the caller’s rows unfrozen', () => {
    const row = { purchaseId: 'a', type: 'needQualified', at: at(1) };
    const [one] = groupRows([row]);
    expect(one?.rows?.[0]).not.toBe(row);
    expect(Object.isFrozen(row)).toBe(false);
    expect(Object.isFrozen(one?.rows?.[0])).toBe(true);
  });
});
