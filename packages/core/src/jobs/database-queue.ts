import type { DB, Kysely } from '@destalk/db';
import type { Logger } from 'pino';
import { type Clock, systemClock } from '../clock.ts';
import { newId } from '../ids.ts';
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type JobQueue,
  describeJobError,
} from './job-queue.ts';

export interface DatabaseQueueOptions {
  clock?: Clock;
  logger?: Logger;
  pollIntervalMs?: number;
  /** Jobs worked at the same time by this process. */
  concurrency?: number;
  /** A job still 'active' after this long is considered abandoned (crashed process) and taken again. */
  lockTimeoutMs?: number;
}

/**
 * The job runner of the embedded mode: jobs are rows in the `jobs` table, polled by the web
 * process. SQLite has one writer at a time, so claiming a job inside a transaction cannot race.
 * Retries back off exponentially: delay × 2^(attempt − 1).
 */
export class DatabaseJobQueue implements JobQueue {
  readonly kind = 'database' as const;
  readonly #db: Kysely<DB>;
  readonly #clock: Clock;
  readonly #logger: Logger | undefined;
  readonly #pollIntervalMs: number;
  readonly #concurrency: number;
  readonly #lockTimeoutMs: number;
  readonly #handlers = new Map<string, JobHandler<unknown>>();
  readonly #running = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #stopped = true;
  #ticking = false;

  constructor(db: Kysely<DB>, options: DatabaseQueueOptions = {}) {
    this.#db = db;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger;
    this.#pollIntervalMs = options.pollIntervalMs ?? 500;
    this.#concurrency = options.concurrency ?? 2;
    this.#lockTimeoutMs = options.lockTimeoutMs ?? 5 * 60_000;
  }

  register<T>(queue: string, handler: JobHandler<T>): void {
    this.#handlers.set(queue, handler as JobHandler<unknown>);
  }

