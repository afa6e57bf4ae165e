import { toCsv, toXlsx } from '@destalk/core/export/tabular';
import { registrationsTable } from '@destalk/core/events/queries/organiser';
import { AppError } from '@destalk/core/errors';
import type { Route } from './+types/org-event-export';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The registrations with consents and answers as CSV or XLSX (organisers of the event only; the export is audited). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    if (params.format !== 'csv' && params.format !== 'xlsx') throw new AppError('not_found');
    const event = await context.platform.db.selectFrom('events').select(['organisationId', 'slug']).where('id', '=', params.eventId).executeTakeFirst();
    if (!event || event.organisationId !== params.organisationId) throw new AppError('not_found');
    const table = await registrationsTable(context.platform, actor, params.eventId, t, locale, context.requestId);
    const headers = { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="${event.slug}-registrations.${params.format}"` };
    if (params.format === 'csv') return new Response(toCsv(table), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
    return new Response(new Uint8Array(await toXlsx(table)), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  });
}
