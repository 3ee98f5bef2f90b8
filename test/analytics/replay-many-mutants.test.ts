import { describe, expect, it } from 'vitest';
import { replayMany, type PurchaseInput, type PurchaseReplay } from '../../src/analytics/index.js';
import type { BuygridIssue } from '../../src/_lib/errors.js';
import type { PurchaseEvent, StartPurchaseInput } from '../../src/process/index.js';
import { at } from '../process/fixtures.js';
import { thrown } from '../_lib/thrown.js';

const START: StartPurchaseInput = { id: 'a', at: at(0), need: { summary: 'Pallets' } };
const QUALIFIED: PurchaseEvent = { type: 'needQualified', at: at(1) };
const OFFER: PurchaseEvent = {
  type: 'offerReceived',
  at: at(2),
  offer: { supplierId: 's1', amount: 10, currency: 'EUR' },
}; // refused: the purchase is not in negotiation
const REQUIREMENT: PurchaseEvent = { type: 'requirementAdded', at: at(3), requirement: { id: 'r1', text: '2.5 t' } };
const UNREADABLE = { expected: 'a readable value', received: 'a value that throws when read' };

/** What replayMany makes of a purchase it could not start: no id, no state, the one problem at `path`. */
const notStarted = (path: string, issues: readonly BuygridIssue[], id: string | null = null): PurchaseReplay => ({
  id,
  ok: false,
  state: null,
  refused: [],
  malformed: [{ index: null, path, issues }],
});

describe('replayMany: a purchase of the wrong shape is reported whole, with its one issue', () => {
  it.each<[string, unknown, BuygridIssue]>([
    [
      'null',
      null,
      {
        code: 'invalid-type',
        path: 'purchases[0]',
        expected: 'a purchase { start, events } or { start, rows }',
        received: 'null',
      },
    ],
    [
      'an array',
      [START],
      {
        code: 'invalid-type',
        path: 'purchases[0]',
        expected: 'a purchase { start, events } or { start, rows }',
        received: 'an array of 1',
      },
    ],
    [
      'a field it does not have',
      { start: START, event: [] },
      {
        code: 'unknown-key',
        path: 'purchases[0].event',
        expected: 'no such field (start, events or rows)',
        received: 'an array of 0',
      },
    ],
    [
      'both events and rows',
      { start: START, events: [], rows: [] },
      { code: 'invalid-value', path: 'purchases[0].rows', expected: 'events or rows, not both', received: 'both' },
    ],
    [
      'events that are not a list',
      { start: START, events: 'needQualified' },
      { code: 'invalid-type', path: 'purchases[0].events', expected: 'an array', received: '"needQualified"' },
    ],
    [
      'rows that are not a list',
      { start: START, rows: { type: 'needQualified' } },
      { code: 'invalid-type', path: 'purchases[0].rows', expected: 'an array', received: 'an object' },
    ],
    [
      'a null start (rows without a purchaseStarted row)',
      { start: null, rows: [] },
      {
        code: 'invalid-type',
        path: 'purchases[0].start',
        expected: 'a start input (for rows, a purchaseStarted row or the start option of groupRows)',
        received: 'null',
      },
    ],
    [
      'no start at all',
      { events: [QUALIFIED] },
      {
        code: 'invalid-type',
        path: 'purchases[0].start',
        expected: 'a start input (for rows, a purchaseStarted row or the start option of groupRows)',
        received: 'undefined',
      },
    ],
  ])('reports %s at the purchase, and replays the next purchase', (_, purchase, issue) => {
    const result = replayMany([purchase as PurchaseInput, { start: START }]);
    expect(result.purchases[0]).toEqual(notStarted('purchases[0]', [issue]));
    expect(result.purchases[1]?.ok).toBe(true);
    expect(result.totals).toEqual({ purchases: 2, ok: 1, notStarted: 1, refusedEvents: 0, malformedEvents: 0 });
  });
});

describe('replayMany: a start that startPurchase refuses', () => {
  it('names a start that is not an object by the start’s own path', () => {
    expect(replayMany([{ start: 42 as never }]).purchases[0]).toEqual(
      notStarted('purchases[0].start', [
        { code: 'invalid-type', path: 'purchases[0].start', expected: 'an object', received: '42' },
      ]),
    );
  });

  it('gives the id only when the start holds a string id', () => {
    const [numbered, named] = replayMany([
      { start: { ...START, id: 7 as never, at: 'yesterday' } },
      { start: { ...START, at: 'yesterday' } },
    ]).purchases;
    expect(numbered?.id).toBeNull();
    expect(numbered?.malformed[0]?.issues.map((i) => i.path)).toEqual([
      'purchases[0].start.id',
      'purchases[0].start.at',
    ]);
    expect(named?.id).toBe('a');
  });
});

