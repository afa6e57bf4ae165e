import { PASSWORD_MIN_LENGTH } from '@destalk/core/accounts/auth';
import { acceptInvitation, previewInvitation } from '@destalk/core/organisations/commands/accept-invitation';
import { acceptInvitationWithNewAccount } from '@destalk/core/organisations/commands/accept-invitation-with-new-account';
import { Alert, Button, buttonClass, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect, useLocation } from 'react-router';
import type { Route } from './+types/invitation';
import { AuthPage } from '../components/auth-page.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formFailure, readForm, redirectWithCookies } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

/** Anyone holding the link may see whom it invites where; accepting needs the invited address. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const invitation = await previewInvitation(context.platform, params.token);
    const actor = await context.actor();
    return {
      title: t('auth:invitation.title'),
      invitation,
      signedInAs: actor?.email ?? null,
      minLength: PASSWORD_MIN_LENGTH,
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  try {
    if (form.intent === 'accept') {
      const actor = await context.actor();
      if (!actor) throw redirect(`/sign-in?redirectTo=${encodeURIComponent(`/invitations/${params.token}`)}`);
      const joined = await acceptInvitation(context.platform, actor, params.token, context.requestId);
      throw redirect(joined.role === 'coordinator' && !actor.twoFactorEnabled ? '/account/two-factor?required=1' : '/dashboard?notice=joined');
    }
    const created = await acceptInvitationWithNewAccount(context.platform, params.token, form, await requestMeta(request, context));
    return redirectWithCookies(created.value.twoFactorRequired ? '/account/two-factor?required=1' : '/dashboard?notice=joined', created.setCookies);
  } catch (error) {
    return formFailure(error, request, t, form, form.intent);
  }
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { invitation, signedInAs } = loaderData;
  const role = t(`domain:role.${invitation.role}`);
  const state = stateFor(actionData);
  const here = useLocation().pathname;
  return (
    <AuthPage title={t('auth:invitation.title')}>
      {invitation.state === 'expired' ? <Alert tone="warning">{t('auth:invitation.expired')}</Alert> : null}
      {invitation.state === 'used' ? <Alert tone="warning">{t('auth:invitation.used')}</Alert> : null}
      {invitation.state === 'pending' ? (
        <>
          <p className="text-lg">{t('auth:invitation.text', { organisation: invitation.organisationName, role })}</p>
          <p className="text-sm text-muted">{t('auth:invitation.sentTo', { email: invitation.email })}</p>
          {invitation.role === 'coordinator' ? <Alert>{t('auth:invitation.coordinatorNote')}</Alert> : null}
          <FormErrors state={state} />
          {signedInAs ? (
            signedInAs === invitation.email ? (
              <Form method="post">
                <input type="hidden" name="intent" value="accept" />
                <Button type="submit">{t('auth:invitation.accept')}</Button>
              </Form>
            ) : (
              <Alert tone="warning">{t('auth:invitation.wrongAccount', { email: signedInAs })}</Alert>
            )
          ) : (
            <>
              <Form method="post" className="flex flex-col gap-5 border-t border-line pt-5" noValidate>
                <h2 className="text-xl">{t('auth:invitation.createTitle')}</h2>
                <p className="text-sm text-muted">{t('auth:invitation.createLead')}</p>
                <input type="hidden" name="intent" value="create" />
                <TextField name="email-display" type="email" label={t('auth:fields.email')} defaultValue={invitation.email} isReadOnly />
                <TextField name="name" label={t('auth:fields.name')} autoComplete="name" isRequired defaultValue={state?.values.name} errors={state?.fieldErrors.name} />
                <TextField name="password" type="password" label={t('auth:fields.password')} description={t('auth:fields.passwordHint', { min: loaderData.minLength })} autoComplete="new-password" isRequired errors={state?.fieldErrors.password} />
                <Button type="submit">{t('auth:invitation.createSubmit')}</Button>
              </Form>
              <p className="text-sm">
                {t('auth:invitation.haveAccount', { email: invitation.email })}{' '}
                <Link to={`/sign-in?redirectTo=${encodeURIComponent(here)}`} className={buttonClass('quiet')}>
                  {t('auth:invitation.signInToAccept')}
                </Link>
              </p>
            </>
          )}
        </>
      ) : null}
    </AuthPage>
  );
}
