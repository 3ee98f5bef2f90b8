// Users branch on buygrid's results; each union they branch on must be matchable
// exhaustively with ts-pattern, so that a new case is a compile error in their code
// (issue #14, code review §8). A missing branch fails to compile (the @ts-expect-error lines).
import { expectTypeOf, it } from 'vitest';
import { match, P } from 'ts-pattern';
import type {
  ApproachAction,
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

it('documents the codes still typed string (code review §2.3), which users cannot match exhaustively', () => {
  // Each of these is `string` today: a `.with('a-code', …).exhaustive()` does not compile.
  // When a code becomes a union of literals, replace its line by an exhaustive match.
  expectTypeOf<string>().not.toExtend<ApproachAction['code']>();
  expectTypeOf<string>().not.toExtend<PortfolioStrategy['code']>();
  expectTypeOf<PurchaseSituation['reasons'][number]['code']>().toEqualTypeOf<string>();
  match(action.code)
    .with('shape-the-specification', () => 1)
    // @ts-expect-error NonExhaustiveError<string>: ApproachAction.code is typed string
    .exhaustive();
});
