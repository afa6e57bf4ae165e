/**
 * The impact dashboard's queries on 100,000 learners and 2,000,000 progress events (lesson
 * completions), on SQLite and PostgreSQL. Data is generated in SQL (recursive CTE / generate_series):
 * 200 organisations in 5 regions across every sector, 120,000 enrolments over two years (70 %
 * completed), 2,040,000 lesson completions, quiz attempts, self-ratings, certificates, pathway
 * completions, events and campaign reach. A "page of figures" is one page of the dashboard: the
 * practitioners page, cohorts and courses, knowledge and refreshers, events and campaigns — each
 * with its headline figures. Budget (issue 9): ≤ 150 ms per page on each database; the whole report
 * (all pages, as the PDF and the API compute it) is printed for information. Reference,
 * measured in the same run: one count over all progress events (what touching every event once costs).
 * Run: node_modules/.bin/tsx bench/impact-report.ts [sqlite|postgres]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../packages/db/src/connection.ts';
import { migrateToLatest } from '../packages/db/src/migrate.ts';
import { sql } from 'kysely';
import { readCoursePackage } from '../packages/core/src/learning/package/folder.ts';
import { importCoursePackage } from '../packages/core/src/learning/commands/import-course-package.ts';
import { impactReport, REPORT_SECTIONS, type ReportSection } from '../packages/core/src/reports/impact-report.ts';
import type { ReportScope } from '../packages/core/src/reports/scope.ts';
import { createI18n, translatorFor } from '../packages/core/src/i18n/translator.ts';
import { coreResources } from '../packages/core/src/i18n/messages/index.ts';
import type { Platform } from '../packages/core/src/platform.ts';
import { systemClock } from '../packages/core/src/clock.ts';
import { type BudgetRow, median, printTable } from './ioc-run.ts';
import { type BenchDb, PG_ADMIN_URL } from './web-run.ts';

const LEARNERS = 100_000;
const ORGS = 200;
const BUDGET_MS = 150;
const RUNS = 7;
const only = process.argv.slice(2).find((a): a is BenchDb => a === 'sqlite' || a === 'postgres');
const t = translatorFor(createI18n(coreResources()), 'en');

async function database(db: BenchDb): Promise<DatabaseHandle & { drop(): Promise<void> }> {
  if (db === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'destalk-bench-impact-'));
    const handle = connect(`sqlite:${join(dir, 'bench.db')}`);
    return { ...handle, drop: async () => { await handle.close(); if (process.env.KEEP) console.log(`kept ${dir}`); else rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `destalk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const handle = connect(Object.assign(new URL(PG_ADMIN_URL), { pathname: `/${name}` }).toString(), { poolMax: 12 });
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** `n` rows numbered 1…n, as a SQL source both databases read. */
const series = (db: BenchDb, n: number) => (db === 'postgres' ? sql.raw(`generate_series(1, ${n}) as s(x)`) : sql.raw(`(with recursive s(x) as (select 1 union all select x + 1 from s where x < ${n}) select x from s) s`));
/** An ISO timestamp `days` before 2026-11-28 (text, as the platform stores them). */
const daysAgo = (db: BenchDb, expr: string) =>
  db === 'postgres' ? sql.raw(`to_char(timestamp '2026-11-28 10:00:00' - (${expr}) * interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"')`) : sql.raw(`strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-11-28 10:00:00', '-' || (${expr}) || ' days')`);

