import { AppError, isAppError } from '@destalk/core/errors';
import { isLocale } from '@destalk/core/i18n/locales';
import { apiReport, apiTable } from '@destalk/core/reports/api';
import { impactReport, REPORT_TABLES } from '@destalk/core/reports/impact-report';
import { scopeOfBearer } from '@destalk/core/reports/tokens';
import type { Route } from './+types/api-reports';
import { STATUS_OF } from '../lib/errors.server.ts';
import { translatorForLocale } from '../lib/i18n.server.ts';
import { filtersFrom } from '../lib/reports.server.ts';

/**
 * GET /api/v1/reports and /api/v1/reports/{table}: the dashboard's figures for the token's
 * organisation or region, as JSON. Bearer tokens only (no cookies); errors are JSON too.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  try {
    const scope = await scopeOfBearer(context.platform, request.headers.get('authorization'));
    if (params.table !== undefined && !(REPORT_TABLES as readonly string[]).includes(params.table)) throw new AppError('not_found');
    const query = new URL(request.url).searchParams;
    const lang = query.get('lang');
    const locale = isLocale(lang) ? lang : 'en';
    const filters = filtersFrom(query, context.platform.clock.now());
    const report = await impactReport(context.platform, scope, filters, translatorForLocale(locale), locale);
    const body = params.table ? apiTable(report.tables.find((x) => x.key === params.table)!) : apiReport(report, scope, filters);
    return Response.json(body, { headers });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const status = STATUS_OF[error.code];
    return Response.json({ error: error.code, ...(error.fields ? { fields: Object.keys(error.fields) } : {}) }, { status, headers: status === 401 ? { ...headers, 'WWW-Authenticate': 'Bearer' } : headers });
  }
}
