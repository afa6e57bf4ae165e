import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { parseInput } from '../validation.ts';
import { z } from 'zod';
import { authorizeReport, parseScope, type ReportScope, reportScopesOf, scopeKey } from './scope.ts';

const PREFIX = 'dsk_';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const tokenInput = z.object({
  name: z.string().trim().min(1, 'validation:required').max(80, 'validation:tooLong'),
  scope: z.string().transform((v, ctx) => {
    const scope = parseScope(v);
    if (!scope || scope.kind === 'platform') {
      ctx.addIssue({ code: 'custom', message: 'validation:invalidInput' });
      return z.NEVER;
    }
    return scope;
  }),
});

/**
 * A read-only API token for the report figures of one organisation or region, for a funder's or a
 * region's own dashboard. Only its SHA-256 hash is kept; the token is shown once.
 */
export async function createApiToken(platform: Pick<Platform, 'db' | 'clock' | 'audit'>, actor: Actor, input: unknown, requestId?: string): Promise<{ id: string; token: string }> {
  const data = parseInput(tokenInput, input);
  authorizeReport(actor, data.scope);
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = newId();
  const scope = data.scope as Exclude<ReportScope, { kind: 'platform' }>;
  await platform.db.transaction().execute(async (trx) => {
    await trx.insertInto('api_tokens').values({ id, name: data.name, tokenHash: hash(token), scopeKind: scope.kind, scopeId: scope.id, createdByUserId: actor.userId, createdAt: platform.clock.now().toISOString(), lastUsedAt: null, revokedAt: null }).execute();
    await platform.audit.record({ event: 'api_token.created', actorUserId: actor.userId, organisationId: scope.kind === 'organisation' ? scope.id : null, subjectType: 'api_token', subjectId: id, requestId: requestId ?? null, data: { scope: scopeKey(scope) } }, trx);
  });
  return { id, token };
}

/** The tokens of every scope the actor may report on, newest first (never the token itself). */
export async function apiTokensOf(platform: Pick<Platform, 'db'>, actor: Actor) {
  const scopes = await reportScopesOf(platform, actor);
  const names = new Map(scopes.map((s) => [scopeKey(s.scope), s.name]));
  const rows = await platform.db
    .selectFrom('api_tokens')
    .leftJoin('users', 'users.id', 'api_tokens.createdByUserId')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.scopeKind', 'api_tokens.scopeId', 'api_tokens.createdAt', 'api_tokens.lastUsedAt', 'api_tokens.revokedAt', 'users.name as createdBy'])
    .orderBy('api_tokens.createdAt', 'desc')
    .execute();
  return rows
    .filter((r) => names.has(`${r.scopeKind}:${r.scopeId}`))
    .map((r) => ({ id: r.id, name: r.name, scope: `${r.scopeKind}:${r.scopeId}`, scopeName: names.get(`${r.scopeKind}:${r.scopeId}`) ?? '', createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt, createdBy: r.createdBy ?? '' }));
}

export async function revokeApiToken(platform: Pick<Platform, 'db' | 'clock' | 'audit'>, actor: Actor, tokenId: string, requestId?: string): Promise<void> {
  const row = await platform.db.selectFrom('api_tokens').select(['id', 'scopeKind', 'scopeId', 'revokedAt']).where('id', '=', tokenId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const scope = { kind: row.scopeKind, id: row.scopeId } as ReportScope;
  authorizeReport(actor, scope);
  if (row.revokedAt) return;
  await platform.db.transaction().execute(async (trx) => {
    await trx.updateTable('api_tokens').set({ revokedAt: platform.clock.now().toISOString() }).where('id', '=', tokenId).execute();
    await platform.audit.record({ event: 'api_token.revoked', actorUserId: actor.userId, organisationId: scope.kind === 'organisation' ? scope.id : null, subjectType: 'api_token', subjectId: tokenId, requestId: requestId ?? null }, trx);
  });
}

/**
 * The scope an `Authorization: Bearer …` header grants, or `unauthenticated` for a missing, unknown
 * or revoked token (one answer for all three). Marks when it was last used (at most once a minute).
 */
export async function scopeOfBearer(platform: Pick<Platform, 'db' | 'clock'>, authorization: string | null): Promise<ReportScope> {
  const token = /^Bearer\s+(dsk_[A-Za-z0-9_-]{20,100})$/.exec(authorization ?? '')?.[1];
  if (!token) throw new AppError('unauthenticated');
  const row = await platform.db.selectFrom('api_tokens').select(['id', 'scopeKind', 'scopeId', 'revokedAt', 'lastUsedAt']).where('tokenHash', '=', hash(token)).executeTakeFirst();
  if (!row || row.revokedAt) throw new AppError('unauthenticated');
  const now = platform.clock.now();
  if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > 60_000) await platform.db.updateTable('api_tokens').set({ lastUsedAt: now.toISOString() }).where('id', '=', row.id).execute();
  return { kind: row.scopeKind, id: row.scopeId } as ReportScope;
}
