import { connect, type DatabaseHandle, type DB, type DialectName, type Kysely } from '@destalk/db';
import type { i18n as I18n } from 'i18next';
import type { Logger } from 'pino';
import { type Auth, createAuth } from './accounts/auth.ts';
import { type AuditLog, DatabaseAuditLog } from './audit/audit-log.ts';
import { type Clock, ShiftedClock, systemClock } from './clock.ts';
import type { AppConfig } from './config/env.ts';
import { type Mailer, OutboxMailer, SmtpMailer } from './email/mailer.ts';
import { registerEmailJob } from './email/send-email.ts';
import type { Locale } from './i18n/locales.ts';
import { coreResources } from './i18n/messages/index.ts';
import { createI18n, type Translate, translatorFor } from './i18n/translator.ts';
import { createJobQueue } from './jobs/create-job-queue.ts';
import type { JobQueue } from './jobs/job-queue.ts';
import { createLogger } from './logger.ts';
import { DatabaseRateLimiter } from './rate-limit/rate-limit.ts';
import { registerRefreshJob } from './stalkerware/refresh-job.ts';
import { registerCampaignKitJob } from './campaigns/commands/kit.ts';

/**
 * Everything a command or query may need, built once per process (the composition root).
 * The web server and the CLI both start from here.
 */
export interface Platform {
  config: AppConfig;
  db: Kysely<DB>;
  dialect: DialectName;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  mailer: Mailer;
  auth: Auth;
  audit: AuditLog;
  rateLimiter: DatabaseRateLimiter;
  i18n: I18n;
  translate(locale: Locale): Translate;
  close(): Promise<void>;
}

export interface PlatformOverrides {
  clock?: Clock;
  logger?: Logger;
  mailer?: Mailer;
  /** false for processes that only enqueue jobs (the CLI). */
  superviseJobs?: boolean;
  /** An open database (tests); otherwise one is opened from DATABASE_URL. */
  database?: DatabaseHandle;
  /** Builds the job queue on the platform's database (tests use the database runner everywhere). */
  jobsFor?: (handle: DatabaseHandle) => JobQueue;
}

export function createPlatform(config: AppConfig, overrides: PlatformOverrides = {}): Platform {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? (config.clockStart ? new ShiftedClock(config.clockStart) : systemClock);
  const handle =
    overrides.database ??
    connect(config.databaseUrl, { poolMax: config.databasePoolMax, onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection failed; it will be replaced') });
  const jobs =
    overrides.jobsFor?.(handle) ??
    createJobQueue(handle, {
      databaseUrl: config.databaseUrl,
      clock,
      logger,
      pollIntervalMs: config.jobsPollMs,
      ...(overrides.superviseJobs !== undefined ? { supervise: overrides.superviseJobs } : {}),
    });
  const mailer =
    overrides.mailer ??
    (config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom) : new OutboxMailer(handle.db, clock, logger, config.env === 'development'));
  const i18n = createI18n(coreResources());
  const translate = (locale: Locale) => translatorFor(i18n, locale);
  const auth = createAuth({
    db: handle.db,
    dialect: handle.dialect,
    jobs,
    secret: config.sessionSecret,
    publicUrl: config.publicUrl,
    secure: config.secure,
    appName: config.appName,
    logger,
  });
  registerEmailJob(jobs, { mailer, translatorFor: translate, appName: config.appName, publicUrl: config.publicUrl, clock });
  registerRefreshJob(jobs, () => platform);
  registerCampaignKitJob(jobs, () => platform);

  const platform: Platform = {
    config,
    db: handle.db,
    dialect: handle.dialect,
    clock,
    logger,
    jobs,
    mailer,
    auth,
    audit: new DatabaseAuditLog(handle.db, clock),
    rateLimiter: new DatabaseRateLimiter(handle.db, clock, config.sessionSecret),
    i18n,
    translate,
    async close() {
      await jobs.stop();
      await mailer.close();
      await handle.close();
    },
  };
  return platform;
}
