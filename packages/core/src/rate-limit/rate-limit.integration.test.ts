import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { describe, expect, it } from 'vitest';
import { ManualClock, MINUTE } from '../clock.ts';
import { AppError } from '../errors.ts';
import { DatabaseRateLimiter } from './rate-limit.ts';

const rule = { name: 'test', limit: 3, windowMs: 10 * MINUTE };

describe.each(testDialects())('DatabaseRateLimiter on %s', (dialect) => {
  it('allows the limit, refuses the next attempt with retry-after, and resets after the window', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const clock = new ManualClock('2026-05-01T12:00:00.000Z');
      const limiter = new DatabaseRateLimiter(handle.db, clock, 'secret');
      for (let i = 0; i < 3; i++) await limiter.consume(rule, 'Ada@Example.org');
      clock.advance(4 * MINUTE);
      const error = await limiter.consume(rule, 'ada@example.org').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('rate_limited');
      expect((error as AppError).retryAfterSeconds).toBe(6 * 60);
      // Another subject has its own counter.
      await limiter.consume(rule, 'grace@example.org');
      clock.advance(6 * MINUTE);
      await limiter.consume(rule, 'ada@example.org');
      const stored = await handle.db.selectFrom('rate_limits').select('key').execute();
      expect(stored.map((r) => r.key).join(' ')).not.toContain('example.org');
    } finally {
      await handle.destroy();
    }
  });

  it('counts every one of 200 concurrent attempts exactly once', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const clock = new ManualClock();
      const limiter = new DatabaseRateLimiter(handle.db, clock, 'secret');
      const burst = { name: 'burst', limit: 50, windowMs: MINUTE };
      const results = await Promise.allSettled(Array.from({ length: 200 }, () => limiter.consume(burst, 'client-1')));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(50);
      expect(results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'rate_limited')).toHaveLength(150);
      const row = await handle.db.selectFrom('rate_limits').select('hits').executeTakeFirstOrThrow();
      expect(row.hits).toBe(200);
    } finally {
      await handle.destroy();
    }
  });
});
