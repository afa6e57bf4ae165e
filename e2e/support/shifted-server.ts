import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DATA_DIR = `${root}test-results/e2e-data`;
export const SHIFTED = 'http://localhost:3127';

/** The environment of the e2e stack's server (start-stack.ts), for a second process on the same data. */
function stackEnv(extra: Record<string, string>) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATA_DIR,
    DATABASE_URL: '',
    SMTP_URL: 'smtp://127.0.0.1:3124',
    EXIT_URL: 'http://127.0.0.1:3126/weather',
    SEED_DEMO: 'false',
    TRUST_PROXY: 'true',
    JOBS_POLL_MS: '100',
    LOG_LEVEL: 'warn',
    ...extra,
  };
}

/**
 * A second server on the same database whose clock starts at `start` (CLOCK_START): how the tests
 * travel in time. At start it runs the reminder sweep, like every server does.
 */
export async function startShiftedServer(start: Date): Promise<{ stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [`${root}apps/web/server.js`], {
    env: stackEnv({ PORT: '3127', PUBLIC_URL: SHIFTED, CLOCK_START: start.toISOString() }),
    stdio: 'inherit',
  });
  await expect
    .poll(async () => (await fetch(`${SHIFTED}/readyz`).then((r) => r.text()).catch(() => '')) === 'ready', { timeout: 30_000, message: 'the shifted server to start' })
    .toBe(true);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the CLI against the e2e stack's data (e.g. `course import`). */
export function cli(args: string[]): string {
  const run = spawnSync(process.execPath, [`${root}apps/cli/bin/destalk.js`, ...args], { env: stackEnv({}), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`destalk ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}
