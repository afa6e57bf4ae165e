import { AppError } from '@destalk/core/errors';
import type { Actor } from '@destalk/core/accounts/actor';
import type { Platform } from '@destalk/core/platform';
import { type ReportFilters, reportFilters } from '@destalk/core/reports/schema';
import { authorizeReport, parseScope, type ReportScope, reportScopesOf, scopeKey } from '@destalk/core/reports/scope';
import { parseInput } from '@destalk/core/validation';

/** The last twelve months up to today (UTC): the dashboard's default period. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: from.toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
}

/** Filters from a query string, validated; empty values mean "all". */
export function filtersFrom(params: URLSearchParams, now: Date): ReportFilters {
  const period = defaultPeriod(now);
  const value = (k: string) => params.get(k)?.trim() || undefined;
  return parseInput(reportFilters, { from: value('from') ?? period.from, to: value('to') ?? period.to, sector: value('sector'), country: value('country')?.toUpperCase(), organisationId: value('organisationId') });
}

/** The scope the request asks for (`?scope=`), else the actor's first; authorized. */
export async function requestedScope(platform: Pick<Platform, 'db'>, actor: Actor, params: URLSearchParams) {
  const scopes = await reportScopesOf(platform, actor);
  const asked = params.get('scope');
  const scope: ReportScope | undefined = asked ? (parseScope(asked) ?? undefined) : scopes[0]?.scope;
  if (!scope) throw new AppError(actor.isPlatformAdmin || actor.memberships.some((m) => m.role === 'coordinator') ? 'not_found' : 'forbidden');
  authorizeReport(actor, scope);
  return { scope, scopes, key: scopeKey(scope) };
}
