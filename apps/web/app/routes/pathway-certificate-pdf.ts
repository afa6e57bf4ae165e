import { renderCertificatePdf } from '@destalk/core/certificates/pdf';
import { pathwayCertificateForDocument } from '@destalk/core/pathways/queries/certificates';
import type { Route } from './+types/pathway-certificate-pdf';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The holder's pathway certificate as a PDF (the course certificate's layout and QR verification). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    // Ownership is the rule: the query returns the actor's own certificate only (also after leaving an organisation).
    const certificate = await pathwayCertificateForDocument(context.platform, actor, params.certificateId, locale);
    const { config } = context.platform;
    const pdf = await renderCertificatePdf(certificate, { t: context.platform.translate(locale), locale, appName: config.appName, verifyUrl: `${config.publicUrl}/verify/${certificate.code}`, kind: 'pathway' });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="pathway-certificate-${certificate.code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
