import type { DatabaseHandle } from '@destalk/db';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import { DatabaseJobQueue } from './database-queue.ts';
import type { JobQueue } from './job-queue.ts';
import { PgBossJobQueue } from './pg-boss-queue.ts';

export interface CreateJobQueueOptions {
  databaseUrl: string;
  clock?: Clock;
  logger?: Logger;
  /** false for processes that only enqueue (the CLI). */
  supervise?: boolean;
  pollIntervalMs?: number;
}

/** pg-boss on PostgreSQL, the database runner on SQLite (DESIGN.md §2, ADR 0002). */
export function createJobQueue(handle: DatabaseHandle, options: CreateJobQueueOptions): JobQueue {
  if (handle.dialect === 'postgres') {
    return new PgBossJobQueue({
      connectionString: options.databaseUrl,
      db: handle.db,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.supervise !== undefined ? { supervise: options.supervise } : {}),
      ...(options.pollIntervalMs ? { pollingIntervalSeconds: Math.max(0.5, options.pollIntervalMs / 1000) } : {}),
    });
  }
  return new DatabaseJobQueue(handle.db, {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
  });
}
