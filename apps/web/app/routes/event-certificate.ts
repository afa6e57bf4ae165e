import { renderAttendancePdf } from '@destalk/core/events/certificate-pdf';
import { attendanceCertificate } from '@destalk/core/events/queries/personal';
import type { Route } from './+types/event-certificate';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The attendance certificate, for a registrant recorded present who asked for it. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const data = await attendanceCertificate(context.platform, params.token, locale);
    const pdf = await renderAttendancePdf(data, { t, appName: context.platform.config.appName });
    return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="attendance-certificate.pdf"', 'Cache-Control': 'private, no-store' } });
  });
}
