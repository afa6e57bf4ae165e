import { createHmac } from 'node:crypto';
import type { DB, Kysely } from '@destalk/db';
import { toNumber } from '@destalk/db';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';

export interface RateLimitRule {
  /** What is limited, e.g. `sign-in:email`. */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * The limits of the account endpoints. Per-address limits stop guessing one account's password;
 * per-client limits stop one client from spraying many accounts. Limits are the same whether
 * or not an account exists, so they reveal nothing about who has an account.
 */
export const RATE_LIMITS = {
  signInPerEmail: { name: 'sign-in:email', limit: 8, windowMs: 15 * 60_000 },
  signInPerClient: { name: 'sign-in:client', limit: 30, windowMs: 15 * 60_000 },
  signUpPerClient: { name: 'sign-up:client', limit: 10, windowMs: 60 * 60_000 },
  resetPerEmail: { name: 'reset:email', limit: 3, windowMs: 60 * 60_000 },
  resetPerClient: { name: 'reset:client', limit: 10, windowMs: 60 * 60_000 },
  magicLinkPerEmail: { name: 'magic-link:email', limit: 3, windowMs: 15 * 60_000 },
  magicLinkPerClient: { name: 'magic-link:client', limit: 10, windowMs: 60 * 60_000 },
  twoFactorPerClient: { name: 'two-factor:client', limit: 10, windowMs: 10 * 60_000 },
  invitePerActor: { name: 'invite:actor', limit: 60, windowMs: 60 * 60_000 },
  eventRegisterPerClient: { name: 'event-register:client', limit: 20, windowMs: 60 * 60_000 },
  /** Registrations without a solved challenge (no JavaScript): a human rarely sends more. */
  eventRegisterSlowPerClient: { name: 'event-register-slow:client', limit: 5, windowMs: 60 * 60_000 },
  eventRegisterPerEmail: { name: 'event-register:email', limit: 5, windowMs: 60 * 60_000 },
} as const satisfies Record<string, RateLimitRule>;

export interface RateLimiter {
  /** Counts one attempt; throws AppError('rate_limited') with retry-after once the limit is passed. */
  consume(rule: RateLimitRule, subject: string): Promise<void>;
}

/**
 * A fixed-window counter in the database (so several web instances share it). Subjects (e-mail
 * addresses, client addresses) are stored only as keyed hashes: the table holds no personal data.
 * One atomic upsert per attempt, identical on SQLite and PostgreSQL.
 */
export class DatabaseRateLimiter implements RateLimiter {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly secret: string,
  ) {}

  async consume(rule: RateLimitRule, subject: string): Promise<void> {
    const key = `${rule.name}:${createHmac('sha256', this.secret).update(subject.trim().toLowerCase()).digest('base64url')}`;
    const now = this.clock.now().getTime();
    const expiredBefore = now - rule.windowMs;
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, windowStartedAt: now, hits: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          hits: eb
            .case()
            .when('rate_limits.windowStartedAt', '<=', expiredBefore)
            .then(1)
            .else(eb('rate_limits.hits', '+', 1))
            .end(),
          windowStartedAt: eb
            .case()
            .when('rate_limits.windowStartedAt', '<=', expiredBefore)
            .then(now)
            .else(eb.ref('rate_limits.windowStartedAt'))
            .end(),
        })),
      )
      .returning(['hits', 'windowStartedAt'])
      .executeTakeFirstOrThrow();
    if (row.hits > rule.limit) {
      const resetAt = toNumber(row.windowStartedAt) + rule.windowMs;
      throw new AppError('rate_limited', `rate limit ${rule.name} exceeded`, { retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) });
    }
  }

  /** Deletes counters whose window ended long ago (run by the retention job). */
  async sweep(olderThanMs = 24 * 60 * 60_000): Promise<number> {
    const result = await this.db
      .deleteFrom('rate_limits')
      .where('windowStartedAt', '<', this.clock.now().getTime() - olderThanMs)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
