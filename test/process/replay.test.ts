import { describe, expect, it } from 'vitest';
import { replay, type PurchaseEvent } from '../../src/process/index.js';
import { START, at, manySuppliers } from './fixtures.js';

describe('replay', () => {
  it('names the event of bad input by its index', () => {
    expect(() => replay(START, [{ type: 'needQualified', at: 'x' }])).toThrow('events[0].at');
    expect(() => replay(START, [{ type: 'x' } as never])).toThrow('events[0].type');
    expect(() => replay(START, 'x' as never)).toThrow('events: expected an array');
  });
  // Finding F7: each event scanned the whole list (3e4 supplierIdentified events took 2 s, and
  // as long again to shortlist them); a map kept per list makes the replay linear.
  it('replays 3e4 suppliers identified and shortlisted in linear time, then refuses a duplicate id', () => {
    const events = manySuppliers(30_000);
    const result = replay(START, [
      ...events,
      { type: 'supplierIdentified', at: at(999), supplier: { id: 's17777', name: 'Again' } },
    ]);
    expect(result).toMatchObject({ ok: false, index: events.length, rejection: { guard: 'duplicate-id' } });
    expect(result.state.suppliers).toHaveLength(30_000);
    expect(result.state.suppliers.every((s) => s.status === 'shortlisted')).toBe(true);
  });
  it('replays 5e4 requirements added, finds each to remove, and refuses removing one twice', () => {
    const added = Array.from({ length: 50_000 }, (_, i): PurchaseEvent => ({
      type: 'requirementAdded',
      at: at(2),
      requirement: { id: `r${String(i)}`, text: 'text' },
    }));
    const removed: PurchaseEvent[] = [10, 49_999, 0, 10].map((i) => ({
      type: 'requirementRemoved',
      at: at(3),
      requirementId: `r${String(i)}`,
    }));
    const result = replay(START, [{ type: 'needQualified', at: at(1) }, ...added, ...removed]);
    expect(result).toMatchObject({ ok: false, index: 50_004, rejection: { guard: 'unknown-requirement' } });
    expect(result.state.requirements).toHaveLength(49_997);
    expect(result.state.requirements.map((r) => r.id).slice(0, 3)).toEqual(['r1', 'r2', 'r3']);
    expect(result.state.requirements.at(-1)?.id).toBe('r49998');
  });
});
