import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure TypeScript: engine, machine, codec, content) and
// `e2e` (real Chromium against the built site in dist/, see tests/helpers/site.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The exhaustive checks take ~15 s alone; a loaded 2-core machine can be 10x slower.
          testTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/helpers/site.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
