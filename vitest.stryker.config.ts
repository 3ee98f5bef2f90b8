import { defineConfig } from 'vitest/config';

// Stryker runs the unit and property tests only: type tests cannot kill a mutant.
// A long test timeout: on a shared, loaded machine the slowest tests (a zod stack overflow on
// 1e5 issues, 1e5-element inputs) pass 5 s, and a test that fails in the initial run stops Stryker.
// STRYKER_TESTS (comma-separated globs) narrows the run to one module's tests, for a faster
// initial run on a busy machine: `STRYKER_TESTS='test/crm/**/*.test.ts' npm run mutation -- …`.
const include = process.env['STRYKER_TESTS']?.split(',') ?? ['test/**/*.test.ts'];

export default defineConfig({
  test: {
    include,
    typecheck: { enabled: false },
    setupFiles: ['test/stryker.setup.ts'],
    testTimeout: 60_000,
    // One module graph for all test files: a mutant is switched on at run time, so nothing needs
    // re-importing, and re-importing zod per file per mutant is most of the cost.
    isolate: false,
  },
});
