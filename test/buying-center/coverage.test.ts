import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { BUYCLASSES, ROLES, STEPS } from '../../src/_lib/vocabulary.js';
import { createBuyingCenter } from '../../src/buying-center/center.js';
import { coverage } from '../../src/buying-center/coverage.js';
import { PARTICIPATION } from '../../src/buying-center/participation.js';
import type { BuyingCenter } from '../../src/buying-center/schema.js';
import { centerInputArb } from './arbitraries.js';

const center = createBuyingCenter({
  members: [
    { id: 'ana', name: 'Ana', roles: ['buyer', 'gatekeeper'], influence: 0.5 },
    { id: 'raj', name: 'Raj', roles: ['decider'], influence: 0.9 },
    { id: 'lea', name: 'Lea', roles: ['buyer'], influence: 0.2 },
  ],
});

describe('coverage', () => {
  it('without a step, looks at all eight roles', () => {
    const result = coverage(center);
    expect(result).not.toHaveProperty('step');
    expect(result.roles).toEqual([...ROLES]);
    expect(result.covered).toEqual(['gatekeeper', 'buyer', 'decider']);
    expect(result.missing).toEqual(['initiator', 'user', 'prescriber', 'advisor', 'approver']);
    expect(result.membersByRole.buyer).toEqual(['ana', 'lea']);
    expect(result.membersByRole.approver).toEqual([]);
  });

  it.each([
    ['need-recognition', [], ['initiator', 'user']],
    ['supplier-search', ['gatekeeper', 'buyer'], ['prescriber']],
    ['negotiation', ['buyer'], []],
    ['decision', ['decider'], ['approver']],
  ] as const)('for %s, looks at the roles the step needs', (step, covered, missing) => {
    const result = coverage(center, step);
    expect(result.step).toBe(step);
    expect(result.covered).toEqual(covered);
    expect(result.missing).toEqual(missing);
  });

  it('uses the matrix and threshold given', () => {
    const mine = { ...PARTICIPATION, decision: { ...PARTICIPATION.decision, approver: 0 } };
    expect(coverage(center, 'decision', { participation: mine }).missing).toEqual([]);
    expect(coverage(center, 'decision', { threshold: 0.35 }).missing).toEqual(['prescriber', 'advisor', 'approver']);
  });

  it('lets a buyer cover the decider and the approver in a straight rebuy only (Kotler & Armstrong 17e p. 193)', () => {
    const agent = createBuyingCenter({ members: [{ id: 'ana', name: 'Ana', roles: ['buyer'], influence: 1 }] });
    expect(coverage(agent, 'decision', { buyclass: 'straight-rebuy' })).toMatchObject({
      covered: ['decider', 'approver'],
      missing: [],
    });
    expect(coverage(agent, 'decision', { buyclass: 'new-task' }).missing).toEqual(['decider', 'approver']);
    expect(coverage(agent, 'decision').missing).toEqual(['decider', 'approver']);
    expect(coverage(agent, undefined, { buyclass: 'straight-rebuy' }).membersByRole.decider).toEqual([]);
    expect(() => coverage(agent, 'decision', { buyclass: 'routine' as never })).toThrow(
      'options.buyclass: expected one of',
    );
  });

  it('refuses an invalid center, step or options', () => {
    expect(() => coverage({ members: 'all' } as never)).toThrow('members: expected an array, received "all"');
    expect(() => coverage(center, 'closing' as never)).toThrow(/^Invalid buygrid input:\n- step: /);
    expect(() => coverage(center, 'decision', { threshold: Number.NaN })).toThrow(
      'options.threshold: expected a finite number, received NaN',
    );
  });

  test.prop([centerInputArb, fc.option(fc.constantFrom(...STEPS), { nil: undefined }), fc.constantFrom(...BUYCLASSES)])(
    'a buyclass never uncovers a role: what is covered without it stays covered',
    (input, step, buyclass) => {
      const c: BuyingCenter = createBuyingCenter(input);
      const plain = coverage(c, step);
      const withBuyclass = coverage(c, step, { buyclass });
      for (const role of plain.covered) expect(withBuyclass.covered).toContain(role);
      if (buyclass !== 'straight-rebuy') expect(withBuyclass.covered).toEqual(plain.covered);
    },
  );

  test.prop([centerInputArb, fc.option(fc.constantFrom(...STEPS), { nil: undefined })])(
    'covered and missing partition the roles looked at, in the order of ROLES',
    (input, step) => {
      const c: BuyingCenter = createBuyingCenter(input);
      const result = coverage(c, step);
      expect([...result.covered, ...result.missing].sort()).toEqual([...result.roles].sort());
      expect(result.covered.filter((r) => result.missing.includes(r))).toEqual([]);
      expect(result.roles).toEqual(ROLES.filter((r) => result.roles.includes(r)));
      for (const role of ROLES) {
        expect(result.membersByRole[role]).toEqual(c.members.filter((m) => m.roles.includes(role)).map((m) => m.id));
      }
      for (const role of result.covered) expect(result.membersByRole[role].length).toBeGreaterThan(0);
    },
  );
});
