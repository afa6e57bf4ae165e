import { SECTORS } from '@destalk/core/organisations/schema';
import { renderFunderReport } from '@destalk/core/reports/funder-pdf';
import { impactReport } from '@destalk/core/reports/impact-report';
import type { Route } from './+types/reports-pdf';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { filtersFrom, requestedScope } from '../lib/reports.server.ts';

/** The printable funder report for the dashboard's scope, period and filters. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const query = new URL(request.url).searchParams;
    const { scope, scopes, key } = await requestedScope(context.platform, actor, query);
    const filters = filtersFrom(query, context.platform.clock.now());
    const report = await impactReport(context.platform, scope, filters, t, locale);
    const named = scopes.find((s) => s.scope.kind === scope.kind && (s.scope.kind === 'platform' || (scope.kind !== 'platform' && 'id' in s.scope && s.scope.id === scope.id)));
    const scopeName = scope.kind === 'platform' ? t('report:pdf.platform') : (named?.name ?? '');
    const organisation = filters.organisationId ? (await context.platform.db.selectFrom('organisations').select('name').where('id', '=', filters.organisationId).executeTakeFirst())?.name : undefined;
    const filterText = [filters.sector && (SECTORS as readonly string[]).includes(filters.sector) ? t(`domain:sector.${filters.sector}`) : null, filters.country ? (new Intl.DisplayNames([locale], { type: 'region' }).of(filters.country) ?? filters.country) : null, organisation ?? null].filter(Boolean).join(', ');
    const pdf = await renderFunderReport(report, { appName: context.platform.config.appName, scopeName, from: filters.from, to: filters.to, filters: filterText, generatedAt: context.platform.clock.now() }, t, locale);
    await context.platform.audit.record({ event: 'report.exported', actorUserId: actor.userId, organisationId: scope.kind === 'organisation' ? scope.id : null, subjectType: 'report', subjectId: 'funder-report', requestId: context.requestId ?? null, data: { scope: key, format: 'pdf', from: filters.from, to: filters.to } });
    return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="impact-report-${filters.from}-${filters.to}.pdf"` } });
  });
}
