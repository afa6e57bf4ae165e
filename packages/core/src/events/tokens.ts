import { createHmac } from 'node:crypto';
import { hashToken } from '../ids.ts';

/**
 * A registrant's personal link carries a token derived from the registration id with the
 * platform's secret: later e-mails (reminders, offers, thank-you) can rebuild it, while the
 * database keeps only its hash for the lookup. Erasure blanks the hash, so old links stop working.
 */
export function registrationToken(secret: string, registrationId: string): string {
  return createHmac('sha256', secret).update(`event-registration:${registrationId}`).digest('base64url');
}

export function registrationTokenHash(secret: string, registrationId: string): string {
  return hashToken(registrationToken(secret, registrationId));
}

export function personalUrl(publicUrl: string, secret: string, registrationId: string): string {
  return `${publicUrl}/events/r/${registrationToken(secret, registrationId)}`;
}
