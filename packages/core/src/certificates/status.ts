export type CertificateStatus = 'valid' | 'expired' | 'revoked';

/** Revoked wins over expired: a revoked certificate never reads as merely out of date. */
export function certificateStatus(certificate: { expiresAt: string; revokedAt: string | null }, now: Date): CertificateStatus {
  if (certificate.revokedAt) return 'revoked';
  return now.toISOString() >= certificate.expiresAt ? 'expired' : 'valid';
}

/**
 * The holder as the public verification page shows them: first name and initials only
 * ("Lena M. R."), enough to match the person presenting it, no more.
 */
export function shortHolderName(name: string): string {
  const [first, ...rest] = name.trim().split(/\s+/);
  return [first ?? '', ...rest.map((part) => `${part[0]!.toUpperCase()}.`)].join(' ').trim();
}
