import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { describe, expect, it } from 'vitest';
import { ManualClock, SECOND } from '../clock.ts';
import { DatabaseJobQueue } from './database-queue.ts';

// The database runner is what SQLite uses; it is portable, so it is proven on both databases.
describe.each(testDialects())('DatabaseJobQueue on %s', (dialect) => {
  it('runs a job once with its payload and marks it completed', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const queue = new DatabaseJobQueue(handle.db, { clock: new ManualClock() });
      const seen: unknown[] = [];
      queue.register<{ n: number }>('test.echo', async (payload, ctx) => {
        seen.push({ payload, attempt: ctx.attempt });
      });
      const id = await queue.enqueue('test.echo', { n: 7 });
      expect(await queue.drain()).toBe(1);
      expect(await queue.drain()).toBe(0);
      expect(seen).toEqual([{ payload: { n: 7 }, attempt: 1 }]);
      const row = await handle.db.selectFrom('jobs').select(['state', 'attempts']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toEqual({ state: 'completed', attempts: 1 });
    } finally {
      await handle.destroy();
    }
  });

  it('retries with exponential backoff, then fails visibly, and can be retried by an admin', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const clock = new ManualClock('2026-03-01T10:00:00.000Z');
      const queue = new DatabaseJobQueue(handle.db, { clock });
      let calls = 0;
      let succeed = false;
      queue.register('test.flaky', async () => {
        calls += 1;
        if (!succeed) throw new Error('smtp unreachable');
      });
      const id = await queue.enqueue('test.flaky', {}, { retryLimit: 2, retryDelaySeconds: 10 });

      expect(await queue.drain()).toBe(1); // attempt 1 fails, next run at +10 s
      clock.advance(9 * SECOND);
      expect(await queue.drain()).toBe(0);
      clock.advance(1 * SECOND);
      expect(await queue.drain()).toBe(1); // attempt 2 fails, next run at +20 s
      clock.advance(19 * SECOND);
      expect(await queue.drain()).toBe(0);
      clock.advance(1 * SECOND);
      expect(await queue.drain()).toBe(1); // attempt 3 fails: exhausted
      clock.advance(3600 * SECOND);
      expect(await queue.drain()).toBe(0);
      expect(calls).toBe(3);

      const failed = await queue.listFailed();
      expect(failed).toEqual([
        { id, queue: 'test.flaky', attempts: 3, lastError: 'Error: smtp unreachable', createdAt: '2026-03-01T10:00:00.000Z', failedAt: '2026-03-01T10:00:30.000Z' },
      ]);

      succeed = true;
      await queue.retry(id);
      expect(await queue.drain()).toBe(1);
      expect(calls).toBe(4);
      expect(await queue.listFailed()).toEqual([]);
    } finally {
      await handle.destroy();
    }
  });

  it('takes over a job whose worker died after its lock expired', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const clock = new ManualClock('2026-03-01T10:00:00.000Z');
      const queue = new DatabaseJobQueue(handle.db, { clock, lockTimeoutMs: 60_000 });
      const runs: number[] = [];
      queue.register('test.crash', async (_p, ctx) => {
        runs.push(ctx.attempt);
      });
      const id = await queue.enqueue('test.crash', {});
      // Simulate a process that claimed the job and died.
      await handle.db.updateTable('jobs').set({ state: 'active', attempts: 1, lockedUntil: '2026-03-01T10:01:00.000Z' }).where('id', '=', id).execute();
      expect(await queue.drain()).toBe(0);
      clock.advance(61 * SECOND);
      expect(await queue.drain()).toBe(1);
      expect(runs).toEqual([2]);
    } finally {
      await handle.destroy();
    }
  });

  it('discards the jobs of a queue whose payload field matches exactly, whatever their state', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const queue = new DatabaseJobQueue(handle.db, { clock: new ManualClock() });
      queue.register('test.mail', async () => {});
      await queue.enqueue('test.mail', { to: 'a_b@example.org' });
      await queue.drain();
      await queue.enqueue('test.mail', { to: 'a_b@example.org' });
      // Neither a LIKE-style near miss nor another queue is touched.
      await queue.enqueue('test.mail', { to: 'axb@example.org' });
      await queue.enqueue('test.other', { to: 'a_b@example.org' });
      expect(await queue.discard('test.mail', 'to', 'a_b@example.org')).toBe(2);
      const left = await handle.db.selectFrom('jobs').select(['queue', 'payload']).orderBy('queue').orderBy('payload').execute();
      expect(left).toEqual([
        { queue: 'test.mail', payload: '{"to":"axb@example.org"}' },
        { queue: 'test.other', payload: '{"to":"a_b@example.org"}' },
      ]);
    } finally {
      await handle.destroy();
    }
  });

  it('works jobs through the polling loop after start', async () => {
    const handle = await createTestDatabase(dialect);
    const queue = new DatabaseJobQueue(handle.db, { pollIntervalMs: 20 });
    try {
      const done = new Promise<unknown>((resolve) => queue.register('test.poll', async (payload) => resolve(payload)));
      await queue.start();
      await queue.enqueue('test.poll', { ok: true });
      expect(await done).toEqual({ ok: true });
    } finally {
      await queue.stop();
      await handle.destroy();
    }
  });
});
