import { changeDraft, openDraft } from '@destalk/core/authoring/commands';
import { AppError } from '@destalk/core/errors';
import { Button, CheckboxField, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author-quiz';
import { LanguagePicker } from '../components/author/language-picker.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage, listOf } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

/** A module's quiz (`:module` is its key) or the final quiz (`final`). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { document: doc } = await openDraft(context.platform, actor, params.slug);
    const lang = editingLanguage(request, doc.defaultLocale);
    const module = params.module === 'final' ? null : doc.modules.find((m) => m.key === params.module);
    if (module === undefined) throw new AppError('not_found');
    const quiz = module ? module.quiz : doc.finalQuiz;
    const heading = module ? `${t('teach:author.quiz')}: ${module.title[lang] ?? module.title[doc.defaultLocale] ?? module.key}` : t('teach:author.finalQuiz');
    return {
      title: heading,
      slug: params.slug,
      lang,
      doc: { defaultLocale: doc.defaultLocale, locales: doc.locales },
      quiz: quiz ?? null,
      quizTitle: quiz?.title[lang] ?? '',
      items: doc.items.map((i) => ({ key: i.key, label: (i.type === 'scenario' ? (i.vignette[lang] ?? i.vignette[doc.defaultLocale]) : (i.stem[lang] ?? i.stem[doc.defaultLocale])) ?? i.key, type: i.type })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const raw = await request.clone().formData();
  const lang = editingLanguage(request, 'en');
  const moduleKey = params.module === 'final' ? null : params.module;
  const back = `/author/courses/${encodeURIComponent(params.slug)}?lang=${lang}`;
  return handleForm(request, context, async (form) => {
    if (form.intent === 'remove') await changeDraft(context.platform, actor, params.slug, { op: 'removeQuiz', moduleKey });
    else await changeDraft(context.platform, actor, params.slug, { op: 'setQuiz', moduleKey, lang, title: form.title, passMark: form.passMark, attemptLimit: form.attemptLimit, shuffle: form.shuffle ?? false, items: listOf(raw, 'items') });
    throw redirect(back);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorQuiz({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  return (
    <>
      <nav aria-label={t('teach:author.quizEditor.back')} className="mb-4 text-sm">
        <Link to={`/author/courses/${d.slug}?lang=${d.lang}`}>← {t('teach:author.quizEditor.back')}</Link>
      </nav>
      <PageHeader title={d.title} />
      <div className="flex flex-col gap-6">
        <LanguagePicker lang={d.lang} defaultLocale={d.doc.defaultLocale} locales={d.doc.locales} />
        <Form method="post" className="flex flex-col gap-5" noValidate>
          <FormErrors state={state} />
          <TextField name="title" label={t('teach:author.quizEditor.title')} isRequired defaultValue={state?.values.title ?? d.quizTitle} errors={state?.fieldErrors.title} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="passMark" type="number" inputMode="numeric" label={t('teach:author.quizEditor.passMark')} defaultValue={state?.values.passMark ?? String(d.quiz?.passMark ?? 70)} errors={state?.fieldErrors.passMark} />
            <TextField name="attemptLimit" type="number" inputMode="numeric" label={t('teach:author.quizEditor.attempts')} defaultValue={state?.values.attemptLimit ?? String(d.quiz?.attemptLimit ?? 3)} errors={state?.fieldErrors.attemptLimit} />
          </div>
          <CheckboxField name="shuffle" label={t('teach:author.quizEditor.shuffle')} defaultChecked={d.quiz?.shuffle ?? true} />
          <fieldset className="rounded-lg border border-line bg-surface p-4">
            <legend className="px-1 font-semibold">{t('teach:author.quizEditor.items')}</legend>
            {d.items.length === 0 ? <p className="text-muted">{t('teach:author.itemsNone')}</p> : null}
            <div className="mt-2 flex flex-col gap-2">
              {d.items.map((item) => (
                <CheckboxField key={item.key} name="items" value={item.key} label={item.label} description={t(`teach:author.itemTypes.${item.type}`)} defaultChecked={d.quiz?.items.includes(item.key) ?? false} />
              ))}
            </div>
          </fieldset>
          <div>
            <Button type="submit">{t('teach:author.save')}</Button>
          </div>
        </Form>
        {d.quiz ? (
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <Button type="submit" variant="danger">
              {t('teach:author.quizEditor.remove')}
            </Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}
