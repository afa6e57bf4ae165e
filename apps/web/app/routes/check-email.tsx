import { useTranslation } from 'react-i18next';
import type { Route } from './+types/check-email';
import { AuthPage } from '../components/auth-page.tsx';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('auth:checkEmail.title') };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CheckEmail() {
  const { t } = useTranslation();
  return (
    <AuthPage title={t('auth:checkEmail.title')}>
      <p>{t('auth:checkEmail.textNoEmail')}</p>
      <p className="text-sm text-muted">{t('auth:checkEmail.spam')}</p>
    </AuthPage>
  );
}
