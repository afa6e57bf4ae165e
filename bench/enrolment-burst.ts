/**
 * 1,000 learners enrol at the same moment into a 50-seat cohort over HTTP, each with their own
 * session, as the browser sends it with JavaScript (POST /learn.data). Budget (issue 3): exactly
 * 50 seated, 950 waitlisted with positions 1…950, 0 errors, all answered in < 2 s.
 * Run: node_modules/.bin/tsx bench/enrolment-burst.ts [sqlite|postgres]
 */
import { createHmac } from 'node:crypto';
import { loadActor } from '../packages/core/src/accounts/actor.ts';
import { COOKIE_PREFIX } from '../packages/core/src/accounts/auth.ts';
import { loadConfig } from '../packages/core/src/config/index.ts';
import { createCohort } from '../packages/core/src/learning/commands/create-cohort.ts';
import { bulkLearners } from '../packages/core/src/learning/testing/learning-factories.ts';
import { createPlatform } from '../packages/core/src/platform.ts';
import { Agent, request } from 'node:http';
import { availableParallelism } from 'node:os';
import { type BudgetRow, printTable } from './ioc-run.ts';
import { type BenchDb, requireTools, signIn, startApp } from './web-run.ts';

const LEARNERS = 1000;
const SEATS = 50;
const BUDGET_MS = 2000;
const WEB_PROCESSES = Number(process.env.WEB_CONCURRENCY ?? availableParallelism());
const only = process.argv.slice(2).find((a): a is BenchDb => a === 'sqlite' || a === 'postgres');
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';

requireTools();

/** One request on the learner's own connection (their browser's); 0 on a network error. */
function send(url: string, agent: Agent, headers: Record<string, string>, body?: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const form = body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) };
  return new Promise<number>((resolve) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', agent, headers: { ...headers, ...form, 'accept-language': 'en' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0));
    req.end(body ?? '');
  }).then((status) => ({ status, ms: performance.now() - started }));
}

interface Outcome {
  db: BenchDb;
  wallMs: number;
  p50Ms: number;
  p95Ms: number;
  statuses: Map<number, number>;
  seated: number;
  waitlisted: number;
  positionsContiguous: boolean;
}

