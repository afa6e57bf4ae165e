import { PASSWORD_MIN_LENGTH } from '@destalk/core/accounts/auth';
import { resetPassword } from '@destalk/core/accounts/commands/reset-password';
import { Alert, Button, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/reset-password';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('auth:reset.title'), token: new URL(request.url).searchParams.get('token') ?? '', minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(request, context, async (form) => {
    await resetPassword(context.platform, form, await requestMeta(request, context));
    throw redirect('/sign-in?notice=password-reset');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <AuthPage title={t('auth:reset.title')} lead={t('auth:reset.lead')}>
      <FormErrors state={state} />
      {loaderData.token ? (
        <Form method="post" className="flex flex-col gap-5" noValidate>
          <input type="hidden" name="token" value={loaderData.token} />
          <TextField name="password" type="password" label={t('auth:fields.newPassword')} description={t('auth:fields.passwordHint', { min: loaderData.minLength })} autoComplete="new-password" isRequired errors={state?.fieldErrors.password} />
          <Button type="submit">{t('auth:reset.submit')}</Button>
        </Form>
      ) : (
        <Alert tone="warning">{t('auth:verifyEmail.missingToken')}</Alert>
      )}
    </AuthPage>
  );
}
