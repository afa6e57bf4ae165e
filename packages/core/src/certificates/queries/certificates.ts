import type { Actor } from '../../accounts/actor.ts';
import { addMonths } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';
import { normaliseCertificateCode } from '../code.ts';
import { type CertificateStatus, certificateStatus, shortHolderName } from '../status.ts';

/** Reminders start this long before expiry; from then on a refresher is "due". */
export const REFRESHER_DUE_MONTHS = 2;

async function courseTitle(platform: Pick<Platform, 'db'>, courseId: string, locale: Locale): Promise<string> {
  const row = await platform.db
    .selectFrom('course_versions')
    .innerJoin('courses', 'courses.id', 'course_versions.courseId')
    .select(['course_versions.title', 'courses.defaultLocale'])
    .where('course_versions.courseId', '=', courseId)
    .where('course_versions.status', '=', 'published')
    .orderBy('course_versions.number', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return pickLocale(row.title, locale, row.defaultLocale).text;
}

export interface VerifiedCertificate {
  status: CertificateStatus;
  holder: string;
  courseTitle: string;
  issuedAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/**
 * The public answer for a verification code: the status and what is needed to match it to the
 * person presenting it — the holder's first name and initials, the course, the dates. No e-mail,
 * no organisation, no score. Unknown and malformed codes are both `not_found`.
 */
export async function verifyCertificate(platform: Pick<Platform, 'db' | 'clock'>, code: string, locale: Locale): Promise<VerifiedCertificate> {
  const normalised = normaliseCertificateCode(code);
  if (!normalised) throw new AppError('not_found');
  const row = await platform.db.selectFrom('certificates').select(['courseId', 'holderName', 'issuedAt', 'expiresAt', 'revokedAt']).where('code', '=', normalised).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return {
    status: certificateStatus(row, platform.clock.now()),
    holder: shortHolderName(row.holderName),
    courseTitle: await courseTitle(platform, row.courseId, locale),
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

export interface OwnCertificate {
  id: string;
  code: string;
  courseId: string;
  courseTitle: string;
  status: CertificateStatus;
  issuedAt: string;
  expiresAt: string;
  /** Expires within REFRESHER_DUE_MONTHS, or already expired (and not revoked). */
  refresherDue: boolean;
}

/** The actor's own certificates, for the learning dashboard. */
export async function myCertificates(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, locale: Locale): Promise<OwnCertificate[]> {
  const rows = await platform.db.selectFrom('certificates').select(['id', 'code', 'courseId', 'issuedAt', 'expiresAt', 'revokedAt']).where('userId', '=', actor.userId).orderBy('issuedAt', 'desc').execute();
  const now = platform.clock.now();
  return Promise.all(
    rows.map(async (row) => {
      const status = certificateStatus(row, now);
      return {
        id: row.id,
        code: row.code,
        courseId: row.courseId,
        courseTitle: await courseTitle(platform, row.courseId, locale),
        status,
        issuedAt: row.issuedAt,
        expiresAt: row.expiresAt,
        refresherDue: status !== 'revoked' && addMonths(row.expiresAt, -REFRESHER_DUE_MONTHS) <= now,
      };
    }),
  );
}

export interface CertificateDocumentData {
  code: string;
  holderName: string;
  courseTitle: string;
  issuedAt: string;
  expiresAt: string;
  status: CertificateStatus;
}

/** What the PDF prints: the holder's own certificate only (anyone else: `not_found`). */
export async function certificateForDocument(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, certificateId: string, locale: Locale): Promise<CertificateDocumentData> {
  const row = await platform.db.selectFrom('certificates').select(['code', 'courseId', 'holderName', 'issuedAt', 'expiresAt', 'revokedAt']).where('id', '=', certificateId).where('userId', '=', actor.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const status = certificateStatus(row, platform.clock.now());
  if (status === 'revoked') throw new AppError('not_found', 'revoked certificates are not printed');
  return { code: row.code, holderName: row.holderName, courseTitle: await courseTitle(platform, row.courseId, locale), issuedAt: row.issuedAt, expiresAt: row.expiresAt, status };
}
