import { enrolInPathway, markReadingDone, submitReflection } from '@destalk/core/pathways/commands/taking';
import { authorizePathway } from '@destalk/core/pathways/policies';
import { pathwayForLearner } from '@destalk/core/pathways/queries/learner';
import { Alert, Badge, buttonClass, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/pathway';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizePathway(actor, 'pathway.take');
    const pathway = await pathwayForLearner(context.platform, actor, params.slug, locale);
    return {
      title: pathway.title,
      pathway: {
        ...pathway,
        enrolment: pathway.enrolment ? { ...pathway.enrolment, completedAt: pathway.enrolment.completedAt ? formatDate(pathway.enrolment.completedAt, locale) : null } : null,
      },
      organisations: actor.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(
    request,
    context,
    async (form) => {
      authorizePathway(actor, 'pathway.take');
      const here = `/pathways/${encodeURIComponent(params.slug)}`;
      if (form.intent === 'enrol') {
        const row = await context.platform.db.selectFrom('pathways').select('id').where('slug', '=', params.slug).executeTakeFirst();
        await enrolInPathway(context.platform, actor, row?.id ?? '', form.organisationId || undefined);
        throw redirect(here);
      }
      if (form.intent === 'read') await markReadingDone(context.platform, actor, form.stepId ?? '');
      if (form.intent === 'reflect') await submitReflection(context.platform, actor, form.stepId ?? '', { answer: form.answer ?? '' });
      throw redirect(`${here}#step-${form.stepId ?? ''}`);
    },
    (form) => (form.intent === 'reflect' ? `reflect-${form.stepId}` : form.intent),
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

const TONE = { done: 'success', open: 'neutral', submitted: 'accent', returned: 'warning', awaiting_confirmation: 'accent' } as const;

export default function Pathway({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const p = d.pathway;
  return (
    <>
      <PageHeader title={p.title} eyebrow={t('practise:pathways.title')} lead={p.summary} />
      {p.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('practise:pathways.fallback')}
        </Alert>
      ) : null}
      {p.enrolment?.completedAt ? (
        <Alert tone="success" className="mb-6">
          <p>{t('practise:pathways.completedOn', { date: p.enrolment.completedAt })}</p>
          {p.certificate ? (
            <p className="mt-2">
              <a href={`/pathways/certificates/${p.certificate.id}/pdf`} className="font-semibold">
                {t('practise:pathways.certificate')}
              </a>{' '}
              · {t('certificates:code', { code: p.certificate.code })}
            </p>
          ) : null}
        </Alert>
      ) : null}
      {p.enrolment ? (
        p.enrolment.organisationName ? (
          <p className="mb-6 text-muted">{t('practise:pathways.enrolledWith', { organisation: p.enrolment.organisationName })}</p>
        ) : null
      ) : (
        <section aria-labelledby="start" className="mb-8 rounded-lg border border-line bg-surface p-5 shadow-sm">
          <h2 id="start" className="text-lg font-semibold">
            {t('practise:pathways.start')}
          </h2>
          <p className="mt-1 text-muted">{t('practise:pathways.enrolFirst')}</p>
          <FormErrors state={stateFor(actionData, 'enrol')} />
          <Form method="post" className="mt-4 flex flex-wrap items-end gap-4">
            <input type="hidden" name="intent" value="enrol" />
            {d.organisations.length > 1 ? (
              <div className="min-w-64">
                <SelectField name="organisationId" label={t('practise:pathways.chooseOrganisation')} options={d.organisations.map((o) => ({ value: o.id, label: o.name }))} />
              </div>
            ) : null}
            <button type="submit" className={buttonClass('primary')}>
              {t('practise:pathways.start')}
            </button>
          </Form>
        </section>
      )}
      <ol className="flex flex-col gap-4">
        {p.steps.map((step, index) => {
          const reflectState = stateFor(actionData, `reflect-${step.id}`);
          return (
            <li key={step.id} id={`step-${step.id}`} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="neutral">{t(`practise:pathways.stepKinds.${step.kind}`)}</Badge>
                {p.enrolment ? <Badge tone={TONE[step.status]}>{t(`practise:pathways.status.${step.status}`)}</Badge> : null}
              </div>
              <h2 className="mt-2 text-xl font-semibold">{t('practise:pathways.stepOf', { number: index + 1, title: step.title })}</h2>
              {/* Written by trainers or shipped; sanitised on the server. */}
              <div className="prose-guide mt-2" dangerouslySetInnerHTML={{ __html: step.bodyHtml }} />
              {step.kind === 'course' ? (
                <p className="mt-3 text-sm text-muted">
                  {t('practise:pathways.courseHint')} <Link to="/learn">{t('practise:pathways.goToCourse')}</Link>
                </p>
              ) : null}
              {step.kind === 'tool_practice' && step.toolSlug ? (
                <p className="mt-3 text-sm text-muted">
                  {t('practise:pathways.toolHint')} <Link to={`/tools/${step.toolSlug}`}>{t('practise:pathways.goToTool')}</Link>
                </p>
              ) : null}
              {step.kind === 'live_session' ? (
                <p className="mt-3 text-sm text-muted">
                  {step.eventSlug ? (
                    <>
                      {t('practise:pathways.eventHint')} <Link to={`/events/${step.eventSlug}`}>{t('practise:pathways.goToEvent')}</Link>
                    </>
                  ) : (
                    t('practise:pathways.sessionHint')
                  )}
                </p>
              ) : null}
              {step.kind === 'reading' && p.enrolment && step.status !== 'done' ? (
                <Form method="post" className="mt-4">
                  <input type="hidden" name="intent" value="read" />
                  <input type="hidden" name="stepId" value={step.id} />
                  <button type="submit" className={buttonClass('secondary')}>
                    {t('practise:pathways.markRead')}
                  </button>
                </Form>
              ) : null}
              {step.kind === 'reflection' && p.enrolment ? (
                <div className="mt-4">
                  {step.reflection?.feedback && step.status !== 'done' ? (
                    <Alert tone="warning" className="mb-4">
                      <strong>{t('practise:pathways.feedback')}:</strong> {step.reflection.feedback}
                    </Alert>
                  ) : null}
                  {step.status === 'done' || step.status === 'submitted' ? (
                    <div className="rounded-md bg-surface-muted p-4">
                      <h3 className="font-semibold">{t('practise:pathways.yourAnswer')}</h3>
                      <p className="mt-1 whitespace-pre-line">{step.reflection?.answer}</p>
                      {step.reflection?.feedback && step.status === 'done' ? (
                        <p className="mt-2 text-sm">
                          <strong>{t('practise:pathways.feedback')}:</strong> {step.reflection.feedback}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                  {step.status !== 'done' ? (
                    <Form method="post" className="mt-4 flex flex-col gap-3">
                      <FormErrors state={reflectState} />
                      <input type="hidden" name="intent" value="reflect" />
                      <input type="hidden" name="stepId" value={step.id} />
                      <TextField
                        id={`answer-${step.id}`}
                        name="answer"
                        label={t('practise:pathways.reflectionLabel')}
                        description={t('practise:pathways.reflectionHint')}
                        multiline
                        defaultValue={reflectState?.values.answer ?? step.reflection?.answer ?? ''}
                        errors={reflectState?.fieldErrors.answer}
                      />
                      <button type="submit" className={buttonClass('primary', 'self-start')}>
                        {step.reflection ? t('practise:pathways.resubmitReflection') : t('practise:pathways.submitReflection')}
                      </button>
                    </Form>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
