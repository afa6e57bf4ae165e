import { PASSWORD_MIN_LENGTH } from '@destalk/core/accounts/auth';
import { signUp } from '@destalk/core/accounts/commands/sign-up';
import { Button, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/sign-up';
import { AuthPage } from '../components/auth-page.tsx';
import { ConfirmCheckbox } from '../components/confirm-checkbox.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { privacyNotices } from '../lib/privacy-notice.server.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  if (await context.actor()) throw redirect('/dashboard');
  const { t } = await getTranslator(request, context);
  return { title: t('auth:signUp.title'), minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(request, context, async (form) => {
    // The version of the notice the form links to is what the tick accepts.
    await signUp(context.platform, form, await requestMeta(request, context), { version: privacyNotices.version });
    // The address is not put in the URL: addresses stay out of logs and browser history.
    throw redirect('/sign-up/check-email');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <AuthPage
      title={t('auth:signUp.title')}
      lead={t('auth:signUp.lead')}
      footer={
        <>
          {t('auth:signUp.haveAccount')} <Link to="/sign-in">{t('auth:signIn.submit')}</Link>
        </>
      }
    >
      <FormErrors state={state} />
      <Form method="post" className="flex flex-col gap-5" noValidate>
        <TextField name="name" label={t('auth:fields.name')} description={t('auth:fields.nameHint')} autoComplete="name" isRequired defaultValue={state?.values.name} errors={state?.fieldErrors.name} />
        <TextField name="email" type="email" label={t('auth:fields.email')} autoComplete="email" isRequired defaultValue={state?.values.email} errors={state?.fieldErrors.email} />
        <TextField name="password" type="password" label={t('auth:fields.password')} description={t('auth:fields.passwordHint', { min: loaderData.minLength })} autoComplete="new-password" isRequired errors={state?.fieldErrors.password} />
        <div className="flex flex-col gap-3 rounded-md border border-line bg-surface-muted p-4">
          <p className="text-sm">
            {t('privacy:signUp.read')} <Link to="/privacy">{t('privacy:footerLink')}</Link>
          </p>
          <p className="text-sm text-muted">{t('auth:signUp.privacy')}</p>
          <ConfirmCheckbox name="privacyNotice" label={t('privacy:signUp.accept')} errors={state?.fieldErrors.privacyNotice} />
        </div>
        <Button type="submit">{t('auth:signUp.submit')}</Button>
      </Form>
    </AuthPage>
  );
}
