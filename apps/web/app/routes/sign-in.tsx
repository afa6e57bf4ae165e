import { signIn } from '@destalk/core/accounts/commands/sign-in';
import { Alert, Button, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect, useNavigation } from 'react-router';
import type { Route } from './+types/sign-in';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { formFailure, readForm, redirectWithCookies } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';
import { requestMeta } from '../lib/request-meta.server.ts';
import { safeRedirectPath } from '../lib/safe-redirect.ts';

const NOTICES = ['signed-out', 'password-reset', 'email-verified', 'two-factor-expired'] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await context.actor()) throw redirect('/dashboard');
  const { t } = await getTranslator(request, context);
  const url = new URL(request.url);
  return { title: t('auth:signIn.title'), notice: noticeFrom(request, NOTICES), redirectTo: safeRedirectPath(url.searchParams.get('redirectTo')) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  const redirectTo = safeRedirectPath(form.redirectTo);
  try {
    const result = await signIn(context.platform, form, await requestMeta(request, context));
    if (result.value.status === 'two_factor_required') {
      return redirectWithCookies(`/sign-in/two-factor?redirectTo=${encodeURIComponent(redirectTo)}`, result.setCookies);
    }
    return redirectWithCookies(redirectTo, result.setCookies);
  } catch (error) {
    return formFailure(error, request, t, form);
  }
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

const NOTICE_TEXT: Record<(typeof NOTICES)[number], string> = {
  'signed-out': 'auth:signIn.signedOut',
  'password-reset': 'auth:signIn.passwordReset',
  'email-verified': 'auth:signIn.emailVerified',
  'two-factor-expired': 'auth:twoFactor.expired',
};

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const busy = useNavigation().state === 'submitting';
  return (
    <AuthPage
      title={t('auth:signIn.title')}
      lead={t('auth:signIn.lead')}
      footer={
        <>
          {t('auth:signIn.noAccount')} <Link to="/sign-up">{t('auth:signIn.createAccount')}</Link>
        </>
      }
    >
      {loaderData.notice ? <Alert tone={loaderData.notice === 'two-factor-expired' ? 'warning' : 'success'}>{t(NOTICE_TEXT[loaderData.notice])}</Alert> : null}
      <FormErrors state={state} />
      <Form method="post" className="flex flex-col gap-5" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextField name="email" type="email" label={t('auth:fields.email')} autoComplete="email" isRequired defaultValue={state?.values.email} errors={state?.fieldErrors.email} />
        <TextField name="password" type="password" label={t('auth:fields.password')} autoComplete="current-password" isRequired errors={state?.fieldErrors.password} />
        <Button type="submit" isDisabled={busy}>
          {t('auth:signIn.submit')}
        </Button>
      </Form>
      <div className="flex flex-col gap-2 text-sm">
        <Link to="/forgot-password">{t('auth:signIn.forgot')}</Link>
        <Link to="/magic-link">{t('auth:signIn.magicLink')}</Link>
      </div>
    </AuthPage>
  );
}