  async enqueue<T extends object>(queue: string, payload: T, options: EnqueueOptions = {}): Promise<string> {
    const now = this.#clock.now().toISOString();
    const id = newId();
    await this.#db
      .insertInto('jobs')
      .values({
        id,
        queue,
        payload: JSON.stringify(payload),
        state: 'queued',
        attempts: 0,
        maxAttempts: 1 + (options.retryLimit ?? DEFAULT_RETRY_LIMIT),
        backoffSeconds: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
        runAt: (options.startAfter ?? this.#clock.now()).toISOString(),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    this.#wake();
    return id;
  }

  async start(): Promise<void> {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await Promise.allSettled([...this.#running]);
  }

  /**
   * Works every job that is due now, one after another, until none is left. For tests and the
   * CLI; the server uses the polling loop instead.
   */
  async drain(): Promise<number> {
    let worked = 0;
    for (;;) {
      const job = await this.#claim();
      if (!job) return worked;
      await this.#work(job);
      worked += 1;
    }
  }

  async listFailed(limit = 100): Promise<FailedJob[]> {
    const rows = await this.#db
      .selectFrom('jobs')
      .select(['id', 'queue', 'attempts', 'lastError', 'createdAt', 'finishedAt'])
      .where('state', '=', 'failed')
      .orderBy('finishedAt', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      queue: r.queue,
      attempts: r.attempts,
      lastError: r.lastError ?? '',
      createdAt: r.createdAt,
      failedAt: r.finishedAt,
    }));
  }

  async retry(id: string): Promise<void> {
    const now = this.#clock.now().toISOString();
    await this.#db
      .updateTable('jobs')
      .set({ state: 'queued', attempts: 0, runAt: now, updatedAt: now, finishedAt: null, lockedUntil: null })
      .where('id', '=', id)
      .where('state', '=', 'failed')
      .execute();
    this.#wake();
  }

  async discard(queue: string, field: string, value: string): Promise<number> {
    // Payloads are JSON text on both databases: compared after parsing, never with LIKE (an
    // address may hold `_` or `%`). Rare, and the table is kept small by the retention job.
    const rows = await this.#db.selectFrom('jobs').select(['id', 'payload']).where('queue', '=', queue).execute();
    const ids = rows.filter((r) => (JSON.parse(r.payload) as Record<string, unknown>)[field] === value).map((r) => r.id);
    if (ids.length) await this.#db.deleteFrom('jobs').where('id', 'in', ids).execute();
    return ids.length;
  }

  #wake() {
    if (!this.#stopped && !this.#ticking) this.#schedule(0);
  }

  #schedule(delay: number) {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), delay);
    this.#timer.unref();
  }

  async #tick() {
    this.#ticking = true;
    try {
      while (!this.#stopped && this.#running.size < this.#concurrency) {
        const job = await this.#claim();
        if (!job) break;
        const run = this.#work(job).finally(() => {
          this.#running.delete(run);
          this.#wake();
        });
        this.#running.add(run);
      }
    } catch (error) {
      this.#logger?.error({ err: error }, 'job polling failed');
    } finally {
      this.#ticking = false;
      this.#schedule(this.#pollIntervalMs);
    }
  }

  async #claim() {
    const handled = [...this.#handlers.keys()];
    if (handled.length === 0) return undefined;
    const now = this.#clock.now();
    const nowIso = now.toISOString();
    return this.#db.transaction().execute(async (trx) => {
      const candidate = await trx
        .selectFrom('jobs')
        .select(['id', 'queue', 'payload', 'attempts', 'maxAttempts', 'backoffSeconds'])
        .where('queue', 'in', handled)
        .where((eb) =>
          eb.or([
            eb.and([eb('state', '=', 'queued'), eb('runAt', '<=', nowIso)]),
            eb.and([eb('state', '=', 'active'), eb('lockedUntil', '<', nowIso)]),
          ]),
        )
        .orderBy('runAt')
        .orderBy('id')
        .limit(1)
        .executeTakeFirst();
      if (!candidate) return undefined;
      const attempts = candidate.attempts + 1;
      const result = await trx
        .updateTable('jobs')
        .set({
          state: 'active',
          attempts,
          lockedUntil: new Date(now.getTime() + this.#lockTimeoutMs).toISOString(),
          updatedAt: nowIso,
        })
        .where('id', '=', candidate.id)
        .where('attempts', '=', candidate.attempts)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return undefined;
      return { ...candidate, attempts };
    });
  }

  async #work(job: { id: string; queue: string; payload: string; attempts: number; maxAttempts: number; backoffSeconds: number }) {
    const handler = this.#handlers.get(job.queue);
    try {
      if (!handler) throw new Error(`no handler for queue ${job.queue}`);
      await handler(JSON.parse(job.payload), { id: job.id, attempt: job.attempts });
      const now = this.#clock.now().toISOString();
      await this.#db
        .updateTable('jobs')
        .set({ state: 'completed', finishedAt: now, updatedAt: now, lockedUntil: null, lastError: null })
        .where('id', '=', job.id)
        .execute();
    } catch (error) {
      const now = this.#clock.now();
      const lastError = describeJobError(error);
      const exhausted = job.attempts >= job.maxAttempts;
      this.#logger?.warn({ jobId: job.id, queue: job.queue, attempt: job.attempts, exhausted, error: lastError }, 'job failed');
      const retryAt = new Date(now.getTime() + job.backoffSeconds * 1000 * 2 ** (job.attempts - 1));
      await this.#db
        .updateTable('jobs')
        .set(
          exhausted
            ? { state: 'failed', finishedAt: now.toISOString(), updatedAt: now.toISOString(), lockedUntil: null, lastError }
            : { state: 'queued', runAt: retryAt.toISOString(), updatedAt: now.toISOString(), lockedUntil: null, lastError },
        )
        .where('id', '=', job.id)
        .execute();
    }
  }
}
