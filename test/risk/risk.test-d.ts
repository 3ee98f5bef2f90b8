import { describe, expectTypeOf, it } from 'vitest';
import {
  assessRisk,
  perceivedRiskByMember,
  whatIf,
  type RiskAssessment,
  type RiskDimension,
  type RiskLevel,
  type RiskReducerId,
  type RiskWhatIf,
  type MemberRisk,
  type RiskReducer,
  type SupplierRelationship,
} from '../../src/risk/index.js';

describe('risk types', () => {
  it('types the result as readonly data with literal unions', () => {
    const risk = assessRisk({ dimensions: { social: { uncertainty: 0.5, consequence: 0.5 } } });
    expectTypeOf(risk).toEqualTypeOf<RiskAssessment>();
    expectTypeOf(risk.level).toEqualTypeOf<RiskLevel>();
    expectTypeOf(risk.drivers).toEqualTypeOf<readonly RiskDimension[]>();
    expectTypeOf<(typeof risk.reducers)[number]['id']>().toEqualTypeOf<RiskReducerId>();
    // @ts-expect-error the result is readonly
    risk.score = 1;
  });

  it('refuses unknown dimensions, answers and reducers at compile time', () => {
    // @ts-expect-error not a dimension
    assessRisk({ dimensions: { legal: { uncertainty: 0.5, consequence: 0.5 } } });
    // @ts-expect-error not a relationship
    assessRisk({ profile: { supplierRelationship: 'habitual' } });
    // @ts-expect-error the relationship is the one required answer
    assessRisk({ profile: { importance: 'strategic' } });
    // @ts-expect-error not a reducer
    assessRisk({ dimensions: {}, appliedReducers: ['prayer'] });
  });

  it('takes a deep partial change in whatIf', () => {
    expectTypeOf(
      whatIf({ profile: { supplierRelationship: 'new' } }, { profile: { importance: 'banal' } }),
    ).toEqualTypeOf<RiskWhatIf>();
    // @ts-expect-error a component must be a number
    whatIf({ profile: { supplierRelationship: 'new' } }, { dimensions: { social: { uncertainty: 'high' } } });
  });

  it('types the relationships a reducer applies to', () => {
    expectTypeOf<SupplierRelationship>().toEqualTypeOf<'incumbent' | 'known' | 'new'>();
    expectTypeOf<RiskReducer['relationships']>().toEqualTypeOf<readonly SupplierRelationship[] | undefined>();
  });

  it('takes a buying center whose members have ids, names, roles and influence', () => {
    const result = perceivedRiskByMember(
      { members: [{ id: 'a', name: 'A', roles: ['user'], influence: 1 }] },
      { profile: { supplierRelationship: 'new' } },
    );
    expectTypeOf(result.members).toEqualTypeOf<readonly MemberRisk[]>();
    perceivedRiskByMember(
      // @ts-expect-error a member needs its roles
      { members: [{ id: 'a', name: 'A', influence: 1 }] },
      { profile: { supplierRelationship: 'new' } },
    );
  });
});
