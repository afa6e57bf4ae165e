import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/env.ts';
import { retentionPeriods } from './retention-periods.ts';

describe('retentionPeriods', () => {
  it('reads every configurable period from the configuration, and says which setting changes it', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/destalk-retention-test', SESSION_SECRET: 'x'.repeat(40), IOC_REPORT_RETENTION_DAYS: '45', TOOL_COPY_RETENTION_DAYS: '14', AUDIT_RETENTION_DAYS: '400', OUTBOX_RETENTION_DAYS: '2' });
    const periods = retentionPeriods(config, { min: 7, max: 30, events: 4 });
    const of = (data: string) => periods.find((p) => p.data === data);
    expect(of('checkReports')).toEqual({ data: 'checkReports', days: 45, after: 'saving', setting: 'IOC_REPORT_RETENTION_DAYS' });
    expect(of('toolCopies')).toEqual({ data: 'toolCopies', days: 14, after: 'saving', setting: 'TOOL_COPY_RETENTION_DAYS' });
    expect(of('auditLog')).toEqual({ data: 'auditLog', days: 400, after: 'recording', setting: 'AUDIT_RETENTION_DAYS' });
    expect(of('outbox')).toEqual({ data: 'outbox', days: 2, after: 'sending', setting: 'OUTBOX_RETENTION_DAYS' });
    expect(of('eventRegistrations')).toEqual({ data: 'eventRegistrations', days: null, after: 'eventEnd', setting: 'event', perEvent: { min: 7, max: 30, events: 4 } });
    // Sessions have no retention of their own: they live until they expire.
    expect(of('sessions')).toEqual({ data: 'sessions', days: 7, after: 'lastUse', setting: null });
    expect(periods.map((p) => p.data)).toEqual(['account', 'learningRecords', 'eventRegistrations', 'checkReports', 'toolCopies', 'auditLog', 'outbox', 'sessions', 'completedJobs', 'failedJobs', 'invitations', 'emailLinks']);
  });
});
