import { describe, expectTypeOf, it } from 'vitest';
import {
  addMember,
  analyzeBuyingCenter,
  assignRole,
  coverage,
  createBuyingCenter,
  expectedSize,
  fromCrmRole,
  PARTICIPATION,
  updateMember,
  type BuyingCenter,
  type BuyingCenterAnalysis,
  type BuyingCenterWarningCode,
  type RoleCoverage,
  type CrmRole,
  type ExpectedSize,
  type Member,
  type Participation,
  type Role,
  type Stance,
} from '../../src/buying-center/index.js';

const center = createBuyingCenter({ members: [{ id: 'a', name: 'A', roles: ['decider'], influence: 1 }] });

describe('buying-center public types', () => {
  it('gives a readonly center of readonly members', () => {
    expectTypeOf(center).toEqualTypeOf<BuyingCenter>();
    expectTypeOf(center.members).toEqualTypeOf<readonly Member[]>();
    expectTypeOf<Member['roles']>().toEqualTypeOf<readonly Role[]>();
    expectTypeOf<Member['stance']>().toEqualTypeOf<Stance | undefined>();
    // @ts-expect-error a center is read-only
    center.members[0].influence = 0;
  });

  it('refuses unknown roles, stances, steps and systems at compile time', () => {
    // @ts-expect-error not a role
    createBuyingCenter({ members: [{ id: 'a', name: 'A', roles: ['boss'], influence: 1 }] });
    // @ts-expect-error not a stance
    addMember(center, { id: 'b', name: 'B', roles: [], influence: 0, stance: 'hostile' });
    // @ts-expect-error a patch cannot change the id
    updateMember(center, 'a', { id: 'z' });
    // @ts-expect-error not a role
    assignRole(center, 'a', 'boss');
    // @ts-expect-error not a step
    coverage(center, 'closing');
    // @ts-expect-error not a step
    analyzeBuyingCenter(center, { step: 'closing' });
    // @ts-expect-error not a CRM of the maps
    fromCrmRole('sap', 'Buyer');
    // @ts-expect-error not a complexity
    expectedSize({ employees: 10, buyclass: 'new-task', complexity: 'extreme' });
  });

  it('types results', () => {
    expectTypeOf(coverage(center)).toEqualTypeOf<RoleCoverage>();
    expectTypeOf(coverage(center).missing).toEqualTypeOf<readonly Role[]>();
    expectTypeOf(analyzeBuyingCenter(center)).toEqualTypeOf<BuyingCenterAnalysis>();
    expectTypeOf<BuyingCenterAnalysis['warnings'][number]['code']>().toEqualTypeOf<BuyingCenterWarningCode>();
    expectTypeOf<BuyingCenterWarningCode>().toEqualTypeOf<
      'no-decider' | 'single-threaded' | 'influential-blocker' | 'no-champion' | 'missing-role'
    >();
    expectTypeOf(expectedSize({ employees: 10, buyclass: 'new-task' })).toEqualTypeOf<ExpectedSize>();
    expectTypeOf(expectedSize({ employees: 10, buyclass: 'new-task', budgetShare: 0.2 })).toEqualTypeOf<ExpectedSize>();
    expectTypeOf<ExpectedSize['reasons'][number]['code']>().toExtend<string>();
    expectTypeOf<'budget-share-factor'>().toExtend<ExpectedSize['reasons'][number]['code']>();
    // @ts-expect-error — the budget share is a number in [0, 1]
    expectedSize({ employees: 10, buyclass: 'new-task', budgetShare: 'high' });
    expectTypeOf(fromCrmRole('hubspot', 'CHAMPION')).toEqualTypeOf<CrmRole>();
  });

  it('takes a buyclass, and only a buyclass', () => {
    expectTypeOf(
      analyzeBuyingCenter(center, { step: 'decision', buyclass: 'straight-rebuy' }),
    ).toEqualTypeOf<BuyingCenterAnalysis>();
    expectTypeOf(coverage(center, 'decision', { buyclass: 'straight-rebuy' })).toEqualTypeOf<RoleCoverage>();
    // @ts-expect-error -- not a buyclass
    analyzeBuyingCenter(center, { buyclass: 'routine' });
    // @ts-expect-error -- not a buyclass
    coverage(center, 'decision', { buyclass: 'routine' });
  });

  it('lets the default matrix be passed where a matrix is taken', () => {
    expectTypeOf(PARTICIPATION).toExtend<Participation>();
    expectTypeOf(PARTICIPATION.decision.decider).toEqualTypeOf<1>();
  });
});
