// Prints one machine-readable line per run so scripts/test.mjs can total browser tests
// alongside node's test runner: "[netweave-tests] runner=wtr passed=N failed=N", and one
// "[netweave-tests] failed: file › suite › test: message" line per failure, which scripts/test.mjs
// repeats at the end of the run so a CI log's last lines say what failed.
function walk(suite, counts, path, failures) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      const message = String(test.error?.message ?? 'failed')
        .split('\n')
        .slice(0, 6)
        .join(' ⏎ ');
      failures.push(`${[...path, test.name].join(' › ')}: ${message}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, counts, [...path, child.name], failures);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      for (const session of sessions) {
        const file = session.testFile.replace(process.cwd() + '/', '');
        walk(session.testResults, counts, [`${file} (${session.browser?.name ?? 'browser'})`], failures);
        // A file that failed to load (syntax error, 404 import) has no tests: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed += 1;
          const why = (session.errors ?? []).map((e) => e.message).join(' ⏎ ') || 'did not load';
          failures.push(`${file}: ${why}`);
        }
      }
      for (const failure of failures) console.log(`[netweave-tests] failed: ${failure}`);
      console.log(
        `[netweave-tests] runner=wtr passed=${counts.passed} failed=${counts.failed} skipped=${counts.skipped}`,
      );
    },
  };
}
