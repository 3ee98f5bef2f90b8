import { describe, expect, it } from 'vitest';
import { groupRows, replayMany } from '../../src/analytics/index.js';
import { at } from '../process/fixtures.js';
import { thrown } from '../_lib/thrown.js';

const ROW = { purchaseId: 'a', type: 'needQualified', at: at(1) };

describe('groupRows at its boundary (issue 14: read once, into a copy)', () => {
  it('reads each cell once: a getter that answers differently later cannot change the copy', () => {
    let reads = 0;
    const row = {
      purchaseId: 'a',
      get type(): string {
        reads++;
        return reads === 1 ? 'needQualified' : 'purchaseCancelled';
      },
      at: at(1),
    };
    const [one] = groupRows([row]);
    expect(reads).toBe(1);
    expect(one?.rows?.[0]?.['type']).toBe('needQualified');
    expect(Object.getOwnPropertyDescriptor(one?.rows?.[0], 'type')).toHaveProperty('value', 'needQualified');
  });

  it('reads the list once: a Proxy that grows the array on a second read adds nothing', () => {
    let lengthReads = 0;
    const rows = new Proxy([ROW], {
      get: (target, key, receiver): unknown => {
        if (key === 'length') lengthReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(groupRows(rows)[0]?.rows).toHaveLength(1);
    expect(lengthReads).toBe(1);
  });

  it('turns a list or a row that throws when read into a BuygridInputError naming it', () => {
    const { proxy, revoke } = Proxy.revocable([ROW], {});
    revoke();
    expect(thrown(() => groupRows(proxy)).issues[0]).toMatchObject({ code: 'unreadable', path: 'rows' });
    const throwing = {
      purchaseId: 'a',
      get at(): string {
        throw new Error('boom');
      },
    };
    expect(thrown(() => groupRows([ROW, throwing])).issues[0]).toMatchObject({
      code: 'unreadable',
      path: 'rows[1].at',
    });
    const { proxy: options, revoke: revokeOptions } = Proxy.revocable({}, {});
    revokeOptions();
    expect(thrown(() => groupRows([ROW], options)).issues[0].path).toBe('options');
  });

  it('keeps a valid Date cell as its ISO string, so the result is plain JSON', () => {
    const [one] = groupRows([{ purchaseId: 'a', type: 'needQualified', at: new Date(at(1)) }]);
    expect(one?.rows?.[0]?.['at']).toBe(at(1));
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });

  it('refuses a cell that no export holds — an object, an invalid Date, NaN — naming the cell', () => {
    const cases: [unknown, string][] = [
      [{ nested: true }, 'an object'],
      [new Date(Number.NaN), 'Date'],
      [Number.NaN, 'NaN'],
      [() => 1, 'function'],
    ];
    for (const [cell, received] of cases) {
      const error = thrown(() => groupRows([ROW, { ...ROW, note: cell } as never]));
      expect(error.issues[0]).toMatchObject({ code: 'invalid-type', path: 'rows[1].note' });
      expect(error.issues[0].received).toContain(received);
    }
  });

  it('refuses a __proto__ column instead of setting the copy’s prototype', () => {
    const row = JSON.parse('{"purchaseId":"a","type":"needQualified","__proto__":{"polluted":1}}') as never;
    expect(thrown(() => groupRows([row])).issues[0]).toMatchObject({ code: 'unknown-key' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('copies what the start option returns, so the result is deeply frozen and the caller’s object is not', () => {
    const need = { summary: 'Pallets' };
    const made = { id: 'a', at: at(0), need };
    const purchases = groupRows([ROW], { start: () => made });
    const [one] = purchases;
    expect(one?.start).toEqual(made);
    expect(one?.start).not.toBe(made);
    expect(Object.isFrozen(one?.start?.need)).toBe(true);
    expect(Object.isFrozen(need)).toBe(false);
    expect(replayMany(purchases).states[0]?.status).toBe('specification');
  });

  it('leaves the caller’s rows, and the cells in them, unfrozen and unchanged', () => {
    const date = new Date(at(0));
    const rows = [{ purchaseId: 'a', type: 'purchaseStarted', at: date, summary: 'Pallets' }, { ...ROW }];
    const before = structuredClone(rows);
    const purchases = groupRows(rows);
    expect(rows).toEqual(before);
    expect(Object.isFrozen(rows[0])).toBe(false);
    expect(Object.isFrozen(date)).toBe(false);
    expect(Object.isFrozen(purchases[0]?.start)).toBe(true);
  });
});
