import { addMonths } from '../clock.ts';
import { enqueueEmail } from '../email/send-email.ts';
import { isLocale } from '../i18n/locales.ts';
import type { Platform } from '../platform.ts';

/** Reminder moments, latest first: 60, 30 and 7 days before expiry, and at expiry. */
const SCHEDULE: Array<{ kind: 'expired' | 'd7' | 'd30' | 'd60'; daysBefore: number }> = [
  { kind: 'expired', daysBefore: 0 },
  { kind: 'd7', daysBefore: 7 },
  { kind: 'd30', daysBefore: 30 },
  { kind: 'd60', daysBefore: 60 },
];
const DAY_MS = 86_400_000;

/**
 * The reminder a certificate is due now: the latest moment passed, so a platform that was down
 * for a while sends one reminder, not a burst. Null when none is due (further than 60 days away).
 */
export function dueReminder(expiresAt: string, now: Date): (typeof SCHEDULE)[number]['kind'] | null {
  const expiry = new Date(expiresAt).getTime();
  return SCHEDULE.find((s) => now.getTime() >= expiry - s.daysBefore * DAY_MS)?.kind ?? null;
}

/**
 * Sends the due expiry reminders through the job queue. Each (certificate, moment, expiry) is
 * recorded before the e-mail is queued; the primary key makes a second sweep — on this or any
 * other instance — skip it. A renewal changes the expiry, so its reminders start afresh.
 * Revoked certificates get none; reminders stop 30 days after expiry.
 */
export async function sendCertificateReminders(platform: Pick<Platform, 'db' | 'clock' | 'jobs' | 'config'>): Promise<{ sent: number }> {
  const now = platform.clock.now();
  const candidates = await platform.db
    .selectFrom('certificates')
    .innerJoin('users', 'users.id', 'certificates.userId')
    .select(['certificates.id', 'certificates.expiresAt', 'users.email', 'users.locale'])
    .where('certificates.revokedAt', 'is', null)
    .where('certificates.expiresAt', '<=', new Date(now.getTime() + 60 * DAY_MS).toISOString())
    .where('certificates.expiresAt', '>', addMonths(now, -1).toISOString())
    .execute();
  let sent = 0;
  for (const certificate of candidates) {
    const kind = dueReminder(certificate.expiresAt, now);
    if (!kind) continue;
    const recorded = await platform.db
      .insertInto('certificate_reminders')
      .values({ certificateId: certificate.id, kind, expiresAt: certificate.expiresAt, sentAt: now.toISOString() })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(recorded.numInsertedOrUpdatedRows ?? 0) !== 1) continue;
    await enqueueEmail(platform.jobs, {
      to: certificate.email,
      locale: isLocale(certificate.locale) ? certificate.locale : 'en',
      template: 'certificateReminder',
      params: { expired: kind === 'expired', expiresAt: certificate.expiresAt, url: `${platform.config.publicUrl}/learn` },
    });
    sent++;
  }
  return { sent };
}
