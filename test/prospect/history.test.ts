import { describe, expect, it } from 'vitest';
import { startPurchase, type PurchaseState } from '../../src/process/index.js';
import { accountHistory, LONG_TERM_FROM } from '../../src/prospect/index.js';
import { goingBack, run } from './fixtures.js';

/** A purchase of the account, awarded to `winner` (a re-order from the incumbent when it is `us`). */
function purchase(
  id: string,
  at: string,
  winner: string | null,
  buyclass: 'new-task' | 'modified-rebuy' | 'straight-rebuy' = 'new-task',
): PurchaseState {
  const day = (n: number): string => new Date(Date.parse(at) + n * 86_400_000).toISOString();
  const start = startPurchase({ id, at, need: { summary: 'Film' }, situation: { buyclass } });
  if (winner === null) return run(start, [{ type: 'purchaseAbandoned', at: day(1), reason: 'budget' }]);
  return run(start, [
    { type: 'needQualified', at: day(1) },
    { type: 'requirementAdded', at: day(1), requirement: { id: 'r', text: 'Film' } },
    { type: 'specificationApproved', at: day(2) },
    { type: 'supplierIdentified', at: day(3), supplier: { id: 'us', name: 'Us' } },
    { type: 'supplierIdentified', at: day(3), supplier: { id: 'rival', name: 'Rival' } },
    { type: 'supplierShortlisted', at: day(4), supplierId: 'us' },
    { type: 'supplierShortlisted', at: day(4), supplierId: 'rival' },
    { type: 'negotiationStarted', at: day(5) },
    { type: 'offerReceived', at: day(6), offer: { supplierId: 'us', amount: 100, currency: 'EUR' } },
    { type: 'offerReceived', at: day(6), offer: { supplierId: 'rival', amount: 90, currency: 'EUR' } },
    { type: 'decisionRequested', at: day(7) },
    { type: 'supplierSelected', at: day(8), supplierId: winner },
    ...(winner === 'us'
      ? [{ type: 'performanceReviewed', at: day(90), supplierId: 'us', satisfaction: 0.8 } as const]
      : []),
  ]);
}

