import { startThread } from '@destalk/core/discussion/commands';
import { listThreads } from '@destalk/core/discussion/queries';
import { Alert, Badge, Button, Card, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/cohort-discussion';
import { CohortTabs } from '../components/cohort-tabs.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { discussionIntent } from '../lib/discussion-actions.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { access, threads, digest } = await listThreads(context.platform, actor, params.cohortId);
    return {
      title: `${t('teach:discussion.title')} – ${access.cohortTitle}`,
      cohort: { id: access.cohortId, title: access.cohortTitle },
      moderator: access.moderator,
      digest,
      threads: threads.map((th) => ({ ...th, activity: t('teach:discussion.lastActivity', { date: formatDate(th.lastActivityAt, locale) }), date: formatDate(th.createdAt, locale) })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form, t) => {
      const other = await discussionIntent(context, actor, params.cohortId, form, t);
      if (other) return other;
      const { id } = await startThread(context.platform, actor, params.cohortId, { title: form.title, body: form.body });
      throw redirect(`/cohorts/${encodeURIComponent(params.cohortId)}/discussion/${id}?notice=posted`);
    },
    (form) => form.intent ?? 'thread',
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CohortDiscussion({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData && actionData.done ? actionData.done : undefined;
  const state = stateFor(actionData, 'thread');
  return (
    <>
      <PageHeader eyebrow={d.cohort.title} title={t('teach:discussion.title')} lead={t('teach:discussion.lead')} />
      {d.moderator ? <CohortTabs cohortId={d.cohort.id} /> : null}
      <div className="flex flex-col gap-6">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <Form method="post" className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="intent" value={d.digest ? 'digest-off' : 'digest-on'} />
          {d.digest ? <span className="text-sm">{t('teach:discussion.digestOn')}</span> : null}
          <Button type="submit" variant="quiet">
            {d.digest ? t('teach:discussion.digestStop') : t('teach:discussion.digestOff')}
          </Button>
        </Form>
        {d.threads.length === 0 ? <p className="text-muted">{t('teach:discussion.none')}</p> : null}
        <ul className="flex flex-col gap-3">
          {d.threads.map((th) => (
            <li key={th.id}>
              <Card as="article" className={th.hidden ? 'border-dashed' : undefined}>
                <h2 className="flex flex-wrap items-center gap-2 text-lg">
                  <Link to={`/cohorts/${d.cohort.id}/discussion/${th.id}`}>{th.title === null ? t('teach:discussion.hiddenForYou') : th.title || t('privacy:discussion.removedTitle')}</Link>
                  {th.pinned ? <Badge tone="accent">{t('teach:discussion.pinned')}</Badge> : null}
                  {th.hidden && d.moderator ? <Badge tone="warning">{t('teach:discussion.hidden')}</Badge> : null}
                </h2>
                <p className="mt-1 text-sm text-muted">
                  {t('teach:discussion.by', { author: th.mine ? t('teach:discussion.you') : th.author, date: th.date })} · {t('teach:discussion.replies', { count: th.replies })} · {th.activity}
                </p>
              </Card>
            </li>
          ))}
        </ul>
        <Card aria-labelledby="new-thread">
          <h2 id="new-thread" className="text-xl">
            {t('teach:discussion.newTitle')}
          </h2>
          <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
            <FormErrors state={state} />
            <TextField name="title" label={t('teach:discussion.threadTitle')} isRequired maxLength={150} defaultValue={state?.values.title} errors={state?.fieldErrors.title} />
            <TextField name="body" label={t('teach:discussion.body')} isRequired multiline defaultValue={state?.values.body} errors={state?.fieldErrors.body} />
            <div>
              <Button type="submit">{t('teach:discussion.post')}</Button>
            </div>
          </Form>
        </Card>
      </div>
    </>
  );
}
