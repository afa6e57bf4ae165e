import { DAY } from '../clock.ts';
import type { Platform } from '../platform.ts';

/** Fixed periods (the configurable ones are in config/env.ts); the admins' data-requests page lists them all. */
export const COMPLETED_JOBS_DAYS = 7;
export const FAILED_JOBS_DAYS = 30;
/** Invitations are deleted this long after they expired, were accepted or were revoked. */
export const CLOSED_INVITATIONS_DAYS = 90;

export interface RetentionResult {
  outboxEmails: number;
  jobs: number;
  rateLimits: number;
  verifications: number;
  sessions: number;
  invitations: number;
  auditEvents: number;
  savedReports: number;
  toolCopies: number;
}

/**
 * Deletes what the platform no longer needs (DESIGN.md §1.3, personal data has a retention
 * period): kept e-mails, finished jobs, stale rate-limit counters, expired tokens and sessions,
 * old invitations, audit entries past AUDIT_RETENTION_DAYS and saved check reports and saved tool copies past their expiry. Safe to run on several instances.
 */
export async function runRetention(platform: Pick<Platform, 'db' | 'clock' | 'config' | 'dialect' | 'rateLimiter'>): Promise<RetentionResult> {
  const now = platform.clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const authNow = platform.dialect === 'postgres' ? now : now.toISOString();
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);

  const outboxEmails = count(await platform.db.deleteFrom('outbox_emails').where('createdAt', '<', ago(platform.config.outboxRetentionDays)).executeTakeFirst());
  const jobs =
    count(await platform.db.deleteFrom('jobs').where('state', '=', 'completed').where('finishedAt', '<', ago(COMPLETED_JOBS_DAYS)).executeTakeFirst()) +
    count(await platform.db.deleteFrom('jobs').where('state', '=', 'failed').where('finishedAt', '<', ago(FAILED_JOBS_DAYS)).executeTakeFirst());
  const rateLimits = await platform.rateLimiter.sweep();
  const verifications = count(await platform.db.deleteFrom('verifications').where('expiresAt', '<', authNow).executeTakeFirst());
  const sessions = count(await platform.db.deleteFrom('sessions').where('expiresAt', '<', authNow).executeTakeFirst());
  const invitations = count(
    await platform.db
      .deleteFrom('invitations')
      .where((eb) => eb.or([eb('expiresAt', '<', ago(CLOSED_INVITATIONS_DAYS)), eb('acceptedAt', '<', ago(CLOSED_INVITATIONS_DAYS)), eb('revokedAt', '<', ago(CLOSED_INVITATIONS_DAYS))]))
      .executeTakeFirst(),
  );
  const auditEvents = count(await platform.db.deleteFrom('audit_events').where('occurredAt', '<', ago(platform.config.auditRetentionDays)).executeTakeFirst());
  const savedReports = count(await platform.db.deleteFrom('ioc_saved_reports').where('expiresAt', '<', now.toISOString()).executeTakeFirst());
  const toolCopies = count(await platform.db.deleteFrom('tool_saved_copies').where('expiresAt', '<', now.toISOString()).executeTakeFirst());
  return { outboxEmails, jobs, rateLimits, verifications, sessions, invitations, auditEvents, savedReports, toolCopies };
}
