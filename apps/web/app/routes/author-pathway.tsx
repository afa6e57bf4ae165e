import { LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { upcomingEvents } from '@destalk/core/events/queries/public';
import { publishedCourses } from '@destalk/core/learning/queries/cohorts';
import { addStep, moveStep, removeStep, setPathwayStatus, updatePathway, updateStep } from '@destalk/core/pathways/commands/authoring';
import { pathwayForEditing } from '@destalk/core/pathways/queries/authoring';
import { PATHWAY_AUDIENCES, STEP_KINDS } from '@destalk/core/pathways/schema';
import { AppError } from '@destalk/core/errors';
import { Alert, Badge, buttonClass, Card, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author-pathway';
import { EditingLanguagePicker } from '../components/editing-language-picker.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';
import { presentTool, toolLibrary } from '../lib/tools.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    // pathwayForEditing authorizes (its author or an admin).
    const pathway = await pathwayForEditing(context.platform, actor, params.pathwayId);
    const lang = editingLanguage(request, 'en');
    return {
      title: t('practise:author.editTitle', { title: pathway.title.en ?? pathway.slug }),
      lang,
      notice: noticeFrom(request, ['saved', 'published']),
      pathway,
      courses: (await publishedCourses(context.platform, locale)).map((c) => ({ value: c.slug, label: c.title })),
      events: (await upcomingEvents(context.platform, locale)).map((e) => ({ value: e.slug, label: `${e.title} (${e.startsAt.slice(0, 10)})` })),
      tools: toolLibrary(context.platform)
        .list()
        .filter((tool) => tool.structure.mode === 'form')
        .map((tool) => ({ value: tool.structure.slug, label: presentTool(tool, locale, { yes: '', no: '', unsure: '' }).title })),
    };
  });
}

