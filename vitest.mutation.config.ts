// The unit tests that `npm run mutation` (StrykerJS, stryker.config.mjs) runs against each
// mutant of src/lib/: fast, in-process tests only. Left out: the build tests (whole-site builds),
// tests/integrations (they start Node processes, which never see Stryker's mutants) and the two
// pixel suites that draw posters (seconds per test; the layout they check has its own fast
// tests in tests/lib/images/), and the check that the generated font tables match their font
// files (tests/lib/charts/font-metrics-files.test.ts: StrykerJS rewrites the sources in place).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts'],
    exclude: ['tests/lib/images/render-card.test.ts', 'tests/lib/images/render-progress.test.ts', 'tests/lib/charts/font-metrics-files.test.ts'],
    // Property suites run for every mutant they reach: fewer runs each, and no shrinking of a
    // counterexample (tests/helpers/property.ts): a failure is all a mutant needs.
    env: { FC_RUNS: '40', FC_END_ON_FAILURE: '1' },
  },
});
