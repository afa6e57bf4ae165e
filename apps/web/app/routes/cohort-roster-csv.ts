import { cohortRoster } from '@destalk/core/learning/queries/roster';
import { rosterCsv } from '@destalk/core/learning/queries/roster-csv';
import type { Route } from './+types/cohort-roster-csv';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The roster as a spreadsheet file, in the facilitator's language. Never cached. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const roster = await cohortRoster(context.platform, actor, params.cohortId, locale);
    // An ASCII file name (headers are ASCII); accents folded, anything else a hyphen.
    const slug = roster.cohort.title.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
    const file = `${slug || 'cohort'}.csv`;
    return new Response(rosterCsv(roster, context.platform.translate(locale)), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'private, no-store' },
    });
  });
}
