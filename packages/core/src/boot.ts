import { migrateToLatest } from '@destalk/db';
import { HOUR, MINUTE } from './clock.ts';
import { runEventSchedule } from './events/commands/schedule.ts';
import { sendCertificateReminders } from './certificates/reminders.ts';
import { sendDiscussionDigests } from './discussion/digest.ts';
import { runRetention } from './maintenance/retention.ts';
import type { Platform } from './platform.ts';
import { seedDemo, shouldSeedDemo } from './seed/demo.ts';

export interface BootResult {
  migrationsApplied: string[];
  demoSeeded: boolean;
  /** Stops the timers boot started (the caller still closes the platform). */
  stop(): void;
}

/**
 * What a server does before it accepts requests: apply migrations (Kysely's migration lock makes
 * parallel starts safe), seed demo content on a fresh embedded install, start the job workers and
 * the hourly retention sweep, certificate reminders and discussion digests (these also once at start),
 * and the events schedule every minute.
 */
export async function bootPlatform(platform: Platform, options: { runJobs?: boolean } = {}): Promise<BootResult> {
  const outcome = await migrateToLatest(platform.db, platform.dialect);
  if (outcome.error) throw outcome.error;
  const demoSeeded = (await shouldSeedDemo(platform)) ? (await seedDemo(platform)).seeded : false;
  const runJobs = options.runJobs ?? platform.config.runJobs;
  let timer: NodeJS.Timeout | undefined;
  let eventTimer: NodeJS.Timeout | undefined;
  if (runJobs) {
    await platform.jobs.start();
    const sweep = () =>
      runRetention(platform)
        .then((result) => platform.logger.info({ retention: result }, 'retention sweep done'))
        .catch((error: unknown) => platform.logger.error({ err: error }, 'retention sweep failed'));
    const remind = () =>
      Promise.all([sendCertificateReminders(platform), sendDiscussionDigests(platform)])
        .then(([reminders, digests]) => (reminders.sent || digests.sent) && platform.logger.info({ reminders, digests }, 'reminders and digests queued'))
        .catch((error: unknown) => platform.logger.error({ err: error }, 'reminders or digests failed'));
    timer = setInterval(() => {
      void sweep();
      void remind();
    }, HOUR);
    timer.unref();
    // Events run on minutes: offers expire, reminders 24 h and 1 h ahead, thanks, erasure.
    const events = () => runEventSchedule(platform).catch((error: unknown) => platform.logger.error({ err: error }, 'event schedule failed'));
    eventTimer = setInterval(() => void events(), MINUTE);
    eventTimer.unref();
    void events();
    setTimeout(sweep, 60_000).unref();
    void remind();
  }
  return { migrationsApplied: outcome.applied, demoSeeded, stop: () => {
      if (timer) clearInterval(timer);
      if (eventTimer) clearInterval(eventTimer);
    },
  };
}
