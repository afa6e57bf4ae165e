import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { periodOf, type ReportFilters } from '../schema.ts';
import { coveredOrganisation, type OrgFilter } from './scope-filter.ts';

type Db = Pick<Platform, 'db' | 'dialect'>;
type Filter = OrgFilter & Pick<ReportFilters, 'from' | 'to'>;

export interface PeopleCounts {
  total: number;
  bySector: Map<string, number>;
  byCountry: Map<string, number>;
  byOrganisation: Map<string, { name: string; n: number }>;
  byMonth: Map<string, number>;
}

interface Cluster {
  organisationId: string;
  month: string;
  /** The people of this organisation and month, comma-separated. */
  people: string;
}

/** `string_agg` / `group_concat`: the one dialect difference of these queries. */
// No DISTINCT inside: sorting for it costs more than the sets below, which drop repeats anyway.
const peopleList = (dialect: Db['dialect'], person: string) => (dialect === 'postgres' ? sql<string>`string_agg(${sql.ref(person)}, ',')` : sql<string>`group_concat(${sql.ref(person)})`);

/**
 * Exact counts of distinct people per sector, country, organisation and month — and in all — from
 * one grouped query: SQL groups (organisation, month) and lists the people of each group; the sets
 * are merged here. A person in two organisations counts in both rows; every total once. (Grouping
 * four times in SQL cost four passes over the period's completions; materialising one row per
 * completion cost more than the grouping.)
 */
async function countPeople(platform: Db, clusters: Cluster[]): Promise<PeopleCounts> {
  const ids = [...new Set(clusters.map((c) => c.organisationId))];
  const organisations = ids.length ? await platform.db.selectFrom('organisations').select(['id', 'name', 'sector', 'countryCode']).where('id', 'in', ids).execute() : [];
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const sets = { sector: new Map<string, Set<string>>(), country: new Map<string, Set<string>>(), organisation: new Map<string, Set<string>>(), month: new Map<string, Set<string>>() };
  const everyone = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, people: string[]) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    for (const p of people) set.add(p);
  };
  for (const c of clusters) {
    const o = byId.get(c.organisationId);
    if (!o) continue;
    const people = c.people.split(',');
    for (const p of people) everyone.add(p);
    add(sets.sector, o.sector, people);
    add(sets.country, o.countryCode, people);
    add(sets.organisation, o.id, people);
    add(sets.month, c.month, people);
  }
  const sizes = (map: Map<string, Set<string>>) => new Map([...map].map(([k, v]) => [k, v.size]));
  return {
    total: everyone.size,
    bySector: sizes(sets.sector),
    byCountry: sizes(sets.country),
    byOrganisation: new Map([...sets.organisation].map(([k, v]) => [k, { name: byId.get(k)?.name ?? k, n: v.size }])),
    byMonth: sizes(sets.month),
  };
}

/** Practitioners of the covered organisations who completed a course (not a refresher) in the period. */
export async function trainedPeople(platform: Db, f: Filter): Promise<PeopleCounts> {
  const { start, end } = periodOf(f);
  const month = sql<string>`substr(e."completedAt", 1, 7)`;
  const clusters = await platform.db
    .selectFrom('enrolments as e')
    .innerJoin('memberships as m', 'm.userId', 'e.userId')
    .select(['m.organisationId', month.as('month'), peopleList(platform.dialect, 'e.userId').as('people')])
    .where('e.completedAt', '>=', start)
    .where('e.completedAt', '<=', end)
    .where('e.cohortId', 'in', (eb) => eb.selectFrom('cohorts as c').innerJoin('courses as co', 'co.id', 'c.courseId').select('c.id').where('co.refresherOfCourseId', 'is', null))
    .where((eb) => coveredOrganisation(eb, f))
    .groupBy(['m.organisationId', month])
    .execute();
  return countPeople(platform, clusters);
}

/** Practitioners of the covered organisations who completed a training pathway in the period. */
export async function pathwayPeople(platform: Db, f: Filter): Promise<PeopleCounts> {
  const { start, end } = periodOf(f);
  const month = sql<string>`substr(pe."completedAt", 1, 7)`;
  const clusters = await platform.db
    .selectFrom('pathway_enrolments as pe')
    .innerJoin('memberships as m', 'm.userId', 'pe.userId')
    .select(['m.organisationId', month.as('month'), peopleList(platform.dialect, 'pe.userId').as('people')])
    .where('pe.completedAt', '>=', start)
    .where('pe.completedAt', '<=', end)
    .where((eb) => coveredOrganisation(eb, f))
    .groupBy(['m.organisationId', month])
    .execute();
  return countPeople(platform, clusters);
}
