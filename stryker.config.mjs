// StrykerJS for `npm run mutation` (scripts/mutation.ts adds the folders asked for and prints the
// score per folder). Unit tests only (vitest.mutation.config.ts), with per-test coverage, so each
// mutant runs only the tests that reach it (Vitest's related mode finds none here). Incremental:
// a rerun tests only mutants whose code or tests changed since the last run (the file lives in
// node_modules/.cache/, so a fresh clone starts from scratch).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant) runs the whole unit suite, minutes each here:
  // left out; the score counts the mutants tests can be aimed at.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'node_modules/.cache/stryker/incremental.json',
  tempDirName: 'node_modules/.cache/stryker/tmp',
  cleanTempDir: 'always',
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: 'node_modules/.cache/stryker/mutation.html' },
  jsonReporter: { fileName: 'node_modules/.cache/stryker/mutation.json' },
  // Two cores shared with other work: one test runner at a time keeps the machine usable.
  concurrency: 1,
  timeoutMS: 20_000,
  // The first run of the whole unit suite, with coverage: minutes when the cores are shared.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['dist', 'dist.*', '.astro', 'node_modules/.cache', 'content/data/annexes/*.xlsx'],
};
