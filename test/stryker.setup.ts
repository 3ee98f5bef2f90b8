// Mutation runs only: a fixed fast-check seed keeps the names of property tests (which
// carry their seed) the same from Stryker's first run to every mutant's run, so that
// Stryker finds the tests that cover each mutant.
import { beforeEach } from 'vitest';
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_261_123 });

// STRYKER_SKIP_HEAVY=1 skips the few tests that build inputs of 1e5–5e6 values or import
// the whole process module: under Stryker each takes tens of seconds for every mutant it
// covers, which a shared machine cannot afford. The mutants only they kill (the MAX_* bounds)
// then survive, and the score says so. The fast-check seed is set on `fast-check` itself:
// importing `@fast-check/vitest` here cost ~20 s per mutant run.
const HEAVY =
  /1e5 levels|a million items|huge number of issues|10,000 fields|5e6 values|at most 20 issues|more than 40 characters, in the schema and in the event reader/;
if (process.env['STRYKER_SKIP_HEAVY'] === '1') {
  beforeEach((context) => {
    if (HEAVY.test(context.task.name)) context.skip();
  });
}