async function generate(h: DatabaseHandle, db: BenchDb): Promise<{ rows: Record<string, number>; seconds: number }> {
  const started = performance.now();
  const run = (q: ReturnType<typeof sql>) => q.execute(h.db);
  const pkg = await readCoursePackage(fileURLToPath(new URL('../content/courses/cyberviolence-essentials', import.meta.url)));
  const platform = { db: h.db, dialect: h.dialect, clock: systemClock } as unknown as Platform;
  await importCoursePackage(platform, pkg, { publish: true });
  const course = await h.db.selectFrom('courses').select('id').executeTakeFirstOrThrow();
  const version = await h.db.selectFrom('course_versions').select('id').executeTakeFirstOrThrow();
  const quiz = await h.db.selectFrom('quizzes').select('id').where('key', '=', 'final').executeTakeFirstOrThrow();
  const now = '2026-11-28T10:00:00.000Z';
  const bool = db === 'postgres' ? 'true' : '1';
  const ts = db === 'postgres' ? `timestamp '2026-01-01 00:00:00'` : `'2026-01-01T00:00:00.000Z'`;
  const sectors = "'womens_support_service','perpetrator_programme','public_authority','law_enforcement','health','education','other'";
  const pick = (list: string, expr: string) => (db === 'postgres' ? `(array[${list}])[1 + (${expr})]` : `(select v from (select column1 as v, row_number() over () - 1 as i from (values ${list.split(',').map((v) => `(${v})`).join(',')})) where i = (${expr}))`);

  await run(sql`insert into regions (id, slug, name, "countryCode", "defaultLocale", "createdAt", "updatedAt") select 'r' || x, 'region-' || x, 'Region ' || x, 'IT', 'en', ${now}, ${now} from ${series(db, 5)}`);
  await run(sql`insert into organisations (id, slug, name, sector, "countryCode", "regionId", "createdAt", "updatedAt", "archivedAt") select 'o' || x, 'org-' || x, 'Organisation ' || x, ${sql.raw(pick(sectors, 'x % 7'))}, ${sql.raw(pick("'IT','ES','DE','FR','AT'", 'x % 5'))}, 'r' || (1 + x % 5), ${now}, ${now}, null from ${series(db, ORGS)}`);
  await run(sql`insert into users (id, name, email, "emailVerified", "createdAt", "updatedAt", "twoFactorEnabled", "isPlatformAdmin") select 'u' || x, 'Learner ' || x, 'learner' || x || '@bench.invalid', ${sql.raw(bool)}, ${sql.raw(ts)}, ${sql.raw(ts)}, ${sql.raw(db === 'postgres' ? 'false' : '0')}, ${sql.raw(db === 'postgres' ? 'false' : '0')} from ${series(db, LEARNERS)}`);
  await run(sql`insert into memberships (id, "userId", "organisationId", role, "createdAt", "updatedAt") select 'm' || x, 'u' || x, 'o' || (1 + x % ${sql.raw(String(ORGS))}), 'learner', ${now}, ${now} from ${series(db, LEARNERS)}`);
  // One in fifty also belongs to a second organisation.
  await run(sql`insert into memberships (id, "userId", "organisationId", role, "createdAt", "updatedAt") select 'mm' || x, 'u' || (x * 50), 'o' || (1 + (x * 50 + 7) % ${sql.raw(String(ORGS))}), 'learner', ${now}, ${now} from ${series(db, LEARNERS / 50)}`);
  await run(sql`insert into cohorts (id, "courseId", "versionId", "organisationId", "regionId", title, "startsAt", "endsAt", "enrolmentOpensAt", "enrolmentClosesAt", "seatCap", "enrolmentMode", eligibility, "nextWaitlistPosition", "createdByUserId", "createdAt", "updatedAt")
    select 'c' || x, ${course.id}, ${version.id}, 'o' || (1 + x % ${sql.raw(String(ORGS))}), null, 'Cohort ' || x, ${daysAgo(db, '(x % 24) * 30 + 60')}, ${daysAgo(db, '(x % 24) * 30')}, ${daysAgo(db, '(x % 24) * 30 + 90')}, ${daysAgo(db, '(x % 24) * 30 + 61')}, 400, 'self', '{}', 1, null, ${now}, ${now} from ${series(db, ORGS * 2)}`);
  // 100,000 first enrolments (cohort of the learner's organisation) and 20,000 second ones.
  const enrol = (offset: number, n: number, cohortExpr: string) =>
    run(sql`insert into enrolments (id, "cohortId", "userId", status, "waitlistPosition", audience, "requestedAt", "seatedAt", "leftAt", "completedAt", "lastLessonId", "lastActiveAt")
      select 'e' || (x + ${sql.raw(String(offset))}), 'c' || (${sql.raw(cohortExpr)}), 'u' || x, case when x % 10 < 7 then 'completed' when x % 10 = 7 then 'withdrawn' else 'seated' end, null, 'all',
        ${daysAgo(db, '(x % 720) + 40')}, ${daysAgo(db, '(x % 720) + 30')}, null, case when x % 10 < 7 then ${daysAgo(db, 'x % 720')} end, null, null from ${series(db, n)}`);
  await enrol(0, LEARNERS, `1 + x % ${ORGS}`);
  await enrol(LEARNERS, LEARNERS / 5, `1 + x % ${ORGS} + ${ORGS}`);
  // 13–21 lessons each (the course has 21): about 2,040,000 lesson completions.
  await run(sql`insert into lesson_completions ("enrolmentId", "lessonId", "completedAt")
    select e.id, l.id, e."seatedAt" from enrolments e join (select id, row_number() over (order by position, id) as n from course_lessons where "versionId" = ${version.id}) l
    on l.n <= 13 + (cast(substr(e.id, 2) as integer) * 7) % 9`);
  await run(sql`insert into quiz_attempts (id, "enrolmentId", "quizId", number, "itemOrder", answers, score, passed, "submittedAt") select 'q' || e.id, e.id, ${quiz.id}, 1, '[]', '{}', 80, case when cast(substr(e.id, 2) as integer) % 5 = 0 then 0 else 1 end, e."seatedAt" from enrolments e where e."completedAt" is not null`);
  await run(sql`insert into self_assessments (id, "enrolmentId", moment, answers, "submittedAt", "knowledgeScore", "confidenceScore") select 'pre' || e.id, e.id, 'pre', '{}', e."seatedAt", 2 + (cast(substr(e.id, 2) as integer) % 3) * 0.5, 2.5 from enrolments e where cast(substr(e.id, 2) as integer) % 5 <> 4`);
  await run(sql`insert into self_assessments (id, "enrolmentId", moment, answers, "submittedAt", "knowledgeScore", "confidenceScore") select 'post' || e.id, e.id, 'post', '{}', e."completedAt", 4, 3.8 from enrolments e where e."completedAt" is not null and cast(substr(e.id, 2) as integer) % 3 <> 0`);
  await run(sql`insert into certificates (id, code, "userId", "courseId", "enrolmentId", "organisationId", "holderName", locale, "issuedAt", "expiresAt", "revokedAt", "revokedByUserId", "revocationReason")
    select 'cert' || e.id, 'CODE-' || e.id, e."userId", ${course.id}, e.id, null, 'x', 'en', e."completedAt", e."completedAt", null, null, null from enrolments e where e."completedAt" is not null and cast(substr(e.id, 2) as integer) <= ${sql.raw(String(LEARNERS))}`);
  await run(sql`update certificates set "expiresAt" = ${sql.raw(db === 'postgres' ? `to_char("issuedAt"::timestamp + interval '1 year', 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"')` : `strftime('%Y-%m-%dT%H:%M:%S.000Z', "issuedAt", '+1 year')`)}`);
  await run(sql`insert into pathways (id, slug, audience, status, title, summary, "certificateValidityMonths", "createdByUserId", "createdAt", "updatedAt", "publishedAt") values ('p1', 'p1', 'victim_support', 'published', '{}', '{}', 24, null, ${now}, ${now}, ${now})`);
  await run(sql`insert into pathway_enrolments (id, "pathwayId", "userId", "organisationId", "enrolledAt", "completedAt") select 'pe' || x, 'p1', 'u' || (x * 3), null, ${daysAgo(db, '(x % 700) + 30')}, case when x % 3 < 2 then ${daysAgo(db, 'x % 700')} end from ${series(db, 30_000)}`);
  await run(sql`insert into events (id, slug, "organisationId", "regionId", status, format, timezone, "startsAt", "endsAt", title, summary, description, "spokenLanguages", "subtitleLanguages", "joinRevealMinutes", capacity, "offerHours", questions, "consentText", "consentVersion", "erasureDays", "nextWaitlistPosition", "createdAt", "updatedAt", "remindersSent")
    select 'ev' || x, 'ev-' || x, 'o' || (1 + x % ${sql.raw(String(ORGS))}), 'r' || (1 + (1 + x % ${sql.raw(String(ORGS))}) % 5), 'published', 'online', 'Europe/Rome', ${daysAgo(db, 'x * 7')}, ${daysAgo(db, 'x * 7')}, '{"en":"Event"}', '{}', '{}', '[]', '[]', 30, 300, 24, '[]', '{}', 1, 30, 1, ${now}, ${now}, '[]' from ${series(db, 100)}`);
  await run(sql`insert into event_registrations (id, "eventId", status, sector, country, locale, "consentVersion", "consentedAt", "createdAt", "confirmedAt", "attendedAt")
    select 'reg' || x, 'ev' || (1 + x % 100), 'confirmed', ${sql.raw(pick(sectors, 'x % 7'))}, 'IT', 'en', 1, ${now}, ${now}, ${now}, case when x % 4 <> 0 then ${now} end from ${series(db, 20_000)}`);
  await run(sql`insert into campaigns (id, slug, "organisationId", "regionId", name, status, languages, audience, theme, messages, contacts, colours, "createdAt", "updatedAt") select 'ca' || x, 'ca-' || x, 'o' || (1 + x % ${sql.raw(String(ORGS))}), 'r1', 'Campaign ' || x, 'published', '["en"]', 'general_public', 'know-the-signs', '{}', '[]', '{}', ${now}, ${now} from ${series(db, 50)}`);
  for (const kind of ['view', 'qr', 'download']) await run(sql`insert into campaign_reach ("campaignId", day, kind, count) select 'ca' || (1 + x % 50), substr(${daysAgo(db, 'x / 50')}, 1, 10), ${kind}, 1 + x % 40 from ${series(db, 50 * 365)}`);
  if (db === 'postgres') await run(sql`analyze`);
  else await run(sql`analyze`);
  const count = async (table: string) => Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(h.db)).rows[0]!.n);
  const rows: Record<string, number> = {};
  for (const table of ['users', 'memberships', 'enrolments', 'lesson_completions', 'quiz_attempts', 'self_assessments', 'certificates', 'pathway_enrolments', 'event_registrations', 'campaign_reach']) rows[table] = await count(table);
  return { rows, seconds: (performance.now() - started) / 1000 };
}

