import { verifyCertificate } from '@destalk/core/certificates/queries/certificates';
import { verifyPathwayCertificate } from '@destalk/core/pathways/queries/certificates';
import { AppError } from '@destalk/core/errors';
import { Alert, Card, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import type { Route } from './+types/verify-code';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { VerifyForm } from './verify.tsx';

/**
 * Public: what a certificate's QR code opens. Says valid, expired or revoked with the least personal
 * data; an unknown code is a 404 page that says so, with the form to try again.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  const code = params.code.slice(0, 40);
  try {
    // Course certificates first, then pathway certificates (same code format, same page).
    const pathway = await verifyPathwayCertificate(context.platform, code, locale);
    const found = pathway ?? (await verifyCertificate(context.platform, code, locale));
    return {
      kind: pathway ? ('pathway' as const) : ('course' as const),
      title: t('certificates:verify.resultTitle', { code }),
      code,
      result: { ...found, issued: formatDate(found.issuedAt, locale), validUntil: formatDate(found.expiresAt, locale), revoked: found.revokedAt ? formatDate(found.revokedAt, locale) : null },
    };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    return data({ title: t('certificates:verify.resultTitle', { code }), code, kind: 'course' as const, result: null }, { status: 404 });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => [...pageMeta(d, matches), { name: 'robots', content: 'noindex' }];

export default function VerifyCode({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const r = d.result;
  return (
    <Container>
      <PageHeader eyebrow={t('certificates:verify.title')} title={t('certificates:verify.resultTitle', { code: d.code })} />
      <div className="flex flex-col gap-6">
        {!r ? (
          <Alert tone="warning">{t('certificates:verify.notFound')}</Alert>
        ) : (
          <>
            <Alert tone={r.status === 'valid' ? 'success' : r.status === 'expired' ? 'warning' : 'danger'}>
              <strong>{r.status === 'valid' ? t('certificates:verify.valid') : r.status === 'expired' ? t('certificates:verify.expired', { date: r.validUntil }) : t('certificates:verify.revoked', { date: r.revoked })}</strong>
            </Alert>
            <Card>
              <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t('certificates:verify.holder')}</dt>
                {/* A holder who deleted their account: the certificate still verifies, without a name. */}
                <dd>{r.holder || <span className="italic text-muted">{t('privacy:verify.holderRemoved')}</span>}</dd>
                <dt className="font-semibold">{d.kind === 'pathway' ? t('practise:pathways.verifyLabel') : t('certificates:verify.course')}</dt>
                <dd>{r.courseTitle}</dd>
                <dt className="font-semibold">{t('certificates:verify.issued')}</dt>
                <dd>{r.issued}</dd>
                <dt className="font-semibold">{t('certificates:verify.validUntil')}</dt>
                <dd>{r.validUntil}</dd>
              </dl>
              <p className="mt-4 text-sm text-muted">{t('certificates:verify.privacy')}</p>
            </Card>
          </>
        )}
        <section aria-labelledby="another-title">
          <h2 id="another-title" className="mb-3 text-xl">
            {t('certificates:verify.another')}
          </h2>
          <VerifyForm />
        </section>
      </div>
    </Container>
  );
}
