// Users branch on buygrid's results; each union they branch on must be matchable
// exhaustively with ts-pattern, so that a new case is a compile error in their code
// (issue #14, code review §8). A missing branch fails to compile (the @ts-expect-error lines).
import { expectTypeOf, it } from 'vitest';
import { match, P } from 'ts-pattern';
import type { MessageCode, MessageParams } from '../src/explain/index.js';
import type {
  ApproachAction,
  BuyingCenterCode,
  BuyingCenterMessages,
  ClassifiedSituation,
  CrmCode,
  CrmStage,
  ExpectedSize,
  ProcessCode,
  ProspectActionCode,
  ProspectCode,
  RedFlag,
  RiskCode,
  SituationCode,
  BuygridIssue,
  BuyingCenterWarning,
  PortfolioStrategy,
  PurchaseGuard,
  PurchaseSituation,
  RiskLevel,
  RiskReason,
  TransitionResult,
} from '../src/index.js';

declare const result: TransitionResult;
declare const warning: BuyingCenterWarning;
declare const reason: RiskReason;
declare const issue: BuygridIssue;
declare const level: RiskLevel;
declare const guard: PurchaseGuard;
declare const action: ApproachAction;
declare const strategy: PortfolioStrategy;
declare const sizeReason: ExpectedSize['reasons'][number];
declare const flag: RedFlag;
declare const crmStageReason: CrmStage['reasons'][number];

it('matches a transition result and its rejection codes exhaustively', () => {
  const text = match(result)
    .with({ ok: true }, ({ state }) => `now in ${state.status}`)
    .with({ ok: false, rejection: { code: 'terminal' } }, () => 'the purchase is over')
    .with({ ok: false, rejection: { code: 'not-allowed' } }, ({ rejection }) => rejection.message)
    .with({ ok: false, rejection: { code: 'guard' } }, ({ rejection }) => `refused by ${rejection.guard}`)
    .exhaustive();
  expectTypeOf(text).toEqualTypeOf<string>();
  match(result)
    .with({ ok: true }, () => 1)
    .with({ ok: false, rejection: { code: 'terminal' } }, () => 2)
    .with({ ok: false, rejection: { code: 'guard' } }, () => 3)
    // @ts-expect-error the 'not-allowed' rejection is not handled
    .exhaustive();
});

it('matches buying-center warnings, risk reasons, issue codes, levels and guards exhaustively', () => {
  match(warning)
    .with({ code: 'no-decider' }, () => 1)
    .with({ code: 'single-threaded' }, () => 2)
    .with({ code: 'influential-blocker' }, () => 3)
    .with({ code: 'no-champion' }, () => 4)
    .with({ code: 'missing-role' }, () => 5)
    .exhaustive();
  match(warning.code)
    .with('no-decider', () => 1)
    // @ts-expect-error a warning code is missing
    .exhaustive();
  // Risk reason codes and guards are unions of literals, not string: a match over them can be exhaustive.
  expectTypeOf<string>().not.toExtend<RiskReason['code']>();
  expectTypeOf<string>().not.toExtend<PurchaseGuard>();
  match(reason.code)
    .with('situation', () => 1)
    // @ts-expect-error a risk reason code is missing
    .exhaustive();
  match(issue.code)
    .with('invalid-type', 'too-small', 'too-big', 'invalid-format', () => 'shape')
    .with('invalid-value', 'unknown-key', 'unreadable', 'too-deep', () => 'content')
    .exhaustive();
  match(issue.code)
    .with('invalid-type', () => 1)
    // @ts-expect-error an issue code is missing
    .exhaustive();
  match(level)
    .with('low', 'moderate', () => 'fine')
    .with('high', 'critical', () => 'act')
    .exhaustive();
  expectTypeOf(
    match(guard)
      .with(P.string, (g) => g)
      .exhaustive(),
  ).toEqualTypeOf<PurchaseGuard>();
});

it('matches the codes once typed string exhaustively: approach actions, strategies, a classified situation (issue #13)', () => {
  expectTypeOf<string>().not.toExtend<ApproachAction['code']>();
  expectTypeOf<string>().not.toExtend<PortfolioStrategy['code']>();
  expectTypeOf<string>().not.toExtend<ClassifiedSituation['reasons'][number]['code']>();
  // A stored situation, read back, may hold reasons of any code: its type stays string.
  expectTypeOf<PurchaseSituation['reasons'][number]['code']>().toEqualTypeOf<string>();
  match(strategy.code)
    .with('secure-partnership', 'exploit-purchasing-power', () => 'power')
    .with('secure-volume', 'streamline-buying', () => 'flow')
    .exhaustive();
  match(strategy.code)
    .with('secure-partnership', () => 1)
    // @ts-expect-error three strategies are not handled
    .exhaustive();
  match(action.code)
    .with('shape-the-specification', () => 1)
    // @ts-expect-error the other approach actions are not handled
    .exhaustive();
});

it('narrows the params with the code: a user reads them without a cast', () => {
  const share = match(sizeReason)
    .with({ code: 'budget-share-factor' }, (r) => r.params.budgetShare)
    .with({ code: 'employees-factor' }, (r) => r.params.employees)
    .with({ code: P.union('buyclass-base', 'complexity-factor', 'importance-factor', 'capped-by-employees') }, () => 0)
    .exhaustive();
  expectTypeOf(share).toEqualTypeOf<number>();
  match(sizeReason)
    .with({ code: 'budget-share-factor' }, () => 1)
    // @ts-expect-error five codes are not handled
    .exhaustive();
  const text = match(reason)
    .with({ code: 'budget-share' }, (r) => String(r.params.budgetShare))
    .with({ code: 'reducer-applied' }, (r) => r.params.reducer)
    .otherwise((r) => r.code);
  expectTypeOf(text).toEqualTypeOf<string>();
  const guardParams = match(result)
    .with(
      { ok: false, rejection: { code: 'guard', guard: 'min-offers' } },
      ({ rejection }) => rejection.params.minOffers,
    )
    .otherwise(() => 0);
  expectTypeOf(guardParams).toEqualTypeOf<number>();
});

it('matches every public code union of each module exhaustively, and no code may be left out', () => {
  match(flag)
    .with({ code: 'no-decider' }, () => 1)
    .with({ code: 'influential-blocker' }, (f) => f.params.names.length)
    .with({ code: 'stalled' }, (f) => f.params.days)
    .with({ code: 'going-back' }, () => 4)
    .exhaustive();
  match(flag)
    .with({ code: 'no-decider' }, () => 1)
    .with({ code: 'influential-blocker' }, () => 2)
    .with({ code: 'stalled' }, () => 3)
    // @ts-expect-error going-back is not handled
    .exhaustive();
  match(crmStageReason.code)
    .with('mapped', 'seller-view', 'closed', 'lost-ambiguous', 'unknown-stage', () => 1)
    .exhaustive();
  match(crmStageReason.code)
    .with('mapped', 'seller-view', 'closed', 'lost-ambiguous', () => 1)
    // @ts-expect-error unknown-stage is not handled
    .exhaustive();
  expectTypeOf<MessageCode>().toExtend<string>();
  expectTypeOf<string>().not.toExtend<MessageCode>();
  expectTypeOf<MessageParams['missing-role']>().toEqualTypeOf<BuyingCenterMessages['missing-role']>();
  expectTypeOf<ProspectActionCode>().toExtend<MessageCode>();
  expectTypeOf<
    SituationCode | RiskCode | ProcessCode | CrmCode | ProspectCode | BuyingCenterCode
  >().toEqualTypeOf<MessageCode>();
});
