import { HOUR } from '../clock.ts';
import { enqueueEmail } from '../email/send-email.ts';
import { isLocale } from '../i18n/locales.ts';
import type { Platform } from '../platform.ts';

const DIGEST_INTERVAL_MS = 24 * HOUR;

/**
 * Sends the daily digest to those who asked for it: the visible posts of others since their last
 * digest, at most once a day, nothing when there is nothing new. The subscription's `lastSentAt` is
 * moved before the e-mail is queued, so two instances running the sweep do not both send.
 */
export async function sendDiscussionDigests(platform: Pick<Platform, 'db' | 'clock' | 'jobs' | 'config'>): Promise<{ sent: number }> {
  const now = platform.clock.now();
  const due = await platform.db
    .selectFrom('cohort_digest_subscriptions')
    .innerJoin('users', 'users.id', 'cohort_digest_subscriptions.userId')
    .innerJoin('cohorts', 'cohorts.id', 'cohort_digest_subscriptions.cohortId')
    .select(['cohort_digest_subscriptions.cohortId', 'cohort_digest_subscriptions.userId', 'cohort_digest_subscriptions.lastSentAt', 'users.email', 'users.locale', 'cohorts.title'])
    .where('cohort_digest_subscriptions.lastSentAt', '<=', new Date(now.getTime() - DIGEST_INTERVAL_MS).toISOString())
    .execute();
  let sent = 0;
  for (const sub of due) {
    const posts = await platform.db
      .selectFrom('cohort_posts as p')
      .leftJoin('cohort_posts as t', 't.id', 'p.threadId')
      .select(['p.id', 'p.title', 't.title as threadTitle'])
      .where('p.cohortId', '=', sub.cohortId)
      .where('p.createdAt', '>', sub.lastSentAt)
      .where('p.hiddenAt', 'is', null)
      .where((eb) => eb.or([eb('p.authorUserId', 'is', null), eb('p.authorUserId', '!=', sub.userId)]))
      .execute();
    if (posts.length === 0) continue;
    const claimed = await platform.db
      .updateTable('cohort_digest_subscriptions')
      .set({ lastSentAt: now.toISOString() })
      .where('cohortId', '=', sub.cohortId)
      .where('userId', '=', sub.userId)
      .where('lastSentAt', '=', sub.lastSentAt)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const threads = [...new Set(posts.map((p) => p.title ?? p.threadTitle ?? ''))].filter(Boolean).slice(0, 10);
    await enqueueEmail(platform.jobs, {
      to: sub.email,
      locale: isLocale(sub.locale) ? sub.locale : 'en',
      template: 'discussionDigest',
      params: { cohortTitle: sub.title, count: posts.length, threads, url: `${platform.config.publicUrl}/cohorts/${sub.cohortId}/discussion` },
    });
    sent++;
  }
  return { sent };
}
