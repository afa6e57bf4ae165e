import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '@destalk/db';
import { createTestDatabase, type TestDatabase } from '@destalk/db/testing';
import pino from 'pino';
import { ManualClock } from '../clock.ts';
import { loadConfig } from '../config/env.ts';
import type { Mailer } from '../email/mailer.ts';
import { DatabaseJobQueue } from '../jobs/database-queue.ts';
import { createPlatform, type Platform } from '../platform.ts';

export interface TestPlatform extends Platform {
  database: TestDatabase;
  jobs: DatabaseJobQueue;
  /** Runs every queued job now (e-mails land in the outbox or the SMTP capture). */
  drainJobs(): Promise<number>;
  destroy(): Promise<void>;
}

/**
 * A whole platform on a fresh database of the given dialect. Jobs use the database runner on both
 * dialects so a test can drain them deterministically (pg-boss has its own suite).
 */
export async function createTestPlatform(dialect: DialectName, options: { clock?: ManualClock; mailer?: Mailer; env?: Record<string, string> } = {}): Promise<TestPlatform> {
  const database = await createTestDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'destalk-platform-')),
    DATABASE_URL: database.url,
    SESSION_SECRET: 'test-secret-that-is-long-enough-0123456789',
    PUBLIC_URL: 'http://localhost:3999',
    SEED_DEMO: 'false',
    ...options.env,
  });
  const platform = createPlatform(config, {
    database,
    logger: pino({ level: 'silent' }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.mailer ? { mailer: options.mailer } : {}),
    jobsFor: (handle) => new DatabaseJobQueue(handle.db, options.clock ? { clock: options.clock } : {}),
  });
  const jobs = platform.jobs as DatabaseJobQueue;
  return Object.assign(platform, {
    database,
    jobs,
    drainJobs: () => jobs.drain(),
    async destroy() {
      await jobs.stop();
      await platform.mailer.close();
      await database.destroy();
    },
  });
}
