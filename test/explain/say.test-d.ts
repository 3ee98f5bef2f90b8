import { describe, expectTypeOf, it } from 'vitest';
import type { BuyingCenterWarning } from '../../src/buying-center/index.js';
import { say, type Said, type SayOptions } from '../../src/explain/index.js';
import type { Catalog } from '../../src/locales/catalog.js';
import type { Rejection } from '../../src/process/index.js';
import type { NegotiationTerm, ProspectAction, RedFlag } from '../../src/prospect/index.js';
import type { Reason, RiskAssessment } from '../../src/risk/index.js';
import type { ApproachAction, PortfolioStrategy, SituationReason } from '../../src/situation/index.js';

declare const catalog: Catalog;
declare const rejection: Rejection;
declare const warning: BuyingCenterWarning;
declare const reason: SituationReason;
declare const riskReason: RiskAssessment['reasons'][number];
declare const action: ApproachAction;
declare const strategy: PortfolioStrategy;
declare const term: NegotiationTerm;
declare const flag: RedFlag;
declare const next: ProspectAction;

describe('say: types', () => {
  it('takes every reason, warning, rejection, action, strategy, term and red flag of the library', () => {
    expectTypeOf(say(rejection)).toEqualTypeOf<string>();
    expectTypeOf(say(warning, { locale: catalog })).toEqualTypeOf<string>();
    expectTypeOf(say(reason)).toEqualTypeOf<string>();
    expectTypeOf(say(riskReason)).toEqualTypeOf<string>();
    expectTypeOf(say(action)).toEqualTypeOf<string>();
    expectTypeOf(say(strategy)).toEqualTypeOf<string>();
    expectTypeOf(say(term)).toEqualTypeOf<string>();
    expectTypeOf(say(flag)).toEqualTypeOf<string>();
    expectTypeOf(say(next)).toEqualTypeOf<string>();
    expectTypeOf<Reason>().toExtend<Said>();
    expectTypeOf(say).parameter(1).toEqualTypeOf<SayOptions | undefined>();
  });

  it('refuses what says nothing, and options it does not know', () => {
    // @ts-expect-error a code alone is no message
    say({ code: 'no-champion' });
    // @ts-expect-error a code is a string
    say({ code: 3, message: 'x' });
    // @ts-expect-error the locale is a catalog, not its tag
    say(warning, { locale: 'fr' });
    // @ts-expect-error the only option is locale
    say(warning, { now: '2026-01-01T00:00:00Z' });
  });
});
