import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts', 'tests/integrations/**/*.test.ts'] },
      },
      {
        // Whole-site builds share the machine's two cores and Astro's project folder: one at a time.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
  },
});
