import { SESSION_DAYS } from '../accounts/auth.ts';
import type { AppConfig } from '../config/env.ts';
import { CLOSED_INVITATIONS_DAYS, COMPLETED_JOBS_DAYS, FAILED_JOBS_DAYS } from '../maintenance/retention.ts';

/** Kinds of data with a retention period, as the pages name them (`privacy:retention.data.<data>`). */
export type RetainedData =
  | 'account'
  | 'learningRecords'
  | 'eventRegistrations'
  | 'checkReports'
  | 'toolCopies'
  | 'auditLog'
  | 'outbox'
  | 'sessions'
  | 'completedJobs'
  | 'failedJobs'
  | 'invitations'
  | 'emailLinks';

/** From when a period runs (`privacy:retention.after.<after>`). */
export type RetentionStart = 'accountDeletion' | 'eventEnd' | 'saving' | 'recording' | 'sending' | 'lastUse' | 'finishing' | 'closing' | 'expiry';

export interface RetentionPeriod {
  data: RetainedData;
  /** Days; null where the data stays until something happens (an account's deletion, a link's expiry). */
  days: number | null;
  after: RetentionStart;
  /** The environment variable that sets it, or `event` when each event sets its own, or null (fixed). */
  setting: string | null;
  /** For event registrations: the periods the events not yet erased use, smallest to largest. */
  perEvent?: { min: number; max: number; events: number } | null;
}

/**
 * What the retention job (maintenance/retention.ts) and the events schedule enforce, read from the
 * configuration so admins see the periods actually in force. Accounts and learning records have no
 * period: they are kept while the account exists and anonymised when it is deleted.
 */
export function retentionPeriods(
  config: Pick<AppConfig, 'iocReportRetentionDays' | 'toolCopyRetentionDays' | 'auditRetentionDays' | 'outboxRetentionDays'>,
  eventErasure: { min: number; max: number; events: number } | null,
): RetentionPeriod[] {
  return [
    { data: 'account', days: null, after: 'accountDeletion', setting: null },
    { data: 'learningRecords', days: null, after: 'accountDeletion', setting: null },
    { data: 'eventRegistrations', days: null, after: 'eventEnd', setting: 'event', perEvent: eventErasure },
    { data: 'checkReports', days: config.iocReportRetentionDays, after: 'saving', setting: 'IOC_REPORT_RETENTION_DAYS' },
    { data: 'toolCopies', days: config.toolCopyRetentionDays, after: 'saving', setting: 'TOOL_COPY_RETENTION_DAYS' },
    { data: 'auditLog', days: config.auditRetentionDays, after: 'recording', setting: 'AUDIT_RETENTION_DAYS' },
    { data: 'outbox', days: config.outboxRetentionDays, after: 'sending', setting: 'OUTBOX_RETENTION_DAYS' },
    // A session lives until it expires: SESSION_DAYS after it was last used (each use extends it).
    { data: 'sessions', days: SESSION_DAYS, after: 'lastUse', setting: null },
    { data: 'completedJobs', days: COMPLETED_JOBS_DAYS, after: 'finishing', setting: null },
    { data: 'failedJobs', days: FAILED_JOBS_DAYS, after: 'finishing', setting: null },
    // Kept after an invitation expired, was accepted or was revoked (the organisation's record of who it invited).
    { data: 'invitations', days: CLOSED_INVITATIONS_DAYS, after: 'closing', setting: null },
    { data: 'emailLinks', days: null, after: 'expiry', setting: null },
  ];
}
