import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // 'default' for people; the summary reporter's last line ("N passed, N failed") for CI.
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts', 'tests/integrations/**/*.test.ts'] },
      },
      {
        // Whole-site builds share the machine's two cores and Astro's project folder: one at a time.
        // The shared setup builds the example site once for every build test (see the file).
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/shared-build.setup.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
  },
});
