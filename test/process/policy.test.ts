import { describe, expect, it } from 'vitest';
import {
  defaultPolicy,
  startPurchase,
} from '../../src/process/index.js';
import { START } from './fixtures.js';

describe('policy', () => {
  it.each([
    [{}, 1, 1, 0, false],
    [{ buyclass: 'modified-rebuy' as const }, 1, 1, 1, false],
    [{ buyclass: 'straight-rebuy' as const }, 1, 1, 1, true],
    [{ buyclass: 'straight-rebuy' as const, regime: 'public-tender' as const }, 3, 3, 0, false],
  ])('defaultPolicy(%j) needs %i shortlisted, %i offers, has %i skips', (situation, minShortlisted, minOffers, skips, reorder) => {
    const p = defaultPolicy(situation);
    expect([p.minShortlisted, p.minOffers, p.skips.length, p.reorderWithoutOffer]).toEqual([minShortlisted, minOffers, skips, reorder]);
    expect(Object.isFrozen(p.roles)).toBe(true);
  });
  it('accepts a classified situation and overrides', () => {
    const situation = { buyclass: 'new-task', organization: { type: 'public-body' }, regime: 'public-tender', reasons: [] } as const;
    expect(defaultPolicy(situation, { minOffers: 5 }).minOffers).toBe(5);
    expect(startPurchase({ ...START, situation }).situation).toEqual({ buyclass: 'new-task', regime: 'public-tender' });
  });
  it('throws on bad situations and overrides', () => {
    expect(() => defaultPolicy({ buyclass: 'x' } as never)).toThrow('situation.buyclass');
    expect(() => defaultPolicy({}, { minOffers: 1.5 })).toThrow('policy.minOffers: expected an integer ≥ 0');
    expect(() => startPurchase({ ...START, knownSuppliers: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] })).toThrow('knownSuppliers[1].id');
  });
});
