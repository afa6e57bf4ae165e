import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for.ts';
import { createJobQueue } from './create-job-queue.ts';

// pg-boss exists only on PostgreSQL; on a run without PostgreSQL this suite has no cases
// (CI requires PostgreSQL, so there it always runs).
describe.each(testDialects().filter((d) => d === 'postgres'))('pg-boss queue on %s', (dialect) => {
  it('is the queue chosen for PostgreSQL and works a job with its payload', async () => {
    const handle = await createTestDatabase(dialect);
    const queue = createJobQueue(handle, { databaseUrl: handle.url, pollIntervalMs: 500 });
    try {
      expect(queue.kind).toBe('pg-boss');
      const seen: unknown[] = [];
      queue.register<{ n: number }>('test-echo', async (payload, ctx) => {
        seen.push({ payload, attempt: ctx.attempt });
      });
      await queue.start();
      await queue.enqueue('test-echo', { n: 3 });
      await waitFor(() => seen.length === 1, { what: 'the job to run' });
      expect(seen).toEqual([{ payload: { n: 3 }, attempt: 1 }]);
    } finally {
      await queue.stop();
      await handle.destroy();
    }
  });

  it('retries a failing job, then lists it as failed with its error, and retries it on request', async () => {
    const handle = await createTestDatabase(dialect);
    const queue = createJobQueue(handle, { databaseUrl: handle.url, pollIntervalMs: 500 });
    try {
      const attempts: number[] = [];
      let succeed = false;
      queue.register('test-flaky', async (_payload, ctx) => {
        attempts.push(ctx.attempt);
        if (!succeed) throw new Error('smtp unreachable');
      });
      await queue.start();
      const id = await queue.enqueue('test-flaky', {}, { retryLimit: 1, retryDelaySeconds: 1 });
      const failed = await waitFor(async () => {
        const list = await queue.listFailed();
        return list.length === 1 ? list : undefined;
      }, { timeoutMs: 20_000, what: 'the job to fail' });
      expect(attempts).toEqual([1, 2]);
      expect(failed[0]).toMatchObject({ id, queue: 'test-flaky', attempts: 2, lastError: 'Error: smtp unreachable' });

      succeed = true;
      await queue.retry(id);
      await waitFor(() => attempts.length === 3, { timeoutMs: 20_000, what: 'the retried job to run' });
      await waitFor(async () => (await queue.listFailed()).length === 0, { what: 'the failed list to empty' });
    } finally {
      await queue.stop();
      await handle.destroy();
    }
  });

  it('discards the jobs of a queue whose payload field matches, done or waiting', async () => {
    const handle = await createTestDatabase(dialect);
    const queue = createJobQueue(handle, { databaseUrl: handle.url, pollIntervalMs: 500 });
    try {
      const seen: string[] = [];
      queue.register<{ to: string }>('test-mail', async (payload) => {
        seen.push(payload.to);
      });
      await queue.start();
      await queue.enqueue('test-mail', { to: 'gone@example.org' });
      await waitFor(() => seen.length === 1, { what: 'the first job to run' });
      await queue.enqueue('test-mail', { to: 'gone@example.org' }, { startAfter: new Date(Date.now() + 3_600_000) });
      await queue.enqueue('test-mail', { to: 'stays@example.org' }, { startAfter: new Date(Date.now() + 3_600_000) });
      expect(await queue.discard('test-mail', 'to', 'gone@example.org')).toBe(2);
      expect(await queue.discard('test-mail', 'to', 'gone@example.org')).toBe(0);
    } finally {
      await queue.stop();
      await handle.destroy();
    }
  });
});
