import { describe, expect, it } from 'vitest';
import { startPurchase } from '../../src/process/index.js';
import { START } from './fixtures.js';

describe('startPurchase', () => {
  // Finding F7: a scan per supplier for duplicates took 25 s at 1e5 (9 s at 6e4); a set takes linear time.
  it('checks 6e4 known suppliers for duplicate ids in linear time, and refuses the one duplicate', () => {
    const known = Array.from({ length: 60_000 }, (_, i) => ({ id: `k${String(i)}`, name: `Known ${String(i)}` }));
    const state = startPurchase({ ...START, knownSuppliers: known });
    expect(state.suppliers).toHaveLength(60_000);
    expect(state.suppliers[59_999]).toEqual({ id: 'k59999', name: 'Known 59999', status: 'known', incumbent: false });
    const twice = [...known.slice(0, 1000), { id: 'k5', name: 'Again' }];
    expect(() => startPurchase({ ...START, knownSuppliers: twice })).toThrow(
      'knownSuppliers[1000].id: expected an id no other known supplier has, received "k5"',
    );
  });
});
