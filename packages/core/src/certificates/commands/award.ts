import { addMonths } from '../../clock.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { newCertificateCode } from '../code.ts';

export type AwardOutcome = { kind: 'issued' | 'renewed'; certificateId: string; expiresAt: string } | { kind: 'none' };

/**
 * What completing a course earns. A main course issues its certificate (valid for the course's
 * period); completing it again, or completing its refresher, renews that certificate: the new
 * period starts at the old expiry when still valid (finishing early costs nothing), otherwise now.
 * A revoked certificate is never renewed, and a refresher without a certificate to renew earns none.
 * Idempotent per enrolment.
 */
export async function awardOnCompletion(platform: Pick<Platform, 'db' | 'clock'>, enrolmentId: string): Promise<AwardOutcome> {
  const row = await platform.db
    .selectFrom('enrolments')
    .innerJoin('cohorts', 'cohorts.id', 'enrolments.cohortId')
    .innerJoin('courses', 'courses.id', 'cohorts.courseId')
    .innerJoin('users', 'users.id', 'enrolments.userId')
    .select(['enrolments.userId', 'cohorts.organisationId', 'courses.id as courseId', 'courses.refresherOfCourseId', 'courses.certificateValidityMonths', 'users.name', 'users.locale'])
    .where('enrolments.id', '=', enrolmentId)
    .executeTakeFirstOrThrow();
  const mainCourseId = row.refresherOfCourseId ?? row.courseId;
  const main = await platform.db.selectFrom('courses').select('certificateValidityMonths').where('id', '=', mainCourseId).executeTakeFirstOrThrow();
  const now = platform.clock.now();
  return platform.db.transaction().execute(async (trx): Promise<AwardOutcome> => {
    const existing = await trx.selectFrom('certificates').select(['id', 'enrolmentId', 'expiresAt', 'revokedAt']).where('userId', '=', row.userId).where('courseId', '=', mainCourseId).executeTakeFirst();
    if (!existing) {
      if (row.refresherOfCourseId) return { kind: 'none' };
      const id = newId();
      const expiresAt = addMonths(now, main.certificateValidityMonths).toISOString();
      await trx
        .insertInto('certificates')
        .values({
          id,
          code: newCertificateCode(),
          userId: row.userId,
          courseId: mainCourseId,
          enrolmentId,
          organisationId: row.organisationId,
          holderName: row.name,
          locale: row.locale ?? 'en',
          issuedAt: now.toISOString(),
          expiresAt,
          revokedAt: null,
          revokedByUserId: null,
          revocationReason: null,
        })
        .execute();
      return { kind: 'issued', certificateId: id, expiresAt };
    }
    if (existing.enrolmentId === enrolmentId) return { kind: 'issued', certificateId: existing.id, expiresAt: existing.expiresAt };
    if (existing.revokedAt) return { kind: 'none' };
    const already = await trx.selectFrom('certificate_renewals').select('expiresAt').where('certificateId', '=', existing.id).where('enrolmentId', '=', enrolmentId).executeTakeFirst();
    if (already) return { kind: 'renewed', certificateId: existing.id, expiresAt: already.expiresAt };
    const from = existing.expiresAt > now.toISOString() ? existing.expiresAt : now.toISOString();
    const expiresAt = addMonths(from, main.certificateValidityMonths).toISOString();
    await trx.updateTable('certificates').set({ expiresAt }).where('id', '=', existing.id).execute();
    await trx
      .insertInto('certificate_renewals')
      .values({ id: newId(), certificateId: existing.id, enrolmentId, previousExpiresAt: existing.expiresAt, expiresAt, renewedAt: now.toISOString() })
      .execute();
    return { kind: 'renewed', certificateId: existing.id, expiresAt };
  });
}