async function measure(db: BenchDb): Promise<BudgetRow[]> {
  const h = await database(db);
  try {
    await migrateToLatest(h.db, h.dialect);
    const { rows, seconds } = await generate(h, db);
    console.log(`\n${db}: generated in ${seconds.toFixed(0)} s — ${Object.entries(rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
    const filters = { from: '2025-12-01', to: '2026-11-28' };
    const scopes: Array<[string, ReportScope]> = [
      ['platform (100,000 learners)', { kind: 'platform' }],
      ['region (~20,000 learners)', { kind: 'region', id: 'r1' }],
      ['organisation (~500 learners)', { kind: 'organisation', id: 'o1' }],
    ];
    const out: BudgetRow[] = [];
    const refTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await sql`select count(*) from lesson_completions`.execute(h.db);
      refTimes.push(performance.now() - s);
    }
    const reference = median(refTimes);
    if (process.env.PROFILE) {
      const q = await import('../packages/core/src/reports/queries/people.ts');
      const l = await import('../packages/core/src/reports/queries/learning.ts');
      const o = await import('../packages/core/src/reports/queries/outreach.ts');
      const f = { ...filters, scope: { kind: 'platform' } as ReportScope };
      const steps: Array<[string, () => Promise<unknown>]> = [
        ['trained (every grouping)', () => q.trainedPeople(h, f)],
        ['pathways (every grouping)', () => q.pathwayPeople(h, f)],
        ['cohorts', () => l.cohortFill(h, f)],
        ['courses', () => l.courseOutcomes(h, f)],
        ['self', () => l.selfAssessmentMeans(h, f)],
        ['certificates', () => l.certificateStates(h, f)],
        ['events', () => o.eventAttendance(h, f)],
        ['campaigns', () => o.campaignReach(h, f)],
      ];
      for (const [name, fn] of steps) {
        const s = performance.now();
        await fn();
        console.log(`  ${name}: ${(performance.now() - s).toFixed(0)} ms`);
      }
    }
    const time = async (run: () => Promise<unknown>) => {
      await run(); // warm the caches once
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await run();
        times.push(performance.now() - s);
      }
      return { median: median(times), worst: Math.max(...times) };
    };
    for (const [name, scope] of scopes) {
      for (const section of Object.keys(REPORT_SECTIONS) as ReportSection[]) {
        const m = await time(() => impactReport(h, scope, filters, t, 'en', { tables: REPORT_SECTIONS[section] }));
        out.push({ metric: `${db} ${name}, page ${section}: median (slowest)`, measured: `${m.median.toFixed(0)} ms (${m.worst.toFixed(0)})`, budget: `≤ ${BUDGET_MS} ms`, ok: m.median <= BUDGET_MS });
      }
      const all = await time(() => impactReport(h, scope, filters, t, 'en'));
      const trained = (await impactReport(h, scope, filters, t, 'en', { tables: ['trainedBySector'] })).headline[0]!.cell.value ?? -1;
      out.push({ metric: `${db} ${name}, whole report (trained ${trained.toLocaleString('en')})`, measured: `${all.median.toFixed(0)} ms`, budget: '-', ok: undefined });
      out.push({ metric: `${db} ${name}, whole report ÷ reference`, measured: `${(all.median / reference).toFixed(1)}×`, budget: '-', ok: undefined });
    }
    out.push({ metric: `${db} reference: count(*) over ${rows.lesson_completions!.toLocaleString('en')} progress events`, measured: `${reference.toFixed(0)} ms`, budget: '-', ok: undefined });
    return out;
  } finally {
    await h.drop();
  }
}

const rows: BudgetRow[] = [];
for (const db of only ? [only] : (['sqlite', 'postgres'] as const)) rows.push(...(await measure(db)));
process.exit(printTable('Impact dashboard, one page of figures', rows) ? 0 : 1);
