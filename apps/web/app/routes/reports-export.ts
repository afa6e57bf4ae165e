import { AppError } from '@destalk/core/errors';
import { toCsv, toXlsx } from '@destalk/core/export/tabular';
import { tableForExport } from '@destalk/core/reports/export';
import { impactReport, REPORT_TABLES, type ReportTableKey } from '@destalk/core/reports/impact-report';
import type { Route } from './+types/reports-export';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { filtersFrom, requestedScope } from '../lib/reports.server.ts';

/** One dashboard table as CSV or XLSX, for the same scope and filters; suppressed cells stay "< k". */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const m = /^([A-Za-z]+)\.(csv|xlsx)$/.exec(params.file);
    if (!m || !(REPORT_TABLES as readonly string[]).includes(m[1]!)) throw new AppError('not_found');
    const query = new URL(request.url).searchParams;
    const { scope, key } = await requestedScope(context.platform, actor, query);
    const filters = filtersFrom(query, context.platform.clock.now());
    const report = await impactReport(context.platform, scope, filters, t, locale);
    const table = tableForExport(report.tables.find((x) => x.key === (m[1] as ReportTableKey))!, report.k, t);
    await context.platform.audit.record({ event: 'report.exported', actorUserId: actor.userId, organisationId: scope.kind === 'organisation' ? scope.id : null, subjectType: 'report', subjectId: m[1]!, requestId: context.requestId ?? null, data: { scope: key, format: m[2]!, from: filters.from, to: filters.to } });
    const name = `impact-${m[1]}-${filters.from}-${filters.to}.${m[2]}`;
    const headers = { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="${name}"` };
    if (m[2] === 'csv') return new Response(toCsv(table), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
    return new Response(new Uint8Array(await toXlsx(table)), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  });
}