/** Per-language fields of a form merged into the texts already stored (editing Italian keeps English). */
function merged(stored: Record<string, string>, form: Record<string, string>, field: string, lang: string): Record<string, string> {
  return { ...stored, [lang]: form[`${field}.${lang}`] ?? '' };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const lang = editingLanguage(request, 'en');
  const here = `/author/pathways/${encodeURIComponent(params.pathwayId)}?lang=${lang}`;
  return handleForm(
    request,
    context,
    async (form) => {
      const pathway = await pathwayForEditing(context.platform, actor, params.pathwayId);
      const tools = toolLibrary(context.platform);
      const step = pathway.steps.find((s) => s.id === form.stepId);
      switch (form.intent) {
        case 'details':
          await updatePathway(context.platform, actor, pathway.id, {
            audience: form.audience,
            certificateValidityMonths: form.certificateValidityMonths,
            title: merged(pathway.title, form, 'title', lang),
            summary: merged(pathway.summary, form, 'summary', lang),
          });
          throw redirect(`${here}&notice=saved`);
        case 'addStep':
          await addStep(context.platform, tools, actor, pathway.id, { kind: form.kind, courseSlug: form.courseSlug, toolSlug: form.toolSlug, eventSlug: form.eventSlug || undefined, title: { en: '', [lang]: form[`title.${lang}`] ?? '' }, body: { en: '', [lang]: form[`body.${lang}`] ?? '' } });
          throw redirect(`${here}&notice=saved`);
        case 'editStep':
          if (!step) throw new AppError('not_found');
          await updateStep(context.platform, tools, actor, pathway.id, step.id, {
            kind: step.kind,
            courseSlug: form.courseSlug ?? step.courseSlug ?? undefined,
            toolSlug: form.toolSlug ?? step.toolSlug ?? undefined,
            eventSlug: form.eventSlug === undefined ? (step.eventSlug ?? undefined) : form.eventSlug || undefined,
            title: merged(step.title, form, 'title', lang),
            body: merged(step.body, form, 'body', lang),
          });
          throw redirect(`${here}&notice=saved#step-${step.id}`);
        case 'removeStep':
          if (!step) throw new AppError('not_found');
          await removeStep(context.platform, actor, pathway.id, step.id);
          throw redirect(`${here}&notice=saved`);
        case 'up':
        case 'down':
          if (!step) throw new AppError('not_found');
          await moveStep(context.platform, actor, pathway.id, step.id, form.intent);
          throw redirect(`${here}#step-${step.id}`);
        case 'published':
        case 'draft':
        case 'archived':
          await setPathwayStatus(context.platform, actor, pathway.id, form.intent, context.requestId);
          throw redirect(`${here}&notice=${form.intent === 'published' ? 'published' : 'saved'}`);
        default:
          throw new AppError('bad_request');
      }
    },
    (form) => (form.intent === 'editStep' ? `editStep-${form.stepId}` : form.intent),
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorPathway({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const p = d.pathway;
  const lang = d.lang;
  const language = LOCALE_NATIVE_NAMES[lang];
  const details = stateFor(actionData, 'details');
  const add = stateFor(actionData, 'addStep');
  const statusState = stateFor(actionData, 'published');
  return (
    <>
      <PageHeader
        title={t('practise:author.editTitle', { title: p.title[lang] ?? p.title.en ?? p.slug })}
        eyebrow={t('practise:author.title')}
        lead={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={p.status === 'published' ? 'success' : 'warning'}>{t(`practise:author.statuses.${p.status}`)}</Badge>
            <span className="font-mono text-sm">{p.slug}</span>
          </span>
        }
      />
      {d.notice ? (
        <Alert tone="success" live className="mb-6">
          {d.notice === 'published' ? t('practise:author.published') : t('practise:author.saved')}
        </Alert>
      ) : null}
      <EditingLanguagePicker lang={lang} label={t('practise:author.language')} description={t('practise:author.languageHint')} submit={t('practise:author.showLanguage')} />

      <Card aria-labelledby="details-title" className="mb-8">
        <h2 id="details-title" className="text-xl font-semibold">
          {t('practise:author.saveDetails')}
        </h2>
        <Form method="post" className="mt-4 flex max-w-2xl flex-col gap-4" noValidate>
          <FormErrors state={details} />
          <input type="hidden" name="intent" value="details" />
          <TextField name={`title.${lang}`} label={t('practise:author.titleIn', { language })} defaultValue={details?.values[`title.${lang}`] ?? p.title[lang] ?? ''} errors={details?.fieldErrors[`title.${lang}`]} />
          <TextField name={`summary.${lang}`} label={t('practise:author.summaryIn', { language })} multiline defaultValue={details?.values[`summary.${lang}`] ?? p.summary[lang] ?? ''} errors={details?.fieldErrors[`summary.${lang}`]} />
          <SelectField name="audience" label={t('practise:author.audience')} options={PATHWAY_AUDIENCES.map((a) => ({ value: a, label: t(`practise:tools.audiences.${a}`) }))} defaultValue={p.audience} />
          <TextField name="certificateValidityMonths" type="number" inputMode="numeric" label={t('practise:author.validity')} defaultValue={String(p.certificateValidityMonths)} errors={details?.fieldErrors.certificateValidityMonths} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('practise:author.saveDetails')}
          </button>
        </Form>
      </Card>

      <section aria-labelledby="steps-title" className="mb-8">
        <h2 id="steps-title" className="text-xl font-semibold">
          {t('practise:author.steps')}
        </h2>
        {p.steps.length === 0 ? <p className="mt-2 text-muted">{t('practise:author.noSteps')}</p> : null}
        <ol className="mt-3 flex flex-col gap-3">
          {p.steps.map((s, i) => {
            const state = stateFor(actionData, `editStep-${s.id}`);
            return (
              <li key={s.id} id={`step-${s.id}`} className="rounded-lg border border-line bg-surface p-4">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">{i + 1}.</span>
                    <Badge tone="neutral">{t(`practise:pathways.stepKinds.${s.kind}`)}</Badge>
                    <span className="font-medium">{s.title[lang] ?? s.title.en}</span>
                    {s.courseSlug ? <span className="font-mono text-xs text-muted">{s.courseSlug}</span> : null}
                    {s.toolSlug ? <span className="font-mono text-xs text-muted">{s.toolSlug}</span> : null}
                    {s.eventSlug ? <span className="font-mono text-xs text-muted">{s.eventSlug}</span> : null}
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {(['up', 'down'] as const).map((dir) => (
                      <Form method="post" key={dir}>
                        <input type="hidden" name="intent" value={dir} />
                        <input type="hidden" name="stepId" value={s.id} />
                        <button type="submit" className={buttonClass('secondary', 'px-2 py-1 text-sm')} disabled={dir === 'up' ? i === 0 : i === p.steps.length - 1} aria-label={t(dir === 'up' ? 'practise:author.moveUp' : 'practise:author.moveDown', { number: i + 1 })}>
                          {dir === 'up' ? '↑' : '↓'}
                        </button>
                      </Form>
                    ))}
                    <Form method="post">
                      <input type="hidden" name="intent" value="removeStep" />
                      <input type="hidden" name="stepId" value={s.id} />
                      <button type="submit" className={buttonClass('danger', 'px-2 py-1 text-sm')}>
                        {t('practise:author.removeStep', { number: i + 1 })}
                      </button>
                    </Form>
                  </div>
                </div>
                <details className="mt-3" open={Boolean(state)}>
                  <summary className="cursor-pointer font-medium text-primary">{t('practise:author.editStep', { number: i + 1 })}</summary>
                  <Form method="post" className="mt-3 flex flex-col gap-4" noValidate>
                    <FormErrors state={state} />
                    <input type="hidden" name="intent" value="editStep" />
                    <input type="hidden" name="stepId" value={s.id} />
                    {s.kind === 'course' ? <SelectField id={`step-${s.id}-course`} name="courseSlug" label={t('practise:author.course')} options={d.courses} defaultValue={s.courseSlug ?? ''} /> : null}
                    {s.kind === 'live_session' ? (
                      <SelectField id={`step-${s.id}-event`} name="eventSlug" label={t('practise:author.event')} description={t('practise:author.eventHint')} options={[{ value: '', label: t('practise:author.noEvent') }, ...d.events]} defaultValue={s.eventSlug ?? ''} />
                    ) : null}
                    {s.kind === 'tool_practice' ? <SelectField id={`step-${s.id}-tool`} name="toolSlug" label={t('practise:author.tool')} options={d.tools} defaultValue={s.toolSlug ?? ''} /> : null}
                    <TextField id={`step-${s.id}-title`} name={`title.${lang}`} label={t('practise:author.stepTitle', { language })} defaultValue={state?.values[`title.${lang}`] ?? s.title[lang] ?? ''} errors={state?.fieldErrors[`title.${lang}`]} />
                    <TextField id={`step-${s.id}-body`} name={`body.${lang}`} label={t('practise:author.stepBody', { language })} description={t('practise:author.stepBodyHint')} multiline defaultValue={state?.values[`body.${lang}`] ?? s.body[lang] ?? ''} errors={state?.fieldErrors[`body.${lang}`]} />
                    <button type="submit" className={buttonClass('primary', 'self-start')}>
                      {t('practise:author.saveStep')}
                    </button>
                  </Form>
                </details>
              </li>
            );
          })}
        </ol>
      </section>

      <Card aria-labelledby="add-step" className="mb-8">
        <h2 id="add-step" className="text-xl font-semibold">
          {t('practise:author.addStep')}
        </h2>
        <Form method="post" className="mt-4 flex max-w-2xl flex-col gap-4" noValidate>
          <FormErrors state={add} />
          <input type="hidden" name="intent" value="addStep" />
          <SelectField id="new-step-kind" name="kind" label={t('practise:author.kind')} options={STEP_KINDS.map((k) => ({ value: k, label: t(`practise:pathways.stepKinds.${k}`) }))} defaultValue={add?.values.kind ?? 'reading'} errors={add?.fieldErrors.kind} />
          <SelectField id="new-step-course" name="courseSlug" label={t('practise:author.course')} options={d.courses} placeholder={t('practise:author.choose')} defaultValue={add?.values.courseSlug ?? ''} errors={add?.fieldErrors.courseSlug} />
          <SelectField id="new-step-tool" name="toolSlug" label={t('practise:author.tool')} options={d.tools} placeholder={t('practise:author.choose')} defaultValue={add?.values.toolSlug ?? ''} errors={add?.fieldErrors.toolSlug} />
          <SelectField id="new-step-event" name="eventSlug" label={t('practise:author.event')} description={t('practise:author.eventHint')} options={[{ value: '', label: t('practise:author.noEvent') }, ...d.events]} defaultValue={add?.values.eventSlug ?? ''} errors={add?.fieldErrors.eventSlug} />
          <TextField id="new-step-title" name={`title.${lang}`} label={t('practise:author.stepTitle', { language })} defaultValue={add?.values[`title.${lang}`] ?? ''} errors={add?.fieldErrors[`title.${lang}`] ?? add?.fieldErrors['title.en']} />
          <TextField id="new-step-body" name={`body.${lang}`} label={t('practise:author.stepBody', { language })} description={t('practise:author.stepBodyHint')} multiline defaultValue={add?.values[`body.${lang}`] ?? ''} errors={add?.fieldErrors[`body.${lang}`] ?? add?.fieldErrors['body.en']} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('practise:author.addStep')}
          </button>
        </Form>
      </Card>

      <Card aria-labelledby="status-title">
        <h2 id="status-title" className="text-xl font-semibold">
          {t('practise:author.statusNow', { status: t(`practise:author.statuses.${p.status}`) })}
        </h2>
        <FormErrors state={statusState} />
        <div className="mt-4 flex flex-wrap gap-3">
          {p.status !== 'published' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="published" />
              <button type="submit" className={buttonClass('primary')}>
                {t('practise:author.publish')}
              </button>
            </Form>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="draft" />
              <button type="submit" className={buttonClass('secondary')}>
                {t('practise:author.unpublish')}
              </button>
            </Form>
          )}
          {p.status !== 'archived' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="archived" />
              <button type="submit" className={buttonClass('secondary')}>
                {t('practise:author.archive')}
              </button>
            </Form>
          ) : null}
          {p.status === 'published' ? (
            <Link to={`/pathways/${p.slug}`} className={buttonClass('secondary')}>
              {t('practise:author.preview')}
            </Link>
          ) : null}
        </div>
      </Card>
      <p className="mt-8">
        <Link to="/author/pathways">{t('practise:author.back')}</Link>
      </p>
    </>
  );
}
