import { updateProfile } from '@destalk/core/accounts/commands/update-profile';
import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Alert, Button, Card, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, redirect } from 'react-router';
import type { Route } from './+types/account';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return { title: t('account:profile.title'), name: actor.name, email: actor.email, locale: actor.locale ?? locale, saved: noticeFrom(request, ['saved']) !== null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    await updateProfile(context.platform, actor, form);
    throw redirect('/account?notice=saved');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Account({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <>
      <PageHeader title={t('account:profile.title')} lead={t('account:profile.lead')} />
      <Card className="max-w-xl">
        <div className="flex flex-col gap-5">
          {d.saved ? (
            <Alert tone="success" live>
              {t('account:profile.saved')}
            </Alert>
          ) : null}
          <FormErrors state={state} />
          <Form method="post" className="flex flex-col gap-5" noValidate>
            <TextField name="name" label={t('auth:fields.name')} autoComplete="name" isRequired defaultValue={state?.values.name ?? d.name} errors={state?.fieldErrors.name} />
            <TextField name="email-display" type="email" label={t('account:profile.email')} description={t('account:profile.emailHint')} defaultValue={d.email} isReadOnly />
            <SelectField
              name="locale"
              label={t('account:profile.locale')}
              description={t('account:profile.localeHint')}
              defaultValue={state?.values.locale ?? d.locale}
              options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))}
              errors={state?.fieldErrors.locale}
            />
            <div>
              <Button type="submit">{t('common:actions.save')}</Button>
            </div>
          </Form>
        </div>
      </Card>
    </>
  );
}
