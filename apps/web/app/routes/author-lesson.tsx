import { AppError } from '@destalk/core/errors';
import { changeDraft, openDraft } from '@destalk/core/authoring/commands';
import { previewMarkdown } from '@destalk/core/authoring/queries';
import { Alert, Button, CheckboxField, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/author-lesson';
import { LanguagePicker } from '../components/author/language-picker.tsx';
import { MarkdownEditor } from '../components/author/markdown-editor.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage, listOf } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

const AUDIENCES = ['all', 'victim_support', 'perpetrator_programme', 'public_authority'] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  return guardLoader(request, async () => {
    const { document: doc } = await openDraft(context.platform, actor, params.slug);
    const lang = editingLanguage(request, doc.defaultLocale);
    const module = doc.modules.find((m) => m.lessons.some((l) => l.key === params.key));
    const lesson = module?.lessons.find((l) => l.key === params.key);
    if (!module || !lesson) throw new AppError('not_found');
    const body = lesson.body[lang] ?? '';
    return {
      title: lesson.title[lang] ?? lesson.title[doc.defaultLocale] ?? lesson.key,
      slug: params.slug,
      lang,
      doc: { defaultLocale: doc.defaultLocale, locales: doc.locales },
      lesson,
      moduleTitle: module.title[lang] ?? module.title[doc.defaultLocale] ?? module.key,
      items: doc.items.map((i) => ({ key: i.key, label: (i.type === 'scenario' ? i.vignette[lang] ?? i.vignette[doc.defaultLocale] : i.stem[lang] ?? i.stem[doc.defaultLocale]) ?? i.key })),
      html: body ? await previewMarkdown(context.platform, actor, params.slug, body, lang) : '',
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const raw = await request.clone().formData();
  const lang = editingLanguage(request, 'en');
  return handleForm(
    request,
    context,
    async (form, t) => {
      await changeDraft(context.platform, actor, params.slug, { op: 'updateLesson', key: params.key, lang, title: form.title, body: form.body ?? '', audience: form.audience, required: form.required ?? false, knowledgeCheck: listOf(raw, 'knowledgeCheck') });
      return { done: t('teach:author.saved') };
    },
    () => 'lesson',
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorLesson({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  const base = `/author/courses/${d.slug}`;
  return (
    <>
      <nav aria-label={t('teach:author.lesson.back')} className="mb-4 text-sm">
        <Link to={`${base}?lang=${d.lang}`}>← {t('teach:author.lesson.back')}</Link>
      </nav>
      <PageHeader eyebrow={d.moduleTitle} title={d.title} />
      <div className="flex flex-col gap-6">
        <LanguagePicker lang={d.lang} defaultLocale={d.doc.defaultLocale} locales={d.doc.locales} />
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <Form method="post" className="flex flex-col gap-5" noValidate>
          <FormErrors state={state} />
          <TextField name="title" label={t('teach:author.lessonTitle')} isRequired defaultValue={state?.values.title ?? d.lesson.title[d.lang] ?? ''} errors={state?.fieldErrors.title} />
          <div className="flex flex-wrap items-end gap-6">
            <SelectField name="audience" label={t('teach:author.audience')} defaultValue={d.lesson.audience} options={AUDIENCES.map((a) => ({ value: a, label: t(`teach:author.audienceNames.${a}`) }))} />
            <CheckboxField name="required" label={t('teach:author.lesson.required')} defaultChecked={d.lesson.required} />
          </div>
          <MarkdownEditor name="body" label={t('teach:author.lesson.body')} hint={t('teach:author.lesson.bodyHint')} defaultValue={state?.values.body ?? d.lesson.body[d.lang] ?? ''} previewUrl={`${base}/markdown-preview`} initialHtml={d.html} lang={d.lang} errors={state?.fieldErrors.body} />
          {d.items.length ? (
            <fieldset className="rounded-lg border border-line bg-surface p-4">
              <legend className="px-1 font-semibold">{t('teach:author.lesson.knowledgeCheck')}</legend>
              <div className="mt-2 flex flex-col gap-2">
                {d.items.map((item) => (
                  <CheckboxField key={item.key} name="knowledgeCheck" value={item.key} label={item.label} defaultChecked={d.lesson.knowledgeCheck.includes(item.key)} />
                ))}
              </div>
            </fieldset>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{t('teach:author.save')}</Button>
          </div>
        </Form>
      </div>
    </>
  );
}
