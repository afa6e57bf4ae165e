import { Alert, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import type { Route } from './+types/privacy';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { privacyNotices } from '../lib/privacy-notice.server.ts';

/** The privacy notice, public: in the reader's language (or in English, saying so). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  const { notice, fallback } = privacyNotices.get(locale);
  return {
    title: notice.title,
    notice: { title: notice.title, html: notice.html, lang: notice.locale },
    version: t('privacy:notice.version', { version: notice.version, date: formatDate(notice.updated, locale) }),
    fallback,
  };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Privacy({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      {d.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('privacy:notice.fallback')}
        </Alert>
      ) : null}
      <div lang={d.notice.lang}>
        <PageHeader title={d.notice.title} eyebrow={d.version} />
        {/* Rendered and sanitised on the server (packages/core/src/content/markdown.ts). */}
        <div className="prose-guide" dangerouslySetInnerHTML={{ __html: d.notice.html }} />
      </div>
    </Container>
  );
}
