import { retentionPeriods } from '@destalk/core/privacy/retention-periods';
import { describe, expect, it } from 'vitest';
import { describeRetention } from './retention-view.ts';

// A translator that shows the key and its values, so the choice of message is what is tested.
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key);
const config = { iocReportRetentionDays: 30, toolCopyRetentionDays: 60, auditRetentionDays: 365, outboxRetentionDays: 3 };

describe('describeRetention', () => {
  it('names the setting that changes each period, and its configured value', () => {
    const rows = Object.fromEntries(retentionPeriods(config, null).map((p) => [p.data, describeRetention(p, t)]));
    expect(rows.checkReports).toEqual({ data: 'privacy:retention.data.checkReports', period: 'privacy:retention.afterSaving {"days":30}', setting: 'IOC_REPORT_RETENTION_DAYS', variable: true });
    expect(rows.toolCopies?.period).toBe('privacy:retention.afterSaving {"days":60}');
    expect(rows.auditLog).toMatchObject({ period: 'privacy:retention.afterRecording {"days":365}', setting: 'AUDIT_RETENTION_DAYS' });
    expect(rows.outbox).toMatchObject({ period: 'privacy:retention.afterSending {"days":3}', setting: 'OUTBOX_RETENTION_DAYS' });
    // Sessions have no period of their own: they last until they expire.
    expect(rows.sessions).toEqual({ data: 'privacy:retention.data.sessions', period: 'privacy:retention.afterLastUse {"days":7}', setting: 'privacy:retention.fixed', variable: false });
    expect(rows.account?.period).toBe('privacy:retention.untilDeletion');
    expect(rows.learningRecords?.period).toBe('privacy:retention.anonymisedOnDeletion');
  });

  it('gives event registrations the periods the events set, one or a range', () => {
    const row = (perEvent: { min: number; max: number; events: number } | null) => describeRetention(retentionPeriods(config, perEvent).find((p) => p.data === 'eventRegistrations')!, t);
    expect(row(null)).toEqual({ data: 'privacy:retention.data.eventRegistrations', period: 'privacy:retention.afterEventNone', setting: 'privacy:retention.perEvent', variable: false });
    expect(row({ min: 30, max: 30, events: 2 }).period).toBe('privacy:retention.afterEvent {"min":30}');
    expect(row({ min: 7, max: 60, events: 3 }).period).toBe('privacy:retention.afterEventRange {"min":7,"max":60,"events":3}');
  });
});
