import { renderCertificatePdf } from '@destalk/core/certificates/pdf';
import { certificateForDocument } from '@destalk/core/certificates/queries/certificates';
import type { Route } from './+types/learn-certificate-pdf';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';

/** The holder's certificate as a PDF, in their language, with the link its QR code opens. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const certificate = await certificateForDocument(context.platform, actor, params.certificateId, locale);
    const { config } = context.platform;
    const pdf = await renderCertificatePdf(certificate, { t: context.platform.translate(locale), locale, appName: config.appName, verifyUrl: `${config.publicUrl}/verify/${certificate.code}` });
    return new Response(new Uint8Array(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="certificate-${certificate.code}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  });
}
