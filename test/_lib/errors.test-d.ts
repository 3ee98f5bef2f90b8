import { expectTypeOf, it } from 'vitest';
import { BuygridInputError, isBuygridInputError, type BuygridIssue } from '../../src/index.js';

it('narrows unknown to BuygridInputError and types its issues', () => {
  const caught: unknown = null;
  if (isBuygridInputError(caught)) {
    expectTypeOf(caught).toEqualTypeOf<BuygridInputError>();
    expectTypeOf(caught.issues).toEqualTypeOf<readonly BuygridIssue[]>();
  }
  expectTypeOf<BuygridIssue['path']>().toEqualTypeOf<string>();
  // @ts-expect-error issues are read-only
  new BuygridInputError([]).issues = [];
});
