// `npm test`: build the server, run unit and integration tests (Vitest, SQLite and PostgreSQL),
// then the end-to-end tests (Playwright in Debian's Chromium), and end with one plain line
// `N passed, N failed` that CI reads. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const vitestSummary = join(out, 'vitest-summary.json');
const playwrightJson = join(out, 'playwright.json');
rmSync(vitestSummary, { force: true });
rmSync(playwrightJson, { force: true });

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (label, command, args, extraEnv = {}) => {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
};
const bin = (name) => join(root, 'node_modules/.bin', name);

let failed = 0;
let passed = 0;

if (run('typecheck', 'npm', ['run', 'typecheck', '--silent']) !== 0) failed += 1;
const buildStatus = run('build', 'npm', ['run', 'build', '--silent']);
if (buildStatus !== 0) failed += 1;

const vitestStatus = run('unit and integration tests', bin('vitest'), ['run'], { DESTALK_SUMMARY_FILE: vitestSummary });
const vitest = existsSync(vitestSummary) ? JSON.parse(readFileSync(vitestSummary, 'utf8')) : { passed: 0, failed: 0 };
passed += vitest.passed;
failed += vitest.failed;
// A run that failed without a failing test (a crashed global setup, say) still counts as a failure.
if (vitestStatus !== 0 && vitest.failed === 0) failed += 1;

if (buildStatus === 0) {
  const e2eStatus = run('end-to-end tests', bin('playwright'), ['test'], { DESTALK_PLAYWRIGHT_JSON: playwrightJson });
  if (existsSync(playwrightJson)) {
    const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.skipped > 0) console.log(`${stats.skipped} end-to-end test(s) were skipped`);
  }
  if (e2eStatus !== 0 && !existsSync(playwrightJson)) failed += 1;
} else {
  console.log('end-to-end tests not run: the build failed');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
