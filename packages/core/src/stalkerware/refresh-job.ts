import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';
import { importFeeds } from './commands/import-feeds.ts';
import { fetchFeeds } from './feed-source.ts';

export const REFRESH_FEEDS_QUEUE = 'ioc-refresh';

/** Downloading and importing can take a while: an admin's "refresh" runs as a job. */
export function registerRefreshJob(jobs: JobQueue, platform: () => Platform) {
  jobs.register<{ actorUserId: string | null }>(REFRESH_FEEDS_QUEUE, async ({ actorUserId }) => {
    const p = platform();
    if (!p.config.iocFeedUrl) throw new Error('IOC_FEED_URL is not configured');
    const fetched = await fetchFeeds(p.config.iocFeedUrl);
    const imported = await importFeeds(p, fetched, { actorUserId });
    p.logger.info({ version: imported.version, changed: imported.changed, counts: imported.counts }, 'indicator feeds refreshed');
  });
}

export async function requestFeedRefresh(platform: Platform, actor: Actor): Promise<string> {
  authorizePlatform(actor, 'platform.manageIndicators');
  if (!platform.config.iocFeedUrl) throw new AppError('conflict', 'IOC_FEED_URL is not configured');
  return platform.jobs.enqueue(REFRESH_FEEDS_QUEUE, { actorUserId: actor.userId }, { retryLimit: 2, retryDelaySeconds: 60 });
}
