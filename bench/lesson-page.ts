/**
 * A signed-in learner's lesson page, served by the production build, under 64 concurrent
 * connections, on SQLite and on PostgreSQL; nginx serving the identical HTML bytes as a static
 * file is measured in the same run as the ceiling. Budget (issue 3): on SQLite ≥ 1,500 req/s and
 * p95 ≤ 40 ms. Run: node_modules/.bin/tsx bench/lesson-page.ts [sqlite|postgres] [seconds]
 */
import { availableParallelism } from 'node:os';
import { type BenchDb, getHtml, load, type LoadResult, requireTools, signIn, startApp, startNginx } from './web-run.ts';
import { printTable, type BudgetRow } from './ioc-run.ts';

const CONNECTIONS = 64;
const WEB_PROCESSES = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
const BUDGET = { rps: 1500, p95Ms: 40 };
const only = process.argv.slice(2).find((a): a is BenchDb => a === 'sqlite' || a === 'postgres');
const seconds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 15);

requireTools();

interface Measured {
  db: BenchDb;
  app: LoadResult;
  nginx: LoadResult;
  bytes: number;
  rssMb: number[];
}

async function measure(db: BenchDb): Promise<Measured> {
  // The production set-up for this machine: one web process per core (docs/operations.md).
  const app = await startApp(db, 3190, { WEB_CONCURRENCY: String(WEB_PROCESSES) });
  try {
    const cookie = await signIn(app.url, 'learner@demo.destalk.test');
    // The learner enrols in the first open cohort (as on /learn), then opens its first lesson.
    const learn = await getHtml(`${app.url}/learn`, cookie);
    // The shipped main course (the refresher's cohort is offered too; order differs by database).
    const offer = learn.split('<article').find((a) => a.includes('recognise, respond, refer')) ?? '';
    const cohortId = /name="cohortId" value="([^"]+)"/.exec(offer)?.[1];
    if (!cohortId) throw new Error('no open cohort on /learn for the demo learner');
    const enrol = await fetch(`${app.url}/learn`, { method: 'POST', redirect: 'manual', headers: { cookie, origin: app.url, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ intent: 'enrol', cohortId }) });
    if (enrol.status !== 200) throw new Error(`enrolment answered ${enrol.status}`);
    const cohort = `/learn/cohorts/${cohortId}`;
    const cohortPage = await getHtml(`${app.url}${cohort}`, cookie);
    const lesson = /href="(\/learn\/cohorts\/[^"]+\/lessons\/[^"]+)"/.exec(cohortPage)?.[1];
    if (!lesson) throw new Error('no lesson link on the cohort page');
    const url = `${app.url}${lesson}`;
    const html = await getHtml(url, cookie);
    if (!html.includes('prose-guide')) throw new Error('the lesson page does not show a lesson body');
    const headers = [`Cookie: ${cookie}`, 'Accept-Language: en'];
    load(url, { connections: CONNECTIONS, seconds: 3, headers }); // warm-up: JIT, caches, pools
    const appResult = load(url, { connections: CONNECTIONS, seconds, headers });
    const rssMb = app.rssMb();
    const nginx = await startNginx(html, 3191);
    try {
      load(nginx.url, { connections: CONNECTIONS, seconds: 2 });
      const nginxResult = load(nginx.url, { connections: CONNECTIONS, seconds });
      return { db, app: appResult, nginx: nginxResult, bytes: Buffer.byteLength(html), rssMb };
    } finally {
      nginx.stop();
    }
  } finally {
    await app.stop();
  }
}

const results: Measured[] = [];
for (const db of only ? [only] : (['sqlite', 'postgres'] as const)) {
  console.log(`measuring ${db} (${seconds} s at ${CONNECTIONS} connections, then nginx)…`);
  results.push(await measure(db));
}

const rows: BudgetRow[] = results.flatMap(({ db, app, nginx, bytes, rssMb }) => {
  const sqlite = db === 'sqlite';
  return [
    { metric: `${db}: lesson page (${(bytes / 1024).toFixed(1)} kB), req/s`, measured: app.requestsPerSecond.toFixed(0), budget: sqlite ? `≥ ${BUDGET.rps}` : 'report', ok: sqlite ? app.requestsPerSecond >= BUDGET.rps : undefined },
    { metric: `${db}: p50 / p99 latency`, measured: `${app.p50Ms.toFixed(1)} / ${app.p99Ms.toFixed(1)} ms`, budget: 'report', ok: undefined },
    { metric: `${db}: p95 latency`, measured: `${app.p95Ms.toFixed(1)} ms`, budget: sqlite ? `≤ ${BUDGET.p95Ms} ms` : 'report', ok: sqlite ? app.p95Ms <= BUDGET.p95Ms : undefined },
    { metric: `${db}: errors and non-2xx`, measured: `${app.errors} of ${app.requests}`, budget: '0', ok: app.errors === 0 },
    { metric: `${db}: nginx, same bytes, req/s`, measured: nginx.requestsPerSecond.toFixed(0), budget: 'ceiling', ok: undefined },
    { metric: `${db}: memory after the run (primary, web processes)`, measured: rssMb.map((m) => `${m.toFixed(0)}`).join(' + ') + ' MB', budget: 'report', ok: undefined },
    { metric: `${db}: app / nginx`, measured: `${((app.requestsPerSecond / nginx.requestsPerSecond) * 100).toFixed(1)} %`, budget: 'report', ok: undefined },
  ];
});

process.exit(printTable(`Lesson page under load (wrk, 2 threads, ${CONNECTIONS} connections; ${WEB_PROCESSES} web processes)`, rows) ? 0 : 1);
