import { requestPasswordReset } from '@destalk/core/accounts/commands/request-password-reset';
import { Alert, Button, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/forgot-password';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('auth:forgot.title') };
}

export async function action({ request, context }: Route.ActionArgs) {
  return handleForm(request, context, async (form) => {
    await requestPasswordReset(context.platform, form, await requestMeta(request, context));
    return { sent: true as const };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const sent = actionData && 'sent' in actionData;
  return (
    <AuthPage title={t('auth:forgot.title')} lead={sent ? undefined : t('auth:forgot.lead')} footer={<Link to="/sign-in">{t('common:actions.back')}</Link>}>
      {sent ? (
        <Alert tone="success" live>
          {t('auth:forgot.sent')}
        </Alert>
      ) : (
        <>
          <FormErrors state={state} />
          <Form method="post" className="flex flex-col gap-5" noValidate>
            <TextField name="email" type="email" label={t('auth:fields.email')} autoComplete="email" isRequired defaultValue={state?.values.email} errors={state?.fieldErrors.email} />
            <Button type="submit">{t('auth:forgot.submit')}</Button>
          </Form>
        </>
      )}
    </AuthPage>
  );
}
