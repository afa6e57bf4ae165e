import type { DB, Kysely } from '@destalk/db';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';

/** The security events the platform records. Stable names: reports and filters use them. */
export const AUDIT_EVENTS = [
  'auth.sign_up',
  'auth.email_verified',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.password_changed',
  'auth.magic_link_requested',
  'auth.two_factor_enabled',
  'auth.two_factor_disabled',
  'auth.two_factor_failed',
  'auth.backup_codes_regenerated',
  'auth.session_revoked',
  'region.created',
  'region.updated',
  'organisation.created',
  'organisation.updated',
  'membership.role_changed',
  'membership.removed',
  'invitation.sent',
  'invitation.accepted',
  'invitation.revoked',
  'admin.job_retried',
  'stalkerware.feeds_imported',
  'stalkerware.report_saved',
  'stalkerware.report_deleted',
  'certificate.revoked',
  'data.exported',
  'pathway.created',
  'pathway.published',
  'pathway.draft',
  'pathway.archived',
  'pathway.reflection_accepted',
  'pathway.reflection_returned',
  'pathway.attendance_confirmed',
  'tool.copy_saved',
  'tool.copy_deleted',
  'event.created',
  'event.published',
  'event.cancelled',
  'event.registrations_exported',
  'event.data_erased',
  'campaign.created',
  'campaign.published',
  'campaign.unpublished',
  'campaign.kit_requested',
  'account.data_exported',
  'account.deleted',
  'report.exported',
  'api_token.created',
  'api_token.revoked',
] as const;

export type AuditEventName = (typeof AUDIT_EVENTS)[number];

export interface AuditEntry {
  event: AuditEventName;
  actorUserId?: string | null;
  organisationId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Small, non-sensitive details (never passwords, tokens, codes or IP addresses). */
  data?: Record<string, string | number | boolean | null>;
  requestId?: string | null;
}

export interface AuditLog {
  record(entry: AuditEntry, db?: Kysely<DB>): Promise<void>;
}

export class DatabaseAuditLog implements AuditLog {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  /** Pass a transaction as `db` to commit the event with the change it describes. */
  async record(entry: AuditEntry, db: Kysely<DB> = this.db): Promise<void> {
    await db
      .insertInto('audit_events')
      .values({
        id: newId(),
        occurredAt: this.clock.now().toISOString(),
        event: entry.event,
        actorUserId: entry.actorUserId ?? null,
        organisationId: entry.organisationId ?? null,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        data: JSON.stringify(entry.data ?? {}),
        requestId: entry.requestId ?? null,
      })
      .execute();
  }
}
