import type { Actor } from '../../accounts/actor.ts';
import { normaliseCertificateCode } from '../../certificates/code.ts';
import type { CertificateDocumentData, VerifiedCertificate } from '../../certificates/queries/certificates.ts';
import { certificateStatus, shortHolderName } from '../../certificates/status.ts';
import { AppError } from '../../errors.ts';
import type { Locale } from '../../i18n/locales.ts';
import { pickLocale } from '../../learning/localize.ts';
import type { Platform } from '../../platform.ts';

/**
 * Pathway certificates use the course certificates' machinery: the same code format, status
 * rules, PDF and public verification page (which looks codes up in both tables).
 */
export async function verifyPathwayCertificate(platform: Pick<Platform, 'db' | 'clock'>, code: string, locale: Locale): Promise<VerifiedCertificate | null> {
  const normalised = normaliseCertificateCode(code);
  if (!normalised) return null;
  const row = await platform.db
    .selectFrom('pathway_certificates')
    .innerJoin('pathways', 'pathways.id', 'pathway_certificates.pathwayId')
    .select(['pathway_certificates.holderName', 'pathway_certificates.issuedAt', 'pathway_certificates.expiresAt', 'pathway_certificates.revokedAt', 'pathways.title'])
    .where('pathway_certificates.code', '=', normalised)
    .executeTakeFirst();
  if (!row) return null;
  return {
    status: certificateStatus(row, platform.clock.now()),
    holder: shortHolderName(row.holderName),
    courseTitle: pickLocale(row.title, locale, 'en').text,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

export interface OwnPathwayCertificate {
  id: string;
  code: string;
  pathwaySlug: string;
  pathwayTitle: string;
  issuedAt: string;
  expiresAt: string;
  status: ReturnType<typeof certificateStatus>;
}

export async function myPathwayCertificates(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, locale: Locale): Promise<OwnPathwayCertificate[]> {
  const rows = await platform.db
    .selectFrom('pathway_certificates')
    .innerJoin('pathways', 'pathways.id', 'pathway_certificates.pathwayId')
    .select(['pathway_certificates.id', 'pathway_certificates.code', 'pathway_certificates.issuedAt', 'pathway_certificates.expiresAt', 'pathway_certificates.revokedAt', 'pathways.slug', 'pathways.title'])
    .where('pathway_certificates.userId', '=', actor.userId)
    .orderBy('pathway_certificates.issuedAt', 'desc')
    .execute();
  const now = platform.clock.now();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    pathwaySlug: r.slug,
    pathwayTitle: pickLocale(r.title, locale, 'en').text,
    issuedAt: r.issuedAt,
    expiresAt: r.expiresAt,
    status: certificateStatus(r, now),
  }));
}

/** What the PDF prints: the holder's own pathway certificate only. */
export async function pathwayCertificateForDocument(platform: Pick<Platform, 'db' | 'clock'>, actor: Actor, certificateId: string, locale: Locale): Promise<CertificateDocumentData> {
  const row = await platform.db
    .selectFrom('pathway_certificates')
    .innerJoin('pathways', 'pathways.id', 'pathway_certificates.pathwayId')
    .select(['pathway_certificates.code', 'pathway_certificates.holderName', 'pathway_certificates.issuedAt', 'pathway_certificates.expiresAt', 'pathway_certificates.revokedAt', 'pathways.title'])
    .where('pathway_certificates.id', '=', certificateId)
    .where('pathway_certificates.userId', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const status = certificateStatus(row, platform.clock.now());
  if (status === 'revoked') throw new AppError('not_found', 'revoked certificates are not printed');
  return { code: row.code, holderName: row.holderName, courseTitle: pickLocale(row.title, locale, 'en').text, issuedAt: row.issuedAt, expiresAt: row.expiresAt, status };
}
