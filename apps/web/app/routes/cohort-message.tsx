import { messageCohort } from '@destalk/core/learning/commands/roster';
import { cohortRoster } from '@destalk/core/learning/queries/roster';
import { Alert, Button, Card, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { Route } from './+types/cohort-message';
import { CohortTabs } from '../components/cohort-tabs.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { cohort } = await cohortRoster(context.platform, actor, params.cohortId, locale);
    return { title: cohort.title, cohort: { id: cohort.id, title: cohort.title } };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form, t) => {
    const { recipients } = await messageCohort(context.platform, actor, params.cohortId, { subject: form.subject, body: form.body, to: form.to });
    return { done: t('teach:message.sent', { count: recipients }) };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CohortMessage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  const state = stateFor(actionData);
  return (
    <>
      <PageHeader title={d.cohort.title} lead={t('teach:message.lead')} />
      <CohortTabs cohortId={d.cohort.id} />
      <Card>
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <Form method="post" className="mt-2 flex flex-col gap-4" noValidate>
          <FormErrors state={state} />
          <SelectField
            name="to"
            label={t('teach:message.to')}
            defaultValue={state?.values.to ?? 'seated'}
            options={[
              { value: 'seated', label: t('teach:message.toSeated') },
              { value: 'everyone', label: t('teach:message.toEveryone') },
            ]}
          />
          <TextField name="subject" label={t('teach:message.subject')} isRequired maxLength={150} defaultValue={state?.values.subject} errors={state?.fieldErrors.subject} />
          <TextField name="body" label={t('teach:message.body')} isRequired multiline defaultValue={state?.values.body} errors={state?.fieldErrors.body} />
          <div>
            <Button type="submit">{t('teach:message.send')}</Button>
          </div>
        </Form>
      </Card>
    </>
  );
}
