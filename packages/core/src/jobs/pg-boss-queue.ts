import { type DB, type Kysely, sql } from '@destalk/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  type EnqueueOptions,
  type FailedJob,
  type JobHandler,
  type JobQueue,
} from './job-queue.ts';

export interface PgBossQueueOptions {
  connectionString: string;
  /** Our Kysely handle on the same database, used to read failed jobs for the admin page. */
  db: Kysely<DB>;
  logger?: Logger;
  pollingIntervalSeconds?: number;
  /** Set false for processes that only enqueue (the CLI): no maintenance, no workers. */
  supervise?: boolean;
}

const SCHEMA = 'pgboss';

/**
 * pg-boss on PostgreSQL: any number of web instances and workers share the queue safely
 * (SKIP LOCKED). Retries use pg-boss's own exponential backoff.
 */
export class PgBossJobQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  readonly #boss: PgBoss;
  readonly #db: Kysely<DB>;
  readonly #logger: Logger | undefined;
  readonly #pollingIntervalSeconds: number;
  readonly #handlers = new Map<string, JobHandler<unknown>>();
  readonly #createdQueues = new Set<string>();
  #started: Promise<void> | undefined;

  constructor(options: PgBossQueueOptions) {
    const supervise = options.supervise ?? true;
    this.#boss = new PgBoss({
      connectionString: options.connectionString,
      schema: SCHEMA,
      max: 4,
      supervise,
      schedule: false,
      migrate: true,
    });
    this.#db = options.db;
    this.#logger = options.logger;
    this.#pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;
    this.#boss.on('error', (error) => this.#logger?.error({ err: error }, 'pg-boss error'));
  }

  register<T>(queue: string, handler: JobHandler<T>): void {
    this.#handlers.set(queue, handler as JobHandler<unknown>);
  }

  async enqueue<T extends object>(queue: string, payload: T, options: EnqueueOptions = {}): Promise<string> {
    await this.#ensureBoss();
    await this.#ensureQueue(queue);
    const id = await this.#boss.send(queue, payload, {
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    });
    if (!id) throw new Error(`pg-boss refused a job for queue ${queue}`);
    return id;
  }

  async start(): Promise<void> {
    await this.#ensureBoss();
    for (const [queue, handler] of this.#handlers) {
      await this.#ensureQueue(queue);
      await this.#boss.work(
        queue,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: this.#pollingIntervalSeconds },
        async ([job]) => {
          if (!job) return;
          await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
        },
      );
    }
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    await this.#boss.stop({ graceful: true, close: true, wait: true, timeout: 15_000 });
    this.#started = undefined;
  }

  async listFailed(limit = 100): Promise<FailedJob[]> {
    await this.#ensureBoss();
    const result = await sql<{
      id: string;
      name: string;
      retry_count: number;
      output: unknown;
      created_on: Date;
      completed_on: Date | null;
    }>`select id, name, retry_count, output, created_on, completed_on from ${sql.table(`${SCHEMA}.job`)}
       where state = 'failed' order by completed_on desc nulls last limit ${limit}`.execute(this.#db);
    return result.rows.map((r) => ({
      id: r.id,
      queue: r.name,
      attempts: r.retry_count + 1,
      lastError: describeOutput(r.output),
      createdAt: r.created_on.toISOString(),
      failedAt: r.completed_on ? r.completed_on.toISOString() : null,
    }));
  }

  async retry(id: string): Promise<void> {
    await this.#ensureBoss();
    const row = await sql<{ name: string }>`select name from ${sql.table(`${SCHEMA}.job`)} where id = ${id}`.execute(this.#db);
    const name = row.rows[0]?.name;
    if (name) await this.#boss.retry(name, id);
  }

  async discard(queue: string, field: string, value: string): Promise<number> {
    await this.#ensureBoss();
    let removed = 0;
    // pg-boss keeps finished jobs in its archive table for a while; both hold the payload.
    for (const table of ['job', 'archive']) {
      const result = await sql`delete from ${sql.table(`${SCHEMA}.${table}`)} where name = ${queue} and data ->> ${field} = ${value}`.execute(this.#db);
      removed += Number(result.numAffectedRows ?? 0);
    }
    return removed;
  }

  #ensureBoss(): Promise<void> {
    this.#started ??= this.#boss.start().then(() => undefined);
    return this.#started;
  }

  async #ensureQueue(queue: string) {
    if (this.#createdQueues.has(queue)) return;
    await this.#boss.createQueue(queue);
    this.#createdQueues.add(queue);
  }
}

/** pg-boss stores a thrown error as `{ name, message, stack }`; keep name and message only. */
function describeOutput(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { name?: unknown; message?: unknown };
    if (typeof o.message === 'string') return `${typeof o.name === 'string' ? o.name : 'Error'}: ${o.message}`.slice(0, 2000);
  }
  return output === null || output === undefined ? '' : JSON.stringify(output).slice(0, 2000);
}
