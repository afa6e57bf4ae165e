import { LOCALE_NATIVE_NAMES, isLocale } from '@destalk/core/i18n/locales';
import { deleteAccount } from '@destalk/core/privacy/commands/delete-account';
import { myConsents } from '@destalk/core/privacy/queries/my-consents';
import { retentionInForce } from '@destalk/core/privacy/queries/retention';
import { Alert, Button, buttonClass, Card, PageHeader, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/account-data';
import { ConfirmCheckbox } from '../components/confirm-checkbox.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { RetentionTable } from '../components/retention-table.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm, redirectWithCookies } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { requestMeta } from '../lib/request-meta.server.ts';
import { describeRetention } from '../lib/retention-view.ts';

/** The person's own data: what is kept and for how long, what they accepted, download, delete. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const consents = await myConsents(context.platform, actor);
    const retention = await retentionInForce(context.platform);
    return {
      title: t('privacy:data.title'),
      consents: consents.map((c) => ({
        what: t(`privacy:data.consentKind.${c.kind}`),
        version: c.version,
        given: `${formatDateTime(c.givenAt, locale)} (${isLocale(c.locale) ? LOCALE_NATIVE_NAMES[c.locale] : c.locale})`,
        withdrawn: c.withdrawnAt ? formatDateTime(c.withdrawnAt, locale) : '—',
      })),
      retention: retention.map((p) => describeRetention(p, t)),
    };
  });
}

/** Deleting the account; the download has its own resource route (a file, not a page). */
export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const meta = await requestMeta(request, context);
  return handleForm(request, context, async (form) => {
    const { setCookies } = await deleteAccount(context.platform, actor, form, meta);
    return redirectWithCookies('/account/deleted', setCookies);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AccountData({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <>
      <PageHeader title={t('privacy:data.title')} lead={t('privacy:data.lead')} />
      <div className="flex max-w-3xl flex-col gap-6">
        <Card aria-labelledby="kept-title">
          <h2 id="kept-title" className="text-xl">
            {t('privacy:data.keptTitle')}
          </h2>
          <p className="mt-3">{t('privacy:data.keptText')}</p>
          <p className="mt-3">
            <Link to="/privacy">{t('privacy:data.noticeLink')}</Link>
          </p>
          <h3 className="mb-3 mt-6 text-lg">{t('privacy:data.retentionTitle')}</h3>
          <RetentionTable rows={d.retention} showSetting={false} />
        </Card>

        <Card aria-labelledby="consents-title">
          <h2 id="consents-title" className="mb-4 text-xl">
            {t('privacy:data.consentsTitle')}
          </h2>
          {d.consents.length === 0 ? (
            <p className="text-muted">{t('privacy:data.consentsNone')}</p>
          ) : (
            <Table caption={t('privacy:data.consentsCaption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('privacy:data.consentWhat')}</th>
                  <th scope="col">{t('privacy:data.consentVersion')}</th>
                  <th scope="col">{t('privacy:data.consentGiven')}</th>
                  <th scope="col">{t('privacy:data.consentWithdrawn')}</th>
                </tr>
              </thead>
              <tbody>
                {d.consents.map((c) => (
                  <tr key={`${c.what}-${c.version}-${c.given}`}>
                    <td>{c.what}</td>
                    <td>{c.version}</td>
                    <td>{c.given}</td>
                    <td>{c.withdrawn}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="download-title">
          <h2 id="download-title" className="text-xl">
            {t('privacy:data.downloadTitle')}
          </h2>
          <p className="mt-3">{t('privacy:data.downloadText')}</p>
          {/* A plain form: the browser saves the file the answer is; no script needed. */}
          <form method="post" action="/account/data/download" className="mt-4">
            <button type="submit" className={buttonClass('secondary')}>
              {t('privacy:data.download')}
            </button>
          </form>
        </Card>

        <Card aria-labelledby="delete-title">
          <h2 id="delete-title" className="text-xl">
            {t('privacy:data.deleteTitle')}
          </h2>
          <p className="mt-3">{t('privacy:data.deleteText')}</p>
          <Alert tone="warning" className="mt-4">
            {t('privacy:data.deleteWarning')}
          </Alert>
          <div className="mt-4 flex flex-col gap-5">
            <FormErrors state={state} />
            <Form method="post" className="flex flex-col gap-5" noValidate>
              <TextField name="password" type="password" label={t('privacy:data.password')} description={t('privacy:data.passwordHint')} autoComplete="current-password" isRequired errors={state?.fieldErrors.password} />
              <ConfirmCheckbox name="confirm" label={t('privacy:data.confirm')} errors={state?.fieldErrors.confirm} />
              <div>
                <Button type="submit" variant="danger">
                  {t('privacy:data.deleteSubmit')}
                </Button>
              </div>
            </Form>
          </div>
        </Card>
      </div>
    </>
  );
}
