import { buttonClass, Card, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/account-deleted';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

/**
 * Where a deleted account lands, signed out. A public page that shows the same to everyone: it
 * holds nothing about anybody, so reaching it proves nothing.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('privacy:deleted.title') };
}

export const meta: Route.MetaFunction = ({ data, matches }) => [...pageMeta(data, matches), { name: 'robots', content: 'noindex' }];

export default function AccountDeleted() {
  const { t } = useTranslation();
  return (
    <Container size="narrow">
      <PageHeader title={t('privacy:deleted.title')} />
      <Card>
        <p>{t('privacy:deleted.text')}</p>
        <p className="mt-3">{t('privacy:deleted.again')}</p>
        <p className="mt-5">
          <Link to="/" className={buttonClass('secondary')}>
            {t('privacy:deleted.home')}
          </Link>
        </p>
      </Card>
    </Container>
  );
}
