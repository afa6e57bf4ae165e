import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Writes the pass/fail counts to a file that scripts/test-all.mjs sums with Playwright's,
 * so `npm test` can end with one plain `N passed, N failed` line (what CI reads).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
      // A module that failed to load counts as one failure so a syntax error cannot pass silently.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
    }
    const target = process.env.DESTALK_SUMMARY_FILE;
    if (target) writeFileSync(target, JSON.stringify({ passed, failed }));
  }
}
