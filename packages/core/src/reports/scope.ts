import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';

/** Whose figures a report shows: the platform, a region, or one organisation. */
export type ReportScope = { kind: 'platform' } | { kind: 'region'; id: string } | { kind: 'organisation'; id: string };

export function scopeKey(scope: ReportScope): string {
  return scope.kind === 'platform' ? 'platform' : `${scope.kind}:${scope.id}`;
}

export function parseScope(value: string | null | undefined): ReportScope | null {
  if (value === 'platform') return { kind: 'platform' };
  const m = /^(region|organisation):([A-Za-z0-9-]{1,64})$/.exec(value ?? '');
  return m ? { kind: m[1] as 'region' | 'organisation', id: m[2]! } : null;
}

/**
 * Who may read which report. Admins (with their second factor): any scope. Coordinators: each
 * organisation they coordinate, and the region of each — aggregates over the region's
 * organisations, which suppression keeps free of individuals. Others: none (`forbidden`), and a
 * scope outside the actor's reach is `not_found`, as for every other record.
 */
export function authorizeReport(actor: Actor, scope: ReportScope): void {
  if (actor.isPlatformAdmin) {
    if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
    return;
  }
  const coordinates = actor.memberships.filter((m) => m.role === 'coordinator');
  if (!coordinates.length) throw new AppError('forbidden');
  if (!actor.twoFactorEnabled) throw new AppError('two_factor_required');
  const allowed = scope.kind === 'organisation' ? coordinates.some((m) => m.organisationId === scope.id) : scope.kind === 'region' ? coordinates.some((m) => m.regionId === scope.id) : false;
  if (!allowed) throw new AppError('not_found');
}

/** The scopes the actor may choose, named, the narrowest first. */
export async function reportScopesOf(platform: Pick<Platform, 'db'>, actor: Actor): Promise<Array<{ scope: ReportScope; name: string }>> {
  if (actor.isPlatformAdmin) {
    const [regions, organisations] = await Promise.all([
      platform.db.selectFrom('regions').select(['id', 'name']).orderBy('name').execute(),
      platform.db.selectFrom('organisations').select(['id', 'name']).where('archivedAt', 'is', null).orderBy('name').execute(),
    ]);
    return [
      { scope: { kind: 'platform' }, name: '' },
      ...regions.map((r) => ({ scope: { kind: 'region' as const, id: r.id }, name: r.name })),
      ...organisations.map((o) => ({ scope: { kind: 'organisation' as const, id: o.id }, name: o.name })),
    ];
  }
  const coordinates = actor.memberships.filter((m) => m.role === 'coordinator');
  const regionIds = [...new Set(coordinates.map((m) => m.regionId))];
  const regions = regionIds.length ? await platform.db.selectFrom('regions').select(['id', 'name']).where('id', 'in', regionIds).orderBy('name').execute() : [];
  return [...coordinates.map((m) => ({ scope: { kind: 'organisation' as const, id: m.organisationId }, name: m.organisationName })), ...regions.map((r) => ({ scope: { kind: 'region' as const, id: r.id }, name: r.name }))];
}
