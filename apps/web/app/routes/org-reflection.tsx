import { renderMarkdown } from '@destalk/core/content/markdown';
import { reviewReflection } from '@destalk/core/pathways/commands/taking';
import { authorizePathway } from '@destalk/core/pathways/policies';
import { reflectionReview } from '@destalk/core/pathways/queries/facilitation';
import { AppError } from '@destalk/core/errors';
import { Alert, buttonClass, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-reflection';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizePathway(actor, 'pathway.facilitate', { organisationId: params.organisationId });
    const review = await reflectionReview(context.platform, actor, params.reflectionId, locale, renderMarkdown);
    // The address names the organisation: a reflection of another one is not found here.
    if (review.organisationId !== params.organisationId) throw new AppError('not_found');
    return { title: t('practise:facilitate.reviewTitle'), organisationId: params.organisationId, review: { ...review, submittedAt: formatDateTime(review.submittedAt, locale) } };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    authorizePathway(actor, 'pathway.facilitate', { organisationId: params.organisationId });
    const review = await reflectionReview(context.platform, actor, params.reflectionId, 'en', (md) => md);
    if (review.organisationId !== params.organisationId) throw new AppError('not_found');
    await reviewReflection(context.platform, actor, params.reflectionId, { decision: form.decision, feedback: form.feedback ?? '' }, context.requestId);
    throw redirect(`/org/${encodeURIComponent(params.organisationId)}/pathways?notice=reviewed`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgReflection({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const r = d.review;
  const state = stateFor(actionData);
  return (
    <>
      <PageHeader title={t('practise:facilitate.reviewTitle')} eyebrow={`${r.pathwayTitle} · ${r.stepTitle}`} lead={t('practise:facilitate.submittedOn', { date: r.submittedAt })} />
      <section aria-labelledby="question" className="mb-6">
        <h2 id="question" className="text-lg font-semibold">
          {t('practise:facilitate.question')}
        </h2>
        <div className="prose-guide mt-2" dangerouslySetInnerHTML={{ __html: r.questionHtml }} />
      </section>
      <section aria-labelledby="answer" className="mb-8 rounded-lg border-s-4 border-primary bg-surface-muted p-5">
        <h2 id="answer" className="text-lg font-semibold">
          {t('practise:facilitate.answer', { name: r.learnerName })}
        </h2>
        <p className="mt-2 whitespace-pre-line">{r.answer}</p>
      </section>
      {r.status !== 'submitted' ? (
        <Alert tone="info">{t('practise:facilitate.notWaiting')}</Alert>
      ) : (
        <Form method="post" className="flex max-w-2xl flex-col gap-5" noValidate>
          <FormErrors state={state} />
          <fieldset>
            <legend className="font-semibold">{t('practise:facilitate.decision')}</legend>
            <div className="mt-2 flex flex-col gap-2">
              {(['accept', 'return'] as const).map((value) => (
                <label key={value} className="flex cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 py-2 has-[:checked]:border-primary">
                  <input type="radio" name="decision" value={value} defaultChecked={(state?.values.decision ?? 'accept') === value} className="size-5 accent-primary" />
                  {t(`practise:facilitate.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField name="feedback" label={t('practise:facilitate.feedbackLabel')} description={t('practise:facilitate.feedbackHint')} multiline defaultValue={state?.values.feedback ?? ''} errors={state?.fieldErrors.feedback} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('practise:facilitate.send')}
          </button>
        </Form>
      )}
      <p className="mt-8">
        <Link to={`/org/${d.organisationId}/pathways`}>{t('practise:facilitate.title')}</Link>
      </p>
    </>
  );
}
