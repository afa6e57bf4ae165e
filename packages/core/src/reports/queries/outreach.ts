import { sql } from 'kysely';
import type { Platform } from '../../platform.ts';
import { periodOf, type ReportFilters } from '../schema.ts';
import { type OrgFilter, organisationConditions } from './scope-filter.ts';

type Db = Pick<Platform, 'db'>;
type Filter = OrgFilter & Pick<ReportFilters, 'from' | 'to'>;

/**
 * Events of the covered organisations held in the period: registrations that were confirmed
 * (seated, attended or later cancelled) and attendance. The sector and country filters apply to
 * the registrants' own answers.
 */
export async function eventAttendance(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  return platform.db
    .selectFrom('events as ev')
    .innerJoin('organisations as o', 'o.id', 'ev.organisationId')
    .leftJoin('event_registrations as r', (join) => {
      let j = join.onRef('r.eventId', '=', 'ev.id').on('r.confirmedAt', 'is not', null);
      if (f.sector) j = j.on('r.sector', '=', f.sector);
      if (f.country) j = j.on('r.country', '=', f.country);
      return j;
    })
    .where('ev.startsAt', '>=', start)
    .where('ev.startsAt', '<=', end)
    .where('ev.status', '<>', 'draft')
    .where((eb) => organisationConditions(eb, { ...f, sector: undefined, country: undefined }))
    .select(['ev.id', 'ev.title', 'ev.startsAt', sql<number>`count(r.id)`.as('registered'), sql<number>`count(r."attendedAt")`.as('attended')])
    .groupBy(['ev.id', 'ev.title', 'ev.startsAt'])
    .orderBy('ev.startsAt')
    .execute()
    .then((rows) => rows.map((r) => ({ id: r.id, title: JSON.parse(r.title) as Record<string, string>, startsAt: r.startsAt, registered: Number(r.registered), attended: Number(r.attended) })));
}

/** Campaigns of the covered organisations: kits generated, page views, QR-code visits and kit downloads in the period. */
export async function campaignReach(platform: Db, f: Filter) {
  const { start, end } = periodOf(f);
  const campaigns = await platform.db
    .selectFrom('campaigns as ca')
    .innerJoin('organisations as o', 'o.id', 'ca.organisationId')
    .where((eb) => organisationConditions(eb, f))
    .select(['ca.id', 'ca.name', 'ca.status'])
    .orderBy('ca.createdAt')
    .execute();
  if (!campaigns.length) return [];
  const ids = campaigns.map((c) => c.id);
  const [reach, kits] = await Promise.all([
    platform.db
      .selectFrom('campaign_reach')
      .where('campaignId', 'in', ids)
      .where('day', '>=', f.from)
      .where('day', '<=', f.to)
      .select(['campaignId', 'kind', sql<number>`sum(count)`.as('n')])
      .groupBy(['campaignId', 'kind'])
      .execute(),
    platform.db
      .selectFrom('campaign_kits')
      .where('campaignId', 'in', ids)
      .where('status', '=', 'done')
      .where('createdAt', '>=', start)
      .where('createdAt', '<=', end)
      .select(['campaignId', sql<number>`count(*)`.as('n')])
      .groupBy('campaignId')
      .execute(),
  ]);
  const of = (id: string, kind: string) => Number(reach.find((r) => r.campaignId === id && r.kind === kind)?.n ?? 0);
  return campaigns.map((c) => ({ id: c.id, name: c.name, kits: Number(kits.find((k) => k.campaignId === c.id)?.n ?? 0), views: of(c.id, 'view'), qr: of(c.id, 'qr'), downloads: of(c.id, 'download') }));
}
