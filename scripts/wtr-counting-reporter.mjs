// Prints one machine-readable line per run so scripts/test.mjs can total browser tests
// alongside node's test runner: "[netweave-tests] runner=wtr passed=N failed=N".
function walk(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) walk(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults, counts);
        // A file that failed to load (syntax error, 404 import) has no tests: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed += 1;
        }
      }
      console.log(
        `[netweave-tests] runner=wtr passed=${counts.passed} failed=${counts.failed} skipped=${counts.skipped}`,
      );
    },
  };
}
