// Prints one plain last line, "N passed, N failed" (", N skipped" when any), that the CI harness
// reads. A test file that fails before any test runs (import error, failed hook) and an unhandled
// error each count as one failure, so a broken run can never print "0 failed".
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      let moduleFailed = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailed += 1;
        else skipped += 1;
      }
      if (moduleFailed === 0 && module.errors().length > 0) moduleFailed = 1;
      failed += moduleFailed;
    }
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
  }
}
