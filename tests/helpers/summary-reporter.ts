import type { Reporter, TestModule } from 'vitest/node';

/** `1 min 05 s`, `42 s`. */
const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
};

/**
 * Ends the run with its time (the whole of `npm test` or `npm run test:quick`, build
 * included, when the script set HIRE_ORDER_TEST_STARTED; each project's wall time beside
 * it), then the plain closing line CI reads, last: `N passed, N failed` (skipped when any).
 */
export default class SummaryReporter implements Reporter {
  private readonly vitestStarted = Date.now();
  private readonly projects = new Map<string, { start: number; end: number }>();

  onTestModuleStart(module: TestModule): void {
    const name = module.project.name;
    const now = Date.now();
    const seen = this.projects.get(name);
    if (seen) seen.start = Math.min(seen.start, now);
    else this.projects.set(name, { start: now, end: now });
  }

  onTestModuleEnd(module: TestModule): void {
    const seen = this.projects.get(module.project.name);
    if (seen) seen.end = Math.max(seen.end, Date.now());
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      // A file that failed to load has no tests but is still a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
    }
    const now = Date.now();
    const started = Number(process.env.HIRE_ORDER_TEST_STARTED);
    const projects = [...this.projects].map(([name, { start, end }]) => `${name} ${duration(end - start)}`).join(', ');
    const script = process.env.npm_lifecycle_event === 'test' ? 'npm test' : `npm run ${process.env.npm_lifecycle_event ?? 'test'}`;
    const time = Number.isFinite(started) && started > 0
      ? `${script} took ${duration(now - started)} (build and start ${duration(this.vitestStarted - started)}, tests ${duration(now - this.vitestStarted)}: ${projects})`
      : `vitest took ${duration(now - this.vitestStarted)} (${projects})`;
    process.stdout.write(`\n${time}\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
