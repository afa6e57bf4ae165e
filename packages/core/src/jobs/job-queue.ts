/**
 * The one jobs interface of the platform. Two implementations: pg-boss on PostgreSQL
 * (pg-boss-queue.ts) and a database-backed runner for the embedded SQLite mode
 * (database-queue.ts). Domain code only ever sees this interface.
 */
export interface EnqueueOptions {
  /** Attempts after the first one. */
  retryLimit?: number;
  /** Seconds before the first retry; doubles on every further retry. */
  retryDelaySeconds?: number;
  /** Do not run before this moment. */
  startAfter?: Date;
}

export interface JobContext {
  id: string;
  /** 1 for the first attempt. */
  attempt: number;
}

export type JobHandler<T = unknown> = (payload: T, context: JobContext) => Promise<void>;

export interface FailedJob {
  id: string;
  queue: string;
  attempts: number;
  lastError: string;
  createdAt: string;
  failedAt: string | null;
}

export interface JobQueue {
  readonly kind: 'pg-boss' | 'database';
  /** Registers the handler for a queue; call before `start`. */
  register<T>(queue: string, handler: JobHandler<T>): void;
  enqueue<T extends object>(queue: string, payload: T, options?: EnqueueOptions): Promise<string>;
  /** Starts working the registered queues (enqueueing works without it, e.g. in the CLI). */
  start(): Promise<void>;
  /** Stops taking new jobs and waits for running ones. */
  stop(): Promise<void>;
  listFailed(limit?: number): Promise<FailedJob[]>;
  /** Puts a failed job back in its queue for another round of attempts. */
  retry(id: string): Promise<void>;
  /**
   * Removes every job of a queue, whatever its state (queued, finished, failed, archived), whose
   * payload field `field` equals `value` — for erasure: the e-mails to a deleted account hold its
   * address and name. Returns how many were removed.
   */
  discard(queue: string, field: string, value: string): Promise<number>;
}

export const DEFAULT_RETRY_LIMIT = 4;
export const DEFAULT_RETRY_DELAY_SECONDS = 30;

/** Error text kept for admins: the message only, never a payload (it may hold personal data). */
export function describeJobError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