async function burst(db: BenchDb): Promise<Outcome> {
  // The production set-up for this machine: one web process per core (docs/operations.md).
  const app = await startApp(db, 3192, { SESSION_SECRET: SECRET, WEB_CONCURRENCY: String(WEB_PROCESSES) });
  // A second platform on the same database prepares the learners and the cohort, as an
  // administrator's import would; the burst itself goes through the running server only.
  const platform = createPlatform(loadConfig({ ...process.env, DATA_DIR: app.dataDir, DATABASE_URL: app.databaseUrl, SESSION_SECRET: SECRET, LOG_LEVEL: 'warn' }), { superviseJobs: false });
  try {
    const trainerCookie = await signIn(app.url, 'trainer@demo.destalk.test');
    const trainer = await loadActor(platform, new Headers({ cookie: trainerCookie }));
    if (!trainer) throw new Error('the demo trainer could not be loaded');
    const org = await platform.db.selectFrom('organisations').select(['id', 'name', 'regionId']).where('slug', '=', 'safe-harbour').executeTakeFirstOrThrow();
    const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
    const cohort = await createCohort(platform, trainer, {
      courseSlug: 'cyberviolence-essentials',
      organisationId: org.id,
      title: 'Burst cohort',
      startsAt: day(7),
      endsAt: day(60),
      enrolmentOpensAt: day(-1),
      enrolmentClosesAt: day(6),
      seatCap: SEATS,
    });
    const learners = await bulkLearners(platform, { ...org, regionId: org.regionId ?? '' }, LEARNERS);
    const auth = await platform.auth.$context;
    const cookies: string[] = [];
    for (const learner of learners) {
      const session = await auth.internalAdapter.createSession(learner.userId);
      const signature = createHmac('sha256', SECRET).update(session.token).digest('base64');
      cookies.push(`${COOKIE_PREFIX}.session_token=${encodeURIComponent(`${session.token}.${signature}`)}`);
    }
    // Every learner has /learn open in their browser (one kept-alive connection each, opened in
    // batches), then all press "Enrol" at the same moment: 1,000 requests in flight together.
    const agents = cookies.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
    for (let i = 0; i < cookies.length; i += 50) {
      const opened = await Promise.all(cookies.slice(i, i + 50).map((cookie, j) => send(`${app.url}/learn`, agents[i + j]!, { cookie })));
      if (opened.some((o) => o.status !== 200)) throw new Error('a learner could not open /learn');
    }
    const body = new URLSearchParams({ intent: 'enrol', cohortId: cohort.id, cohortTitle: 'Burst cohort' }).toString();
    const started = performance.now();
    const answers = await Promise.all(cookies.map((cookie, i) => send(`${app.url}/learn.data`, agents[i]!, { cookie, origin: app.url }, body)));
    for (const agent of agents) agent.destroy();
    const statuses = answers.map((a) => a.status);
    const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
    const wallMs = performance.now() - started;
    const counts = new Map<number, number>();
    for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
    const rows = await platform.db.selectFrom('enrolments').select(['status', 'waitlistPosition']).where('cohortId', '=', cohort.id).execute();
    const positions = rows.filter((r) => r.status === 'waitlisted').map((r) => Number(r.waitlistPosition)).sort((a, b) => a - b);
    return {
      db,
      wallMs,
      p50Ms: latencies[Math.floor(latencies.length * 0.5)]!,
      p95Ms: latencies[Math.floor(latencies.length * 0.95)]!,
      statuses: counts,
      seated: rows.filter((r) => r.status === 'seated').length,
      waitlisted: positions.length,
      positionsContiguous: positions.every((p, i) => p === i + 1),
    };
  } finally {
    await platform.close();
    await app.stop();
  }
}

const outcomes: Outcome[] = [];
for (const db of only ? [only] : (['sqlite', 'postgres'] as const)) {
  console.log(`${db}: ${LEARNERS} concurrent enrolments into a ${SEATS}-seat cohort…`);
  outcomes.push(await burst(db));
}

const rows: BudgetRow[] = outcomes.flatMap((o) => {
  const ok = o.statuses.get(200) ?? 0;
  const others = [...o.statuses].filter(([s]) => s !== 200).map(([s, n]) => `${n}×${s === 0 ? 'network error' : `HTTP ${s}`}`);
  return [
    { metric: `${o.db}: seated`, measured: String(o.seated), budget: `= ${SEATS}`, ok: o.seated === SEATS },
    { metric: `${o.db}: waitlisted (positions 1…n)`, measured: `${o.waitlisted}${o.positionsContiguous ? '' : ' (gaps!)'}`, budget: `= ${LEARNERS - SEATS}`, ok: o.waitlisted === LEARNERS - SEATS && o.positionsContiguous },
    { metric: `${o.db}: answered 200`, measured: `${ok}${others.length ? ` (${others.join(', ')})` : ''}`, budget: `= ${LEARNERS}, 0 errors`, ok: ok === LEARNERS },
    { metric: `${o.db}: wall time for all ${LEARNERS}`, measured: `${o.wallMs.toFixed(0)} ms`, budget: `< ${BUDGET_MS} ms`, ok: o.wallMs < BUDGET_MS },
    { metric: `${o.db}: one enrolment, p50 / p95`, measured: `${o.p50Ms.toFixed(0)} / ${o.p95Ms.toFixed(0)} ms`, budget: 'report', ok: undefined },
  ];
});

process.exit(printTable(`Enrolment burst over HTTP (${WEB_PROCESSES} web processes)`, rows) ? 0 : 1);
