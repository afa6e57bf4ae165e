export { DatabaseRateLimiter, RATE_LIMITS } from './rate-limit.ts';
export type { RateLimiter, RateLimitRule } from './rate-limit.ts';