describe('replayMany: a purchase that throws when read', () => {
  it('reports a purchase the list cannot give as unreadable, and replays the others', () => {
    const purchases = new Proxy<PurchaseInput[]>([{ start: START }, { start: START }], {
      get: (target, key, receiver): unknown => {
        if (key === '0') throw new Error('connection lost');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const result = replayMany(purchases);
    expect(result.purchases[0]).toEqual(
      notStarted('purchases[0]', [{ code: 'unreadable', path: 'purchases[0]', ...UNREADABLE }]),
    );
    expect(result.states.map((s) => s.id)).toEqual(['a']);
    expect(result.totals).toEqual({ purchases: 2, ok: 1, notStarted: 1, refusedEvents: 0, malformedEvents: 0 });
  });

  it('reports a purchase whose field throws when read as unreadable', () => {
    const purchase = {
      get start(): never {
        throw new Error('lazy field');
      },
    };
    expect(replayMany([purchase]).purchases[0]).toEqual(
      notStarted('purchases[0]', [{ code: 'unreadable', path: 'purchases[0]', ...UNREADABLE }]),
    );
  });
});

describe('replayMany: ok and the totals', () => {
  it('is not ok with a malformed event alone, and counts malformed events but not a malformed start', () => {
    const result = replayMany([
      { start: START, events: [QUALIFIED, { type: 'needQualified', at: 'soon' } as never, REQUIREMENT] },
      { start: { ...START, at: 'yesterday' } },
      { start: START, rows: [{ type: 'needQualified', at: at(1), amount: 'lots' }] },
    ]);
    expect(result.purchases.map((p) => [p.ok, p.refused.length, p.malformed.map((m) => m.index)])).toEqual([
      [false, 0, [1]],
      [false, 0, [null]],
      [false, 0, [0]],
    ]);
    expect(result.totals).toEqual({ purchases: 3, ok: 0, notStarted: 1, refusedEvents: 0, malformedEvents: 2 });
  });
});

describe('replayMany: the options', () => {
  const purchases: PurchaseInput[] = [{ start: START, events: [QUALIFIED, OFFER, REQUIREMENT] }];

  it.each<[string, unknown]>([
    ['no options', undefined],
    ['onRefusal: skip', { onRefusal: 'skip' }],
  ])('skips a refused event and goes on with %s', (_, options) => {
    const [one] = replayMany(purchases, options as never).purchases;
    expect(one?.refused.map((r) => [r.index, r.type])).toEqual([[1, 'offerReceived']]);
    expect(one?.state?.requirements.map((r) => r.id)).toEqual(['r1']);
  });

  it('ends the purchase at the refused event with onRefusal: stop', () => {
    const [one] = replayMany(purchases, { onRefusal: 'stop' }).purchases;
    expect(one?.refused.map((r) => r.index)).toEqual([1]);
    expect(one?.state?.status).toBe('specification');
    expect(one?.state?.requirements).toEqual([]);
  });

  it.each<[string, () => unknown, string, string, string]>([
    [
      'a list of purchases that is not an array',
      () => replayMany('x' as never),
      'purchases',
      'an array of purchases',
      '"x"',
    ],
    [
      'a list whose length throws when read',
      () =>
        replayMany(
          new Proxy<PurchaseInput[]>([], {
            get: (target, key, receiver): unknown => {
              if (key === 'length') throw new Error('no length');
              return Reflect.get(target, key, receiver) as unknown;
            },
          }),
        ),
      'purchases.length',
      UNREADABLE.expected,
      UNREADABLE.received,
    ],
    [
      'an onRefusal that throws when read',
      () =>
        replayMany([], {
          get onRefusal(): never {
            throw new Error('lazy option');
          },
        }),
      'options.onRefusal',
      UNREADABLE.expected,
      UNREADABLE.received,
    ],
  ])('refuses %s, saying what it expected and received', (_, run, path, expected, received) => {
    const error = thrown(run);
    expect(error.issues).toEqual([expect.objectContaining({ path, expected, received })]);
    expect(error.message).toBe(`Invalid buygrid input:\n- ${path}: expected ${expected}, received ${received}`);
  });
});
