import { defineConfig } from 'vitest/config';

// Stryker runs the unit and property tests only: type tests cannot kill a mutant.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], typecheck: { enabled: false }, setupFiles: ['test/stryker.setup.ts'] },
});
