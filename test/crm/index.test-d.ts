import { describe, expectTypeOf, it } from 'vitest';
import {
  fromCrmRole,
  fromCrmStage,
  toCrmRole,
  type CrmDealStatus,
  type CrmRole,
  type CrmRoleReasonCode,
  type CrmStage,
  type CrmStageReasonCode,
  type CrmRoleValues,
} from '../../src/crm/index.js';
import type { Outcome, Step } from '../../src/process/index.js';
import type { Role, Stance } from '../../src/buying-center/index.js';

describe('crm public types', () => {
  it('types results with literal unions', () => {
    expectTypeOf(fromCrmRole('hubspot', 'CHAMPION')).toEqualTypeOf<CrmRole>();
    expectTypeOf<CrmRole['roles']>().toEqualTypeOf<readonly Role[]>();
    expectTypeOf<CrmRole['reasons'][number]['code']>().toEqualTypeOf<CrmRoleReasonCode>();
    expectTypeOf(fromCrmStage('hubspot', 'closedwon')).toEqualTypeOf<CrmStage>();
    expectTypeOf<CrmStage['step']>().toEqualTypeOf<Step | undefined>();
    expectTypeOf<CrmStage['outcome']>().toEqualTypeOf<Outcome | undefined>();
    expectTypeOf<CrmStage['deal']>().toEqualTypeOf<CrmDealStatus | undefined>();
    expectTypeOf<CrmStage['reasons'][number]['code']>().toEqualTypeOf<CrmStageReasonCode>();
    expectTypeOf(toCrmRole('dynamics', { roles: ['user'] })).toEqualTypeOf<CrmRoleValues>();
    expectTypeOf<CrmRoleValues['lost']['stance']>().toEqualTypeOf<Stance | undefined>();
  });

  it('refuses unknown systems, roles, stances and map entries at compile time', () => {
    // @ts-expect-error not a CRM of the maps
    fromCrmRole('sap', 'Buyer');
    // @ts-expect-error not a CRM of the maps
    fromCrmStage('pipedrive', 'Won');
    // @ts-expect-error not a role
    toCrmRole('hubspot', { roles: ['boss'] });
    // @ts-expect-error not a stance
    toCrmRole('hubspot', { roles: [], stance: 'fan' });
    // @ts-expect-error a map entry names roles, not a role
    fromCrmRole('hubspot', 'X', { map: { X: { role: 'user' } } });
    // @ts-expect-error a stage entry needs its deal status
    fromCrmStage('hubspot', 'x', { map: { x: { label: 'X', why: 'Mine.' } } });
  });
});
