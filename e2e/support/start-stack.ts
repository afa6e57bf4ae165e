// Starts what the end-to-end tests run against (run with `node --import tsx`): a real SMTP
// server that keeps every message (readable over a small HTTP API), a neutral "exit" page on its
// own origin, and the built DeStalk server on a fresh SQLite database wired to both, with the
// public indicator feeds imported. Playwright starts this as its webServer.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpCapture } from '../../packages/core/src/testing/smtp-capture.ts';

export const PORTS = { app: 3123, smtp: 3124, mailApi: 3125, exit: 3126 };

const capture = await startSmtpCapture(PORTS.smtp);

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/messages') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(capture.messages));
    return;
  }
  res.statusCode = 404;
  res.end();
}).listen(PORTS.mailApi, '127.0.0.1');

// The neutral site "Exit this page" leads to (another origin, like a real weather site).
createServer((_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather forecast</h1></html>');
}).listen(PORTS.exit, '127.0.0.1');

const root = fileURLToPath(new URL('../..', import.meta.url));
// A fresh data folder at a known place, so tests can look into the database.
export const DATA_DIR = join(root, 'test-results/e2e-data');
rmSync(DATA_DIR, { recursive: true, force: true });
mkdirSync(DATA_DIR, { recursive: true });
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: String(PORTS.app),
  HOST: '127.0.0.1',
  PUBLIC_URL: `http://localhost:${PORTS.app}`,
  DATA_DIR,
  DATABASE_URL: '',
  SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
  EXIT_URL: `http://127.0.0.1:${PORTS.exit}/weather`,
  SEED_DEMO: 'true',
  COURSES_DIR: join(root, 'content/courses'),
  TOOLS_DIR: join(root, 'content/tools'),
  PATHWAYS_DIR: join(root, 'content/pathways'),
  // Each test sends its own X-Forwarded-For so rate limits count per test, as behind a proxy.
  TRUST_PROXY: 'true',
  JOBS_POLL_MS: '100',
  LOG_LEVEL: 'warn',
};
// The public stalkerware indicators (../shared, never copied into the repository).
const feeds = spawnSync(process.execPath, [join(root, 'apps/cli/bin/destalk.js'), 'ioc', 'update', '--from', join(root, '../shared/data/stalkerware-indicators')], { env, stdio: 'inherit' });
if (feeds.status !== 0) process.exit(1);
const app = spawn(process.execPath, [join(root, 'apps/web/server.js')], { stdio: 'inherit', env });
const stop = () => {
  app.kill('SIGTERM');
  void capture.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
app.on('exit', (code: number | null) => process.exit(code ?? 1));
