import { replyToThread } from '@destalk/core/discussion/commands';
import { threadView } from '@destalk/core/discussion/queries';
import { Alert, Button, Card, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/cohort-thread';
import { DiscussionPost } from '../components/discussion-post.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { discussionIntent } from '../lib/discussion-actions.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { access, thread, replies } = await threadView(context.platform, actor, params.cohortId, params.threadId);
    const dated = <T extends { createdAt: string }>(p: T) => ({ ...p, date: formatDateTime(p.createdAt, locale) });
    return {
      title: thread.title || t('teach:discussion.title'),
      cohort: { id: access.cohortId, title: access.cohortTitle },
      moderator: access.moderator,
      thread: dated(thread),
      replies: replies.map(dated),
      posted: noticeFrom(request, ['posted']) !== null,
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
      await replyToThread(context.platform, actor, params.cohortId, params.threadId, { body: form.body });
      return { done: t('teach:discussion.posted') };
    },
    (form) => form.intent ?? 'reply',
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function CohortThread({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData && actionData.done ? actionData.done : d.posted ? t('teach:discussion.posted') : undefined;
  const state = stateFor(actionData, 'reply');
  return (
    <>
      <nav aria-label={t('teach:discussion.back')} className="mb-4 text-sm">
        <Link to={`/cohorts/${d.cohort.id}/discussion`}>← {t('teach:discussion.back')}</Link>
      </nav>
      <PageHeader eyebrow={d.cohort.title} title={d.thread.title === null ? t('teach:discussion.hiddenForYou') : d.thread.title || t('privacy:discussion.removedTitle')} />
      <div className="flex flex-col gap-4">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <DiscussionPost post={d.thread} moderator={d.moderator} isThread />
        <ol className="flex flex-col gap-3 border-s-2 border-line ps-4" aria-label={t('teach:discussion.replies', { count: d.replies.length })}>
          {d.replies.map((r) => (
            <li key={r.id}>
              <DiscussionPost post={r} moderator={d.moderator} isThread={false} />
            </li>
          ))}
        </ol>
        <Card aria-labelledby="reply-title">
          <h2 id="reply-title" className="text-xl">
            {t('teach:discussion.reply')}
          </h2>
          <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
            <FormErrors state={state} />
            <TextField name="body" label={t('teach:discussion.replyLabel')} isRequired multiline errors={state?.fieldErrors.body} />
            <div>
              <Button type="submit">{t('teach:discussion.reply')}</Button>
            </div>
          </Form>
        </Card>
      </div>
    </>
  );
}
