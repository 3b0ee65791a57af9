// The unit tests that `npm run mutation` (StrykerJS, stryker.config.mjs) runs against each
// mutant of src/lib/: fast, in-process tests only. Left out: the build tests (whole-site builds),
// tests/integrations (they start Node processes, which never see Stryker's mutants), the suites
// that draw real posters, PDFs or the charts of the whole synthetic national snapshot (seconds
// to tens of seconds a run, and a run for every mutant of the data or content code they load;
// what they check of src/lib/ has fast tests of its own in tests/lib/), and the check that the
// generated font tables match their font files (StrykerJS rewrites the sources in place, so
// their text never matches in its sandbox).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts'],
    exclude: [
      'tests/lib/images/render-card.test.ts',
      'tests/lib/images/render-progress.test.ts',
      'tests/lib/images/safe-zones.test.ts',
      'tests/lib/images/print-pdf.test.ts',
      'tests/lib/charts/chart-collisions.test.ts',
      'tests/lib/charts/font-metrics-files.test.ts',
    ],
    // Property suites run for every mutant they reach: fewer runs each, and no shrinking of a
    // counterexample (tests/helpers/property.ts): a failure is all a mutant needs.
    env: { FC_RUNS: '40', FC_END_ON_FAILURE: '1' },
  },
});
