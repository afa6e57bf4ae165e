import { joinThroughPersonalLink } from '@destalk/core/events/commands/attendance';
import { redirect } from 'react-router';
import type { Route } from './+types/event-join';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The personal join link: records attendance and sends the registrant on to the meeting (only in the join window). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return guardLoader(request, async () => redirect(await joinThroughPersonalLink(context.platform, params.token)));
}
