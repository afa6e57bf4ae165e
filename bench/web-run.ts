/**
 * Shared helpers for the web benchmarks: a production server on a fresh database (SQLite or a
 * throwaway PostgreSQL database), signing in over HTTP like a browser, nginx as the static
 * ceiling, and wrk as the load generator. Nothing here is imported by the product.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO } from './ioc-run.ts';

export type BenchDb = 'sqlite' | 'postgres';
export const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEMO_PASSWORD = 'destalk-demo-2026';

export function requireTools(): void {
  const missing = ['wrk', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0);
  if (missing.length) {
    console.error(`Missing ${missing.join(' and ')}. On Debian: apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  if (!existsSync(join(REPO, 'apps/web/build/server/index.js'))) {
    console.error('No production build. Run `npm run build` first.');
    process.exit(1);
  }
}

export interface RunningApp {
  url: string;
  /** Resident memory of the server and its worker processes, in MB. */
  rssMb(): number[];
  dataDir: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready in 60 s');
}

/** Starts `node apps/web/server.js` (production build) on a fresh database with the demo content. */
export async function startApp(db: BenchDb, port: number, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'destalk-bench-'));
  let databaseUrl = '';
  const dbName = `destalk_bench_${process.pid}_${port}`;
  if (db === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(PG_ADMIN_URL);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    SMTP_URL: '',
    SEED_DEMO: 'true',
    COURSES_DIR: join(REPO, 'content/courses'),
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (and its workers).
  const profiling = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...profiling, ...nodeArgs, join(REPO, 'apps/web/server.js')], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitReady(url, child);
  return {
    url,
    rssMb() {
      const ps = spawnSync('ps', ['-o', 'rss=', '--pid', String(child.pid), '--ppid', String(child.pid)], { encoding: 'utf8' });
      return ps.stdout.split('\n').filter((l) => l.trim()).map((l) => Number(l.trim()) / 1024);
    },
    dataDir,
    databaseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (db === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await admin.end();
      }
    },
  };
}

/** Signs in through the real form, as a browser without JavaScript would; returns the Cookie header. */
export async function signIn(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${url}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ email, password, redirectTo: '/learn' }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  if (!cookies.some((c) => c.includes('session_token'))) throw new Error(`sign-in of ${email} failed (HTTP ${response.status})`);
  return cookies.join('; ');
}

export async function getHtml(url: string, cookie: string): Promise<string> {
  const response = await fetch(url, { headers: { cookie, 'accept-language': 'en' }, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
}

// wrk's summary plus the percentiles its --latency table lacks (p95), as one JSON line.
const WRK_SCRIPT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests":%d,"durationUs":%d,"errors":%d,"p50":%d,"p95":%d,"p99":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;

/** Runs wrk with `connections` connections on two threads for `seconds`; headers as "Name: value". */
export function load(url: string, options: { connections: number; seconds: number; headers?: string[] }): LoadResult {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-wrk-'));
  const script = join(dir, 'report.lua');
  writeFileSync(script, WRK_SCRIPT);
  const args = ['-t2', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '5s', '-s', script, ...(options.headers ?? []).flatMap((h) => ['-H', h]), url];
  const result = spawnSync('wrk', args, { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const line = /WRKJSON (.*)/.exec(result.stdout)?.[1];
  if (!line) throw new Error(`wrk failed: ${result.stderr || result.stdout}`);
  const r = JSON.parse(line) as { requests: number; durationUs: number; errors: number; p50: number; p95: number; p99: number };
  return { requestsPerSecond: r.requests / (r.durationUs / 1e6), p50Ms: r.p50 / 1000, p95Ms: r.p95 / 1000, p99Ms: r.p99 / 1000, errors: r.errors, requests: r.requests };
}

/** nginx from Debian serving `html` as a static file on `port`; returns its URL and a stop function. */
export async function startNginx(html: string, port: number): Promise<{ url: string; stop(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'destalk-nginx-'));
  writeFileSync(join(dir, 'lesson.html'), html);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\ndaemon off;\nevents { worker_connections 1024; }\n` +
      `http {\n  access_log off;\n  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};\n` +
      `  types { text/html html; }\n  server { listen 127.0.0.1:${port}; root ${dir}; }\n}\n`,
  );
  const bin = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const child = spawn(bin, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/lesson.html`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const body = await (await fetch(url)).text();
      if (body.length === html.length || Buffer.byteLength(body) === Buffer.byteLength(html)) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
