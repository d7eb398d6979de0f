import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
      // After the default reporter's last output. `npm test` adds these to the
      // Node tests' counts for its own last line.
      setTimeout(() => console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`), 0);
      if (process.env.SUMMARY_FILE) {
        mkdirSync(dirname(process.env.SUMMARY_FILE), { recursive: true });
        writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passed, failed, skipped }));
      }
    },
  };
}
