import { calendarFile } from '@destalk/core/events/ics';
import { calendarEntry } from '@destalk/core/events/notify';
import { registrationByToken } from '@destalk/core/events/commands/registration';
import { AppError } from '@destalk/core/errors';
import type { Route } from './+types/event-calendar';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The calendar file of a seated registration (the same entry as in the confirmation e-mail). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const registration = await registrationByToken(context.platform, params.token);
    if (registration.status !== 'confirmed') throw new AppError('not_found');
    const event = await context.platform.db
      .selectFrom('events')
      .select(['id', 'startsAt', 'endsAt', 'timezone', 'title', 'summary', 'venue', 'createdAt', 'updatedAt'])
      .where('id', '=', registration.eventId)
      .executeTakeFirstOrThrow();
    const ics = calendarFile(calendarEntry(context.platform, event, registration.id, locale));
    return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'attachment; filename="event.ics"', 'Cache-Control': 'private, no-store' } });
  });
}
