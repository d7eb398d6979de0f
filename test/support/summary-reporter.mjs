// Prints one plain line at the end of a run: "N passed, N failed, N skipped",
// counting every test in every browser.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        let failures = 0;
        if (!suite) return failures;
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failures++;
        }
        for (const child of suite.suites ?? []) failures += count(child);
        return failures;
      };
      for (const session of sessions) {
        const failures = count(session.testResults);
        // A file that fails to load or throws outside a test still fails the run.
        failed += failures || (session.passed ? 0 : 1);
      }
      // After the default reporter's last output.
      setTimeout(() => console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`), 0);
    },
  };
}
