import { verifyMagicLink } from '@destalk/core/accounts/commands/verify-magic-link';
import { AppError } from '@destalk/core/errors';
import { Alert, Button } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form } from 'react-router';
import type { Route } from './+types/magic-link-verify';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { formFailure, readForm, redirectWithCookies } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return { title: t('auth:magicLink.verifyTitle'), token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  try {
    const result = await verifyMagicLink(context.platform, { token: form.token }, await requestMeta(request, context));
    return redirectWithCookies('/dashboard', result.setCookies);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return data({ refused: true as const }, { status: 403 });
    return formFailure(error, request, t, form);
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function MagicLinkVerify({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const refused = actionData && 'refused' in actionData;
  return (
    <AuthPage title={t('auth:magicLink.verifyTitle')}>
      <FormErrors state={stateFor(actionData)} />
      {refused ? <Alert tone="warning">{t('auth:magicLink.refused')}</Alert> : null}
      {loaderData.token && !refused ? (
        <Form method="post" className="flex flex-col gap-5">
          <p>{t('auth:magicLink.verifyText')}</p>
          <input type="hidden" name="token" value={loaderData.token} />
          <Button type="submit">{t('auth:magicLink.verifySubmit')}</Button>
        </Form>
      ) : null}
      {!loaderData.token ? <Alert tone="warning">{t('auth:verifyEmail.missingToken')}</Alert> : null}
    </AuthPage>
  );
}
