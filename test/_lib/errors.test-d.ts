import { expectTypeOf, it } from 'vitest';
import { BuygridInputError, isBuygridInputError, type BuygridIssue, type BuygridIssueCode } from '../../src/index.js';

it('narrows unknown to BuygridInputError and types its issues', () => {
  const caught: unknown = null;
  if (isBuygridInputError(caught)) {
    expectTypeOf(caught).toEqualTypeOf<BuygridInputError>();
    expectTypeOf(caught.issues).toEqualTypeOf<readonly [BuygridIssue, ...BuygridIssue[]]>();
    // Never empty: the first issue needs no `?.`.
    expectTypeOf(caught.issues[0].code).toEqualTypeOf<BuygridIssueCode>();
  }
  expectTypeOf<BuygridIssue['path']>().toEqualTypeOf<string>();
  expectTypeOf<BuygridIssueCode>().toEqualTypeOf<
    | 'invalid-type'
    | 'too-small'
    | 'too-big'
    | 'invalid-format'
    | 'invalid-value'
    | 'unknown-key'
    | 'unreadable'
    | 'too-deep'
  >();
  // @ts-expect-error a code outside the union
  new BuygridInputError([{ code: 'oops', path: 'a', expected: 'b', received: 'c' }]);
  // @ts-expect-error issues are read-only
  new BuygridInputError([]).issues = [];
});
