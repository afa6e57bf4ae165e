import { mustUseTwoFactor } from '@destalk/core/accounts/actor';
import { PASSWORD_MIN_LENGTH } from '@destalk/core/accounts/auth';
import { changePassword } from '@destalk/core/accounts/commands/change-password';
import { disableTwoFactor, regenerateBackupCodes } from '@destalk/core/accounts/commands/two-factor-enrolment';
import { Alert, Button, buttonClass, Card, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/account-security';
import { FormErrors } from '../components/form-errors.tsx';
import { RecoveryCodes } from '../components/recovery-codes.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { dataWithCookies, handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return { title: t('account:security.title'), twoFactorEnabled: actor.twoFactorEnabled, twoFactorRequired: mustUseTwoFactor(actor), minLength: PASSWORD_MIN_LENGTH };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const meta = await requestMeta(request, context);
  return handleForm(
    request,
    context,
    async (form) => {
      switch (form.intent) {
        case 'password':
          return dataWithCookies({ done: 'password' as const }, (await changePassword(context.platform, actor, form, meta)).setCookies);
        case 'disable':
          return dataWithCookies({ done: 'disabled' as const }, (await disableTwoFactor(context.platform, actor, form, meta)).setCookies);
        case 'codes':
          return { done: 'codes' as const, codes: await regenerateBackupCodes(context.platform, actor, form, meta) };
        default:
          throw data({ code: 'bad_request' }, { status: 400 });
      }
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function AccountSecurity({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData : undefined;
  const passwordState = stateFor(actionData, 'password');
  const disableState = stateFor(actionData, 'disable');
  const codesState = stateFor(actionData, 'codes');
  return (
    <>
      <PageHeader title={t('account:security.title')} lead={t('account:security.lead')} />
      <div className="flex max-w-2xl flex-col gap-6">
        <Card aria-labelledby="password-title">
          <h2 id="password-title" className="text-xl">
            {t('account:security.passwordTitle')}
          </h2>
          <div className="mt-4 flex flex-col gap-5">
            {done?.done === 'password' ? (
              <Alert tone="success" live>
                {t('account:security.passwordChanged')}
              </Alert>
            ) : null}
            <FormErrors state={passwordState} />
            <Form method="post" className="flex flex-col gap-5" noValidate>
              <input type="hidden" name="intent" value="password" />
              <TextField name="currentPassword" type="password" label={t('account:security.currentPassword')} autoComplete="current-password" isRequired errors={passwordState?.fieldErrors.currentPassword} />
              <TextField name="newPassword" type="password" label={t('account:security.newPassword')} description={t('auth:fields.passwordHint', { min: d.minLength })} autoComplete="new-password" isRequired errors={passwordState?.fieldErrors.newPassword} />
              <div>
                <Button type="submit">{t('account:security.changePassword')}</Button>
              </div>
            </Form>
          </div>
        </Card>

        <Card aria-labelledby="two-factor-title">
          <h2 id="two-factor-title" className="text-xl">
            {t('account:security.twoFactorTitle')}
          </h2>
          <div className="mt-3 flex flex-col gap-4">
            {done?.done === 'disabled' ? (
              <Alert tone="success" live>
                {t('account:security.turnedOff')}
              </Alert>
            ) : null}
            {d.twoFactorEnabled ? (
              <>
                <p>{t('account:security.twoFactorOnText')}</p>
                {d.twoFactorRequired ? (
                  <p className="text-sm text-muted">{t('account:security.twoFactorRequired')}</p>
                ) : (
                  <details className="rounded-md border border-line p-4">
                    <summary className="cursor-pointer font-semibold">{t('account:security.turnOffTitle')}</summary>
                    <FormErrors state={disableState} />
                    <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
                      <input type="hidden" name="intent" value="disable" />
                      <TextField name="password" type="password" label={t('account:security.confirmPassword')} autoComplete="current-password" isRequired errors={disableState?.fieldErrors.password} />
                      <div>
                        <Button type="submit" variant="danger">
                          {t('account:security.turnOff')}
                        </Button>
                      </div>
                    </Form>
                  </details>
                )}
              </>
            ) : (
              <>
                <p>{t('account:security.twoFactorOffText')}</p>
                {d.twoFactorRequired ? <p className="text-sm text-muted">{t('account:security.twoFactorRequired')}</p> : null}
                <p>
                  <Link to="/account/two-factor" className={buttonClass('primary')}>
                    {t('account:security.setUp')}
                  </Link>
                </p>
              </>
            )}
          </div>
        </Card>

        {d.twoFactorEnabled ? (
          <Card aria-labelledby="codes-title">
            <h2 id="codes-title" className="text-xl">
              {t('account:security.recoveryTitle')}
            </h2>
            <p className="mt-2 text-muted">{t('account:security.recoveryText')}</p>
            {done?.done === 'codes' ? (
              <div className="mt-4">
                <RecoveryCodes title={t('account:twoFactorSetup.newCodes')} codes={done.codes} />
              </div>
            ) : (
              <>
                <FormErrors state={codesState} />
                <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
                  <input type="hidden" name="intent" value="codes" />
                  <TextField name="password" type="password" label={t('account:security.confirmPassword')} autoComplete="current-password" isRequired errors={codesState?.fieldErrors.password} />
                  <div>
                    <Button type="submit" variant="secondary">
                      {t('account:security.regenerate')}
                    </Button>
                  </div>
                </Form>
              </>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