describe('accountHistory', () => {
  it('orders the purchases by start and reads who won each', () => {
    const history = accountHistory(
      [purchase('b', '2026-02-01T00:00:00Z', 'rival', 'modified-rebuy'), purchase('a', '2025-01-01T00:00:00Z', 'us')],
      { supplierId: 'us' },
    );
    expect(history.purchases.map((p) => [p.id, p.won, p.selected])).toEqual([
      ['a', true, 'us'],
      ['b', false, 'rival'],
    ]);
    expect(history.purchases[0]?.satisfaction).toBe(0.8);
    expect(history).toMatchObject({
      awarded: 2,
      won: 1,
      shareWon: 0.5,
      trend: 'routinizing',
      stage: 'early',
      supplierRelationship: 'known',
      position: 'out-supplier',
    });
  });

  it.each([
    // [winners in order, stage, relationship] — after Ford (1980), thresholds buygrid's reading
    [[], 'pre-relationship', 'new'],
    [['rival'], 'pre-relationship', 'known'],
    [['us'], 'early', 'incumbent'],
    [['us', 'us'], 'development', 'incumbent'],
    [['us', 'us', 'us', 'rival'], 'development', 'known'],
    [Array.from({ length: LONG_TERM_FROM }, () => 'us'), 'long-term', 'incumbent'],
  ] as const)('reads %j as %s, %s', (winners, stage, relationship) => {
    const purchases = winners.map((w, i) => purchase(`p${String(i)}`, `202${String(i)}-01-01T00:00:00Z`, w));
    const history = accountHistory(purchases, { supplierId: 'us' });
    expect([history.stage, history.supplierRelationship]).toEqual([stage, relationship]);
    expect(history.position).toBe(relationship === 'incumbent' ? 'in-supplier' : 'out-supplier');
  });

  it('leaves out the share won when nothing was awarded, and the trend with one purchase', () => {
    const history = accountHistory([purchase('x', '2026-01-01T00:00:00Z', null)], { supplierId: 'us' });
    expect(history).not.toHaveProperty('shareWon');
    expect(history).not.toHaveProperty('trend');
    expect(history.purchases[0]).toEqual({
      id: 'x',
      startedAt: '2026-01-01T00:00:00Z',
      buyclass: 'new-task',
      status: 'abandoned',
      won: false,
    });
  });

  it('sees the buyer reopening: from straight rebuy to new task', () => {
    const history = accountHistory(
      [
        purchase('a', '2024-01-01T00:00:00Z', 'us', 'straight-rebuy'),
        purchase('b', '2025-01-01T00:00:00Z', 'us', 'new-task'),
      ],
      { supplierId: 'us' },
    );
    expect(history.trend).toBe('reopening');
    expect(history.buyclasses).toEqual(['straight-rebuy', 'new-task']);
  });

  it('counts a known supplier of an open purchase as known', () => {
    expect(accountHistory([goingBack], { supplierId: 'us' }).supplierRelationship).toBe('known');
    expect(accountHistory([JSON.stringify(goingBack) as never], { supplierId: 'us' }).purchases).toHaveLength(1);
  });

  it('returns a frozen result that survives a JSON round trip', () => {
    const history = accountHistory([purchase('a', '2025-01-01T00:00:00Z', 'us')], { supplierId: 'us' });
    expect(Object.isFrozen(history.purchases[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });

  it.each([
    [
      'a purchase that does not replay',
      () => accountHistory([{ ...goingBack, status: 'decision' } as never], { supplierId: 'us' }),
      'purchases[0].',
    ],
    [
      'purchases that are not an array',
      () => accountHistory({} as never, { supplierId: 'us' }),
      'purchases: expected an array of purchase states',
    ],
    ['no supplier id', () => accountHistory([], {} as never), 'options.supplierId: expected a string'],
  ])('refuses %s, naming the field', (_, run, message) => {
    expect(run).toThrow(message);
  });
});

describe('accountHistory, its reasons and its parts', () => {
  const FORD = '(after Ford 1980; the thresholds are buygrid’s reading).';

  it.each([
    // [winners in order, stage message, relationship message]
    [[], `0 of 0 awarded purchases won: pre-relationship ${FORD}`, 'us appears in no purchase of this account.'],
    [
      ['us'],
      `1 of 1 awarded purchase won, the latest included: early ${FORD}`,
      'us won the latest award: the incumbent.',
    ],
    [
      ['us', 'rival'],
      `1 of 2 awarded purchases won: early ${FORD}`,
      'us took part in earlier purchases but does not hold the latest award.',
    ],
  ] as const)('says why for %j', (winners, stage, relationship) => {
    const purchases = winners.map((w, i) => purchase(`p${String(i)}`, `202${String(i)}-01-01T00:00:00Z`, w));
    const history = accountHistory(purchases, { supplierId: 'us' });
    expect(history.reasons.slice(0, 2).map((r) => r.message)).toEqual([stage, relationship]);
  });

  it('names a supplier new to the account new, though others took part', () => {
    const history = accountHistory([purchase('a', '2025-01-01T00:00:00Z', 'rival')], { supplierId: 'newcomer' });
    expect(history.supplierRelationship).toBe('new');
    expect(history.reasons[1]).toEqual({
      code: 'relationship',
      params: { supplierId: 'newcomer', relationship: 'new' },
      message: 'newcomer appears in no purchase of this account.',
    });
  });

  it.each([
    ['new-task', 'new-task', 'steady'],
    ['modified-rebuy', 'straight-rebuy', 'routinizing'],
    ['modified-rebuy', 'new-task', 'reopening'],
  ] as const)('reads %s then %s as %s, and says so', (from, to, trend) => {
    const history = accountHistory(
      [purchase('a', '2024-01-01T00:00:00Z', 'us', from), purchase('b', '2025-01-01T00:00:00Z', 'us', to)],
      { supplierId: 'us' },
    );
    expect(history.trend).toBe(trend);
    expect(history.reasons[2]).toEqual({
      code: 'trend',
      params: { from, to, trend },
      message: `From ${from} to ${to}: ${trend}.`,
    });
  });

  it('leaves out, as keys, the trend and share won it cannot read, and the selection of an open purchase', () => {
    const history = accountHistory([goingBack], { supplierId: 'us' });
    expect(Object.keys(history).sort()).toEqual(
      [
        'supplierId',
        'purchases',
        'buyclasses',
        'awarded',
        'won',
        'stage',
        'supplierRelationship',
        'position',
        'reasons',
      ].sort(),
    );
    expect(Object.keys(history.purchases[0] ?? {}).sort()).toEqual(['buyclass', 'id', 'startedAt', 'status', 'won']);
    expect(history.reasons).toHaveLength(2);
  });

  it('keeps the order given for purchases that started at the same time', () => {
    const at = '2025-01-01T00:00:00Z';
    const ids = (order: readonly string[]): readonly string[] =>
      accountHistory(
        order.map((id) => purchase(id, at, null)),
        { supplierId: 'us' },
      ).purchases.map((p) => p.id);
    expect(ids(['b', 'a', 'c'])).toEqual(['b', 'a', 'c']);
    expect(ids(['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
  });

  it('takes the latest review of this supplier, not an earlier one nor another supplier’s', () => {
    const reviewed = run(purchase('a', '2025-01-01T00:00:00Z', 'us'), [
      { type: 'performanceReviewed', at: '2025-06-01T00:00:00Z', supplierId: 'us', satisfaction: 0.4 },
      { type: 'performanceReviewed', at: '2025-07-01T00:00:00Z', supplierId: 'rival', satisfaction: 0.9 },
    ]);
    expect(accountHistory([reviewed], { supplierId: 'us' }).purchases[0]?.satisfaction).toBe(0.4);
  });
});
