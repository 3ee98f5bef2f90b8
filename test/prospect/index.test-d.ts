import { describe, expectTypeOf, it } from 'vitest';
import { match } from 'ts-pattern';
import {
  accountHistory,
  analyzeProspect,
  type AccountHistory,
  type ProspectAction,
  type ProspectActionCode,
  type ProspectAnalysis,
  type ProspectInputName,
  type RedFlagCode,
  type RelationshipStage,
} from '../../src/prospect/index.js';

const account = analyzeProspect({ organization: {}, situation: { buyclass: 'new-task' }, position: 'out-supplier' });

describe('prospect public types', () => {
  it('types the result with literal unions', () => {
    expectTypeOf(account).toEqualTypeOf<ProspectAnalysis>();
    expectTypeOf<ProspectAction['code']>().toEqualTypeOf<ProspectActionCode>();
    expectTypeOf<'find-the-decider'>().toExtend<ProspectActionCode>();
    expectTypeOf<'shape-the-specification'>().toExtend<ProspectActionCode>();
    expectTypeOf<ProspectAnalysis['redFlags'][number]['code']>().toEqualTypeOf<RedFlagCode>();
    expectTypeOf<ProspectAnalysis['missing'][number]>().toEqualTypeOf<ProspectInputName>();
    expectTypeOf(accountHistory([], { supplierId: 'us' })).toEqualTypeOf<AccountHistory>();
    expectTypeOf<AccountHistory['stage']>().toEqualTypeOf<RelationshipStage>();
  });

  it('lets a user match the red flags exhaustively', () => {
    const words = account.redFlags.map((flag) =>
      match(flag.code)
        .with('no-decider', () => 1)
        .with('influential-blocker', () => 2)
        .with('stalled', () => 3)
        .with('going-back', () => 4)
        .exhaustive(),
    );
    expectTypeOf(words).toEqualTypeOf<number[]>();
  });

  it('refuses wrong input at compile time', () => {
    // @ts-expect-error not a position
    analyzeProspect({ organization: {}, situation: { buyclass: 'new-task' }, position: 'incumbent' });
    // @ts-expect-error not a purpose
    analyzeProspect({ organization: {}, situation: { buyclass: 'new-task' }, position: 'in-supplier', purpose: 'fun' });
    // @ts-expect-error the situation is required
    analyzeProspect({ organization: {}, position: 'in-supplier' });
    // @ts-expect-error the supplier id is required
    accountHistory([], {});
  });
});
