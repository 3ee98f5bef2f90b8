import { match, P } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type { BuyingCenterAnalysis } from '../../src/buying-center/index.js';
import {
  explain,
  kindOf,
  label,
  LABEL_KINDS,
  type Explainable,
  type ExplainedKind,
  type LabelKind,
} from '../../src/explain/index.js';
import {
  STEPS,
  type PurchaseEvent,
  type PurchaseState,
  type ReplayResult,
  type TransitionResult,
} from '../../src/process/index.js';
import type { RiskAssessment, RiskLevel } from '../../src/risk/index.js';
import type { PurchaseSituation } from '../../src/situation/index.js';
import type { PurchasesSummary, ReplayManyResult } from '../../src/analytics/index.js';
import type { CrmRole, CrmStage } from '../../src/crm/index.js';
import type { OfferEvaluation } from '../../src/process/index.js';
import type { AccountHistory, ProspectAnalysis } from '../../src/prospect/index.js';
import type { ExplainedKinds } from '../../src/explain/index.js';

declare const state: PurchaseState;
declare const result: TransitionResult;
declare const replayed: ReplayResult;
declare const risk: RiskAssessment;
declare const situation: PurchaseSituation;
declare const analysis: BuyingCenterAnalysis;
declare const event: PurchaseEvent;
declare const kind: ExplainedKind;

describe('explain and label types', () => {
  it('takes every result of the library and returns a string', () => {
    expectTypeOf(explain(state)).toEqualTypeOf<string>();
    expectTypeOf(explain(result)).toEqualTypeOf<string>();
    expectTypeOf(explain(replayed)).toEqualTypeOf<string>();
    expectTypeOf(explain(risk, { now: '2026-03-01T00:00:00Z' })).toEqualTypeOf<string>();
    expectTypeOf(explain(situation)).toEqualTypeOf<string>();
    expectTypeOf(explain(analysis)).toEqualTypeOf<string>();
    expectTypeOf<RiskAssessment>().toExtend<Explainable>();
    expectTypeOf(kindOf(risk)).toEqualTypeOf<ExplainedKind>();
    // @ts-expect-error -- a number is no result
    explain(42);
    // @ts-expect-error -- an unknown option does not compile
    explain(state, { locale: 'fr' });
  });

  it('takes a prospect, an account history, many replays, a summary, CRM readings and an offer evaluation', () => {
    expectTypeOf<ExplainedKinds['prospect-analysis']>().toEqualTypeOf<ProspectAnalysis>();
    expectTypeOf<ExplainedKinds['account-history']>().toEqualTypeOf<AccountHistory>();
    expectTypeOf<ExplainedKinds['purchase-summary']>().toEqualTypeOf<PurchasesSummary>();
    expectTypeOf<ExplainedKinds['replay-many']>().toEqualTypeOf<ReplayManyResult>();
    expectTypeOf<ExplainedKinds['crm-role']>().toEqualTypeOf<CrmRole>();
    expectTypeOf<ExplainedKinds['crm-stage']>().toEqualTypeOf<CrmStage>();
    expectTypeOf<ExplainedKinds['offer-evaluation']>().toEqualTypeOf<OfferEvaluation>();
    expectTypeOf<ProspectAnalysis | PurchasesSummary | OfferEvaluation>().toExtend<Explainable>();
    // @ts-expect-error -- a group of a summary is not a result of its own
    explain({ count: 3 } as PurchasesSummary['all']);
  });

  it('types label values by kind', () => {
    expectTypeOf(label('step', 'decision')).toEqualTypeOf<string>();
    expectTypeOf(LABEL_KINDS.role[0]).toEqualTypeOf<
      'initiator' | 'user' | 'prescriber' | 'advisor' | 'gatekeeper' | 'buyer' | 'decider' | 'approver' | undefined
    >();
    // @ts-expect-error -- an outcome is not a step
    label('step', 'awarded');
    // @ts-expect-error -- an unknown kind does not compile
    label('colour', 'red');
    expectTypeOf<'step'>().toExtend<LabelKind>();
  });
});

describe("users' exhaustive matching with ts-pattern", () => {
  it('matches a transition result on ok', () => {
    const text = match(result)
      .with({ ok: true }, (r) => r.state.status)
      .with({ ok: false }, (r) => r.rejection.code)
      .exhaustive();
    expectTypeOf(text).toEqualTypeOf<PurchaseState['status'] | 'terminal' | 'not-allowed' | 'guard'>();
    match(result)
      .with({ ok: true }, () => 1)
      // @ts-expect-error -- a missing branch fails the build
      .exhaustive();
  });

  it('matches a status on the steps and the two outcomes', () => {
    const open = match(state.status)
      .with(P.union(...STEPS), () => true)
      .with('awarded', 'abandoned', () => false)
      .exhaustive();
    expectTypeOf(open).toEqualTypeOf<boolean>();
    match(state.status)
      .with(P.union(...STEPS), () => true)
      .with('awarded', () => false)
      // @ts-expect-error -- leaving out abandoned fails the build
      .exhaustive();
  });

  it('matches events on type and a risk level on its bands', () => {
    const moves = match(event)
      .with(
        {
          type: P.union(
            'needQualified',
            'specificationApproved',
            'negotiationStarted',
            'decisionRequested',
            'supplierSelected',
            'stepRevisited',
            'stepSkipped',
            'purchaseAbandoned',
          ),
        },
        () => true,
      )
      .with(
        {
          type: P.union(
            'requirementAdded',
            'requirementRemoved',
            'supplierIdentified',
            'supplierShortlisted',
            'supplierExcluded',
            'offerReceived',
            'performanceReviewed',
          ),
        },
        () => false,
      )
      .exhaustive();
    expectTypeOf(moves).toEqualTypeOf<boolean>();
    const level: RiskLevel = risk.level;
    const act = match(level)
      .with('low', 'moderate', () => 'monitor')
      .with('high', 'critical', () => 'reduce')
      .exhaustive();
    expectTypeOf(act).toEqualTypeOf<string>();
    match(level)
      .with('low', 'moderate', () => 0)
      .with('high', () => 1)
      // @ts-expect-error -- critical is not handled
      .exhaustive();
  });

  it('matches the kinds explain knows, so a UI can render each its own way', () => {
    const area = match(kind)
      .with(P.union('purchase-state', 'transition-result', 'replay-result'), () => 'process')
      .with(
        P.union('purchase-situation', 'buyclass-result', 'portfolio-result', 'organization-result', 'approach'),
        () => 'situation',
      )
      .with(P.union('buying-center', 'buying-center-analysis', 'role-coverage', 'expected-size'), () => 'buying-center')
      .with(P.union('risk-assessment', 'risk-what-if', 'buying-center-risk'), () => 'risk')
      .with(P.union('prospect-analysis', 'account-history'), () => 'prospect')
      .with(P.union('purchase-summary', 'replay-many'), () => 'analytics')
      .with(P.union('crm-role', 'crm-stage'), () => 'crm')
      .with('offer-evaluation', () => 'process')
      .with('input-error', () => 'error')
      .exhaustive();
    expectTypeOf(area).toEqualTypeOf<string>();
  });
});
