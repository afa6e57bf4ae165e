import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const URL_BASE = 'http://127.0.0.1:3128';

/** GET on a fresh connection, so the cluster hands each request to a process anew. */
function getFresh(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${URL_BASE}${path}`, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

test('WEB_CONCURRENCY=2 serves from two processes on one SQLite file, seeds once, and stops cleanly', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'destalk-cluster-'));
  const server = spawn(process.execPath, [join(root, 'apps/web/server.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '3128', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', SEED_DEMO: 'true', COURSES_DIR: join(root, 'content/courses'), LOG_LEVEL: 'warn', WEB_CONCURRENCY: '2' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await expect.poll(() => getFresh('/readyz').catch(() => ''), { timeout: 60_000 }).toBe('ready');
    // Each process has its own start time in its metrics; new connections reach both.
    await expect
      .poll(
        async () => {
          const starts = new Set<string>();
          for (let i = 0; i < 20; i++) starts.add(/^destalk_process_start_time_seconds (\S+)/m.exec(await getFresh('/metrics'))?.[1] ?? '');
          return starts.size;
        },
        { timeout: 30_000 },
      )
      .toBe(2);
    // The demo content was seeded once, by the first process; the home page works from both.
    for (let i = 0; i < 4; i++) expect(await getFresh('/')).toContain('Exit this page');
    const db = new Database(join(dataDir, 'destalk.db'), { readonly: true });
    try {
      expect(db.prepare("select count(*) as n from users where email = 'learner@demo.destalk.test'").get()).toEqual({ n: 1 });
      expect(db.prepare('select count(*) as n from regions').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(getFresh('/healthz')).rejects.toThrow();
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
