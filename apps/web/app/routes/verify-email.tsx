import { verifyEmail } from '@destalk/core/accounts/commands/verify-email';
import { Alert, Button } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/verify-email';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

/** Opening the e-mailed link shows a button; only pressing it uses the token (mail scanners only open links). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('auth:verifyEmail.title'), token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(request, context, async (form) => {
    await verifyEmail(context.platform, { token: form.token }, await requestMeta(request, context));
    throw redirect('/sign-in?notice=email-verified');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <AuthPage title={t('auth:verifyEmail.title')}>
      <FormErrors state={stateFor(actionData)} />
      {loaderData.token ? (
        <Form method="post" className="flex flex-col gap-5">
          <p>{t('auth:verifyEmail.text')}</p>
          <input type="hidden" name="token" value={loaderData.token} />
          <Button type="submit">{t('auth:verifyEmail.submit')}</Button>
        </Form>
      ) : (
        <Alert tone="warning">{t('auth:verifyEmail.missingToken')}</Alert>
      )}
    </AuthPage>
  );
}
