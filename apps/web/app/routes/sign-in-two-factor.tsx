import { verifyTwoFactorSignIn } from '@destalk/core/accounts/commands/verify-two-factor-sign-in';
import { AppError } from '@destalk/core/errors';
import { Button, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/sign-in-two-factor';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { formFailure, readForm, redirectWithCookies } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';
import { safeRedirectPath } from '../lib/safe-redirect.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await context.actor()) throw redirect('/dashboard');
  const { t } = await getTranslator(request, context);
  const url = new URL(request.url);
  const method = url.searchParams.get('method') === 'backup' ? 'backup' : 'totp';
  return { title: t('auth:twoFactor.title'), method, redirectTo: safeRedirectPath(url.searchParams.get('redirectTo')) } as const;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  const method = form.method === 'backup' ? 'backup_code' : 'totp';
  try {
    const result = await verifyTwoFactorSignIn(context.platform, method, { code: form.code }, await requestMeta(request, context));
    return redirectWithCookies(safeRedirectPath(form.redirectTo), result.setCookies);
  } catch (error) {
    // The pending sign-in (a 10-minute cookie) ran out: start again with the password.
    if (error instanceof AppError && error.code === 'gone') throw redirect('/sign-in?notice=two-factor-expired');
    return formFailure(error, request, t, form);
  }
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function SignInTwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const backup = loaderData.method === 'backup';
  const other = `/sign-in/two-factor?redirectTo=${encodeURIComponent(loaderData.redirectTo)}${backup ? '' : '&method=backup'}`;
  return (
    <AuthPage title={backup ? t('auth:twoFactor.backupTitle') : t('auth:twoFactor.title')} lead={backup ? undefined : t('auth:twoFactor.lead')}>
      <FormErrors state={state} />
      <Form method="post" className="flex flex-col gap-5" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <input type="hidden" name="method" value={loaderData.method} />
        {backup ? (
          <TextField name="code" label={t('auth:fields.backupCode')} description={t('auth:fields.backupCodeHint')} autoComplete="off" isRequired errors={state?.fieldErrors.code} />
        ) : (
          <TextField name="code" label={t('auth:fields.code')} description={t('auth:fields.codeHint')} autoComplete="one-time-code" inputMode="numeric" maxLength={6} isRequired errors={state?.fieldErrors.code} autoFocus />
        )}
        <Button type="submit">{t('auth:twoFactor.submit')}</Button>
      </Form>
      <p className="text-sm">
        <Link to={other}>{backup ? t('auth:twoFactor.useTotp') : t('auth:twoFactor.useBackup')}</Link>
      </p>
    </AuthPage>
  );
}
