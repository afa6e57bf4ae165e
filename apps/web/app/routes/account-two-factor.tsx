import { mustUseTwoFactor } from '@destalk/core/accounts/actor';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '@destalk/core/accounts/commands/two-factor-enrolment';
import { Alert, Button, buttonClass, Card, PageHeader, TextField } from '@destalk/ui';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/account-two-factor';
import { FormErrors } from '../components/form-errors.tsx';
import { RecoveryCodes } from '../components/recovery-codes.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { type FormState, stateFor } from '../lib/form-state.ts';
import { failureState, readForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const required = new URL(request.url).searchParams.has('required') || (mustUseTwoFactor(actor) && !actor.twoFactorEnabled);
  return { title: t('account:twoFactorSetup.title'), enabled: actor.twoFactorEnabled, required };
}

/** The QR code is drawn on the server as an SVG data URI: nothing is fetched from elsewhere. */
async function scanStep(totpUri: string) {
  const svg = await QRCode.toString(totpUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { step: 'scan' as const, totpUri, secret: new URL(totpUri).searchParams.get('secret') ?? '', qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const form = await readForm(request);
  const meta = await requestMeta(request, context);
  if (form.intent === 'verify') {
    try {
      const result = await confirmTwoFactorEnrolment(context.platform, actor, form, meta);
      const headers = new Headers();
      for (const c of result.setCookies) headers.append('Set-Cookie', c);
      return data({ step: 'codes' as const, codes: result.value.backupCodes }, { headers });
    } catch (error) {
      const failure = failureState(error, request, t, form, 'verify');
      // Show the same QR code again: the secret is stored; the URI only re-draws it.
      const totpUri = typeof form.totpUri === 'string' && form.totpUri.startsWith('otpauth://') ? form.totpUri : '';
      return data({ ...failure.state, ...(totpUri ? await scanStep(totpUri) : { step: 'start' as const }) }, { status: failure.status });
    }
  }
  try {
    const setup = await startTwoFactorEnrolment(context.platform, actor, form, meta);
    return await scanStep(setup.totpUri);
  } catch (error) {
    const failure = failureState(error, request, t, form, 'start');
    return data({ ...failure.state, step: 'start' as const }, { status: failure.status });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function AccountTwoFactor({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const step = actionData && 'step' in actionData ? actionData.step : d.enabled ? 'enabled' : 'start';
  const state = stateFor(actionData) as FormState | undefined;
  return (
    <>
      <PageHeader title={t('account:twoFactorSetup.title')} />
      <Card className="max-w-2xl">
        <div className="flex flex-col gap-5">
          {d.required && step === 'start' ? <Alert tone="warning">{t('account:twoFactorSetup.required')}</Alert> : null}
          <FormErrors state={state} />
          {step === 'start' ? (
            <Form method="post" className="flex flex-col gap-5" noValidate>
              <h2 className="text-xl">{t('account:twoFactorSetup.step1')}</h2>
              <p className="text-muted">{t('account:twoFactorSetup.step1Text')}</p>
              <input type="hidden" name="intent" value="start" />
              <TextField name="password" type="password" label={t('auth:fields.password')} autoComplete="current-password" isRequired errors={state?.fieldErrors.password} />
              <div>
                <Button type="submit">{t('account:twoFactorSetup.start')}</Button>
              </div>
            </Form>
          ) : null}
          {step === 'scan' && actionData && 'qr' in actionData ? (
            <Form method="post" className="flex flex-col gap-5" noValidate>
              <h2 className="text-xl">{t('account:twoFactorSetup.step2')}</h2>
              <p>{t('account:twoFactorSetup.step2Text')}</p>
              <img src={actionData.qr} alt={t('account:twoFactorSetup.qrAlt')} width={200} height={200} className="rounded-md border border-line bg-white p-2" />
              <div>
                <p className="text-sm text-muted">{t('account:twoFactorSetup.manualTitle')}</p>
                <p className="mt-1 font-mono text-base tracking-wider" data-totp-secret={actionData.secret}>
                  {actionData.secret.match(/.{1,4}/g)?.join(' ')}
                </p>
              </div>
              <p>{t('account:twoFactorSetup.step2Code')}</p>
              <input type="hidden" name="intent" value="verify" />
              <input type="hidden" name="totpUri" value={actionData.totpUri} />
              <TextField name="code" label={t('auth:fields.code')} autoComplete="one-time-code" inputMode="numeric" maxLength={6} isRequired errors={state?.fieldErrors.code} />
              <div>
                <Button type="submit">{t('account:twoFactorSetup.verify')}</Button>
              </div>
            </Form>
          ) : null}
          {step === 'codes' && actionData && 'codes' in actionData ? (
            <>
              <Alert tone="success" live>
                {t('account:twoFactorSetup.enabled')}
              </Alert>
              <h2 className="text-xl">{t('account:twoFactorSetup.step3')}</h2>
              <p>{t('account:twoFactorSetup.step3Text')}</p>
              <RecoveryCodes title={t('account:security.recoveryTitle')} codes={actionData.codes} />
              <p>
                <Link to="/dashboard" className={buttonClass('primary')}>
                  {t('account:twoFactorSetup.done')}
                </Link>
              </p>
            </>
          ) : null}
          {step === 'enabled' ? (
            <>
              <Alert tone="success">{t('account:twoFactorSetup.enabled')}</Alert>
              <p>
                <Link to="/account/security">{t('account:dashboard.reviewSecurity')}</Link>
              </p>
            </>
          ) : null}
        </div>
      </Card>
    </>
  );
}
