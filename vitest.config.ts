import { defineConfig } from 'vitest/config';
import WalksFirst from './tests/helpers/walks-first.ts';

// Two projects, one after the other (`sequence.groupOrder`), so the answer-space walks never
// compete with the browser for the two cores:
// - `unit` (pure TypeScript: engine, machine, codec, content) on two workers;
// - `e2e` (Chromium's headless shell against the built site in dist/, see tests/helpers/site.ts),
//   two files at a time against one browser shared by every file (tests/helpers/browser-server.ts):
//   a file spends much of its time waiting on page loads, which the other file's work fills.
// No test or hook may take more than 120 s: the walks are split into parts, one test each.
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    sequence: { sequencer: WalksFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          maxWorkers: 2,
          // Files share a worker's module cache instead of each importing the engine, content and
          // helpers afresh (1 min 08 s against 1 min 30 s here). Safe because unit tests are pure:
          // fake windows and storage are passed in, never set on globalThis, fake timers are
          // restored after each test, and the modules' own caches only memoise fixed results.
          isolate: false,
          sequence: { groupOrder: 0 },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/helpers/site.ts', './tests/helpers/browser-server.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
