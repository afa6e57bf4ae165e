import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { periodOf, type ReportFilters } from '../schema.ts';
import { type OrgFilter, organisationConditions } from './scope-filter.ts';

type Db = Pick<Platform, 'db'>;
export type Grouping = 'sector' | 'country' | 'organisation' | 'month';

interface Counted {
  key: string;
  label: string;
  n: number;
}

const groupColumn = {
  sector: { key: 'o.sector', label: 'o.sector' },
  country: { key: 'o.countryCode', label: 'o.countryCode' },
  organisation: { key: 'o.id', label: 'o.name' },
} as const;

/**
 * Practitioners who completed a course (not a refresher) in the period, counted once per group
 * (a person in two organisations counts in both rows; totals count each person once).
 */
export async function trainedPeople(platform: Db, f: OrgFilter & Pick<ReportFilters, 'from' | 'to'>, grouping: Grouping | null): Promise<Counted[]> {
  const { start, end } = periodOf(f);
  const base = platform.db
    .selectFrom('enrolments as e')
    .innerJoin('cohorts as c', 'c.id', 'e.cohortId')
    .innerJoin('courses as co', 'co.id', 'c.courseId')
    .innerJoin('memberships as m', 'm.userId', 'e.userId')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .where('e.completedAt', '>=', start)
    .where('e.completedAt', '<=', end)
    .where('co.refresherOfCourseId', 'is', null)
    .where((eb) => organisationConditions(eb, f));
  return grouped(base, grouping, 'e.userId', 'e.completedAt');
}

/** Practitioners who completed a training pathway in the period. */
export async function pathwayPeople(platform: Db, f: OrgFilter & Pick<ReportFilters, 'from' | 'to'>, grouping: Grouping | null): Promise<Counted[]> {
  const { start, end } = periodOf(f);
  const base = platform.db
    .selectFrom('pathway_enrolments as pe')
    .innerJoin('memberships as m', 'm.userId', 'pe.userId')
    .innerJoin('organisations as o', 'o.id', 'm.organisationId')
    .where('pe.completedAt', '>=', start)
    .where('pe.completedAt', '<=', end)
    .where((eb) => organisationConditions(eb, f));
  return grouped(base, grouping, 'pe.userId', 'pe.completedAt');
}

// biome-ignore lint/suspicious/noExplicitAny: the two callers join differently; both join `o`.
async function grouped(base: any, grouping: Grouping | null, person: string, at: string): Promise<Counted[]> {
  const people = sql<number>`count(distinct ${sql.ref(person)})`.as('n');
  if (grouping === null) {
    const row = await base.select([people]).executeTakeFirst();
    return [{ key: 'total', label: 'total', n: Number(row?.n ?? 0) }];
  }
  if (grouping === 'month') {
    const month = sql<string>`substr(${sql.ref(at)}, 1, 7)`;
    const rows = await base.select([month.as('key'), people]).groupBy(month).execute();
    return rows.map((r: { key: string; n: unknown }) => ({ key: r.key, label: r.key, n: Number(r.n) }));
  }
  const g = groupColumn[grouping];
  const rows = await base.select([sql.ref(g.key).as('key'), sql.ref(g.label).as('label'), people]).groupBy([g.key, g.label]).execute();
  return rows.map((r: { key: string; label: string; n: unknown }) => ({ key: r.key, label: r.label, n: Number(r.n) }));
}
