import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, `Tests: N passed, N failed, N skipped`, which any CI reads
 * without knowing Vitest's own summary format. A file whose hooks or import failed counts as
 * failed even though none of its tests ran (they show as skipped), and so does every error
 * raised outside a test: otherwise the line would read "0 failed" on a run that failed.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      const moduleErrors = module.errors().length + [...module.children.allSuites()].reduce((sum, suite) => sum + suite.errors().length, 0);
      counts.failed += failedTests + (failedTests === 0 && module.state() === 'failed' ? Math.max(moduleErrors, 1) : 0);
    }
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
