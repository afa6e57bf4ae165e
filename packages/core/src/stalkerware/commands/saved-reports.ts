import type { Actor } from '../../accounts/actor.ts';
import { DAY } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { fieldError, parseInput } from '../../validation.ts';
import { authorizeCheck, seesAllReportsOf } from '../policies.ts';
import { verifyReport } from '../report-token.ts';
import { saveReportInput } from '../schema.ts';

/**
 * Keeps a redacted report for the organisation, when the practitioner chooses to. The report was
 * redacted when it was made; it expires after IOC_REPORT_RETENTION_DAYS.
 */
export async function saveReport(platform: Platform, actor: Actor, input: unknown, requestId?: string): Promise<{ id: string }> {
  const data = parseInput(saveReportInput, input);
  authorizeCheck(actor, 'check.saveReport', { organisationId: data.organisationId });
  const now = platform.clock.now();
  const report = verifyReport(data.token, platform.config.sessionSecret, now);
  if (!report) throw fieldError('_form', 'validation:reportExpired');
  const id = newId();
  await platform.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('ioc_saved_reports')
      .values({
        id,
        organisationId: data.organisationId,
        createdByUserId: actor.userId,
        label: data.label,
        summaryKey: report.summary.summaryKey,
        high: report.summary.counts.high,
        medium: report.summary.counts.medium,
        low: report.summary.counts.low,
        report: JSON.stringify(report),
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + platform.config.iocReportRetentionDays * DAY).toISOString(),
      })
      .execute();
    await platform.audit.record({ event: 'stalkerware.report_saved', actorUserId: actor.userId, organisationId: data.organisationId, subjectType: 'report', subjectId: id, requestId: requestId ?? null }, trx);
  });
  return { id };
}

async function reportVisibleTo(platform: Pick<Platform, 'db'>, actor: Actor, reportId: string) {
  const row = await platform.db.selectFrom('ioc_saved_reports').select(['id', 'organisationId', 'createdByUserId']).where('id', '=', reportId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  authorizeCheck(actor, 'check.viewReports', { organisationId: row.organisationId });
  if (row.createdByUserId !== actor.userId && !seesAllReportsOf(actor, row.organisationId)) throw new AppError('not_found');
  return row;
}

export async function deleteReport(platform: Platform, actor: Actor, reportId: string, requestId?: string): Promise<void> {
  const row = await reportVisibleTo(platform, actor, reportId);
  await platform.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('ioc_saved_reports').where('id', '=', reportId).execute();
    await platform.audit.record({ event: 'stalkerware.report_deleted', actorUserId: actor.userId, organisationId: row.organisationId, subjectType: 'report', subjectId: reportId, requestId: requestId ?? null }, trx);
  });
}

export { reportVisibleTo };
