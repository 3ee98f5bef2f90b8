// Mutation runs only: a fixed fast-check seed keeps the names of property tests (which
// carry their seed) the same from Stryker's first run to every mutant's run, so that
// Stryker finds the tests that cover each mutant.
import { fc } from '@fast-check/vitest';

fc.configureGlobal({ seed: 20_261_123 });
