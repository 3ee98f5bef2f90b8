import { describe, expect, it } from 'vitest';
import { defaultPolicy, startPurchase } from '../../src/process/index.js';
import { START } from './fixtures.js';

describe('defaultPolicy', () => {
  it('refuses a revoked Proxy as the situation with a BuygridInputError (found by HOSTILE=full)', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => defaultPolicy(proxy as never)).toThrow('situation: expected a readable value');
  });
  it.each([
    [{}, 1, 1, 0, false],
    [{ buyclass: 'modified-rebuy' as const }, 1, 1, 1, false],
    [{ buyclass: 'straight-rebuy' as const }, 1, 1, 1, true],
    [{ buyclass: 'straight-rebuy' as const, regime: 'public-tender' as const }, 1, 1, 0, false],
    [{ procedure: 'restricted' as const }, 5, 1, 0, false],
    [{ regime: 'public-tender' as const, procedure: 'competitive-dialogue' as const }, 3, 1, 0, false],
    [{ procedure: 'framework-call-off' as const }, 1, 1, 2, true],
  ])(
    'defaultPolicy(%j) needs %i shortlisted, %i offers, has %i skips',
    (situation, minShortlisted, minOffers, skips, reorder) => {
      const p = defaultPolicy(situation);
      expect([p.minShortlisted, p.minOffers, p.skips.length, p.reorderWithoutOffer]).toEqual([
        minShortlisted,
        minOffers,
        skips,
        reorder,
      ]);
      expect(Object.isFrozen(p.roles)).toBe(true);
    },
  );
  it('accepts a classified situation and overrides', () => {
    const situation = {
      buyclass: 'new-task',
      organization: { type: 'public-body' },
      regime: 'public-tender',
      reasons: [],
    } as const;
    expect(defaultPolicy(situation, { minOffers: 5 }).minOffers).toBe(5);
    expect(startPurchase({ ...START, situation }).situation).toEqual({
      buyclass: 'new-task',
      regime: 'public-tender',
      procedure: 'open',
    });
    const restricted = { ...situation, procedure: 'restricted' } as const;
    expect(startPurchase({ ...START, situation: restricted }).policy.minShortlisted).toBe(5);
  });
  it('throws on bad situations and overrides', () => {
    expect(() => defaultPolicy({ buyclass: 'x' } as never)).toThrow('situation.buyclass');
    expect(() => defaultPolicy({ regime: 'private', procedure: 'open' })).toThrow(
      'situation.procedure: expected no procedure under the private regime',
    );
    expect(() => defaultPolicy({ procedure: 'tender' } as never)).toThrow(
      'situation.procedure: expected one of "open"',
    );
    expect(() => defaultPolicy({}, { negotiable: 'no' } as never)).toThrow('policy.negotiable');
    expect(() => defaultPolicy({}, { inviteAll: 'some' } as never)).toThrow('policy.inviteAll');
    expect(() => defaultPolicy({}, { minOffers: 1.5 })).toThrow('policy.minOffers: expected an integer ≥ 0');
    expect(() =>
      startPurchase({
        ...START,
        knownSuppliers: [
          { id: 'a', name: 'A' },
          { id: 'a', name: 'B' },
        ],
      }),
    ).toThrow('knownSuppliers[1].id');
  });
});
