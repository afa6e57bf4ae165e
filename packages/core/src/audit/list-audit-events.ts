import type { Actor } from '../accounts/actor.ts';
import { authorizeOrganisation, authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';
import type { AuditEventName } from './audit-log.ts';

export interface AuditEventView {
  id: string;
  occurredAt: string;
  event: AuditEventName;
  actorName: string | null;
  subjectType: string | null;
  subjectName: string | null;
  organisationName: string | null;
  data: Record<string, string | number | boolean | null>;
}

export interface AuditFilter {
  /** Only this organisation's events (coordinators); omitted = the whole platform (admins). */
  organisationId?: string;
  /** Cursor: events strictly older than this id. */
  before?: string;
  limit?: number;
}

/** Security events, newest first, with names resolved (people who were deleted show as null). */
export async function listAuditEvents(platform: Pick<Platform, 'db'>, actor: Actor, filter: AuditFilter = {}): Promise<AuditEventView[]> {
  if (filter.organisationId) authorizeOrganisation(actor, 'organisation.viewAudit', { organisationId: filter.organisationId });
  else authorizePlatform(actor, 'platform.viewAudit');
  let query = platform.db
    .selectFrom('audit_events')
    .leftJoin('users as actor', 'actor.id', 'audit_events.actorUserId')
    .leftJoin('users as subject', (join) => join.onRef('subject.id', '=', 'audit_events.subjectId').on('audit_events.subjectType', '=', 'user'))
    .leftJoin('organisations', 'organisations.id', 'audit_events.organisationId')
    .select([
      'audit_events.id',
      'audit_events.occurredAt',
      'audit_events.event',
      'audit_events.subjectType',
      'audit_events.data',
      'actor.name as actorName',
      'subject.name as subjectName',
      'organisations.name as organisationName',
    ])
    .orderBy('audit_events.id', 'desc')
    .limit(Math.min(filter.limit ?? 50, 200));
  if (filter.organisationId) query = query.where('audit_events.organisationId', '=', filter.organisationId);
  if (filter.before) query = query.where('audit_events.id', '<', filter.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt,
    event: r.event as AuditEventName,
    actorName: r.actorName,
    subjectType: r.subjectType,
    subjectName: r.subjectName,
    organisationName: r.organisationName,
    data: JSON.parse(r.data) as AuditEventView['data'],
  }));
}
