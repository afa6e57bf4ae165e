import type { Report } from '@destalk/ioc';
import type { Actor } from '../../accounts/actor.ts';
import type { Platform } from '../../platform.ts';
import { reportVisibleTo } from '../commands/saved-reports.ts';
import { seesAllReportsOf } from '../policies.ts';

export interface SavedReportListItem {
  id: string;
  label: string;
  organisationName: string;
  createdByName: string | null;
  summaryKey: string;
  counts: { high: number; medium: number; low: number };
  createdAt: string;
  expiresAt: string;
}

/** Saved reports the actor may see: their own, and all of the organisations they coordinate. */
export async function listSavedReports(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor): Promise<SavedReportListItem[]> {
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const coordinated = organisationIds.filter((id) => seesAllReportsOf(actor, id));
  const rows = await platform.db
    .selectFrom('ioc_saved_reports')
    .innerJoin('organisations', 'organisations.id', 'ioc_saved_reports.organisationId')
    .leftJoin('users', 'users.id', 'ioc_saved_reports.createdByUserId')
    .select([
      'ioc_saved_reports.id',
      'ioc_saved_reports.label',
      'organisations.name as organisationName',
      'users.name as createdByName',
      'ioc_saved_reports.summaryKey',
      'ioc_saved_reports.high',
      'ioc_saved_reports.medium',
      'ioc_saved_reports.low',
      'ioc_saved_reports.createdAt',
      'ioc_saved_reports.expiresAt',
    ])
    .where('ioc_saved_reports.organisationId', 'in', organisationIds)
    .where('ioc_saved_reports.expiresAt', '>', platform.clock.now().toISOString())
    .where((eb) =>
      coordinated.length > 0
        ? eb.or([eb('ioc_saved_reports.createdByUserId', '=', actor.userId), eb('ioc_saved_reports.organisationId', 'in', coordinated)])
        : eb('ioc_saved_reports.createdByUserId', '=', actor.userId),
    )
    .orderBy('ioc_saved_reports.createdAt', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    organisationName: r.organisationName,
    createdByName: r.createdByName,
    summaryKey: r.summaryKey,
    counts: { high: r.high, medium: r.medium, low: r.low },
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}

export async function getSavedReport(platform: Pick<Platform, 'db'>, actor: Actor, reportId: string): Promise<{ id: string; label: string; createdAt: string; expiresAt: string; report: Report }> {
  await reportVisibleTo(platform, actor, reportId);
  const row = await platform.db.selectFrom('ioc_saved_reports').select(['id', 'label', 'createdAt', 'expiresAt', 'report']).where('id', '=', reportId).executeTakeFirstOrThrow();
  return { id: row.id, label: row.label, createdAt: row.createdAt, expiresAt: row.expiresAt, report: JSON.parse(row.report) as Report };
}
