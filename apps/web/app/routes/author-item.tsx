import { changeDraft, openDraft } from '@destalk/core/authoring/commands';
import type { DraftItem, DraftQuestion } from '@destalk/core/authoring/draft';
import { AppError } from '@destalk/core/errors';
import { Alert, Button, Card, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author-item';
import { LanguagePicker } from '../components/author/language-picker.tsx';
import { QuestionEditor, questionsFromForm } from '../components/author/question-editor.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

const TYPES = ['single', 'multiple', 'true_false', 'scenario'] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const { document: doc } = await openDraft(context.platform, actor, params.slug);
    const lang = editingLanguage(request, doc.defaultLocale);
    const asked = new URL(request.url).searchParams.get('type');
    const item: DraftItem | null = params.key === 'new' ? null : (doc.items.find((i) => i.key === params.key) ?? null);
    if (params.key !== 'new' && !item) throw new AppError('not_found');
    const type = item?.type ?? (TYPES.find((x) => x === asked) ?? 'single');
    return { title: t(`teach:author.itemTypes.${type}`), slug: params.slug, lang, doc: { defaultLocale: doc.defaultLocale, locales: doc.locales }, item, type, saved: noticeFrom(request, ['saved']) !== null };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const lang = editingLanguage(request, 'en');
  const base = `/author/courses/${encodeURIComponent(params.slug)}`;
  return handleForm(
    request,
    context,
    async (form, t) => {
      if (form.intent === 'remove') {
        await changeDraft(context.platform, actor, params.slug, { op: 'removeItem', key: params.key });
        throw redirect(`${base}?lang=${lang}`);
      }
      const type = form.type ?? 'single';
      const questions = questionsFromForm(form, type);
      const doc = await changeDraft(context.platform, actor, params.slug, { op: 'saveItem', lang, ...(params.key !== 'new' ? { key: params.key } : {}), type, vignette: form.vignette ?? '', questions: type === 'scenario' ? questions : questions.slice(0, 1).map((q) => ({ ...q, type })) });
      if (params.key === 'new') throw redirect(`${base}/items/${doc.items.at(-1)!.key}?lang=${lang}&notice=saved`);
      return { done: t('teach:author.item.saved') };
    },
    () => 'item',
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorItem({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const done = actionData && 'done' in actionData ? actionData.done : d.saved ? t('teach:author.item.saved') : undefined;
  const base = `/author/courses/${d.slug}`;
  const errors = state?.fieldErrors ?? {};
  const scenario = d.type === 'scenario';
  const questions: Array<DraftQuestion | null> = d.item ? (d.item.type === 'scenario' ? [...d.item.questions, null] : [d.item as DraftQuestion]) : scenario ? [null, null] : [null];
  return (
    <>
      <nav aria-label={t('teach:author.item.back')} className="mb-4 text-sm">
        <Link to={`${base}?lang=${d.lang}`}>← {t('teach:author.item.back')}</Link>
      </nav>
      <PageHeader eyebrow={t('teach:author.items')} title={d.title} />
      <div className="flex flex-col gap-6">
        <LanguagePicker lang={d.lang} defaultLocale={d.doc.defaultLocale} locales={d.doc.locales} />
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <Form method="post" className="flex flex-col gap-6" noValidate>
          <FormErrors state={state} />
          {scenario ? (
            <>
              <input type="hidden" name="type" value="scenario" />
              <TextField name="vignette" label={t('teach:author.item.vignette')} description={t('teach:author.item.vignetteHint')} multiline defaultValue={d.item?.type === 'scenario' ? (d.item.vignette[d.lang] ?? '') : ''} errors={errors.vignette} />
              {questions.map((q, i) => (
                <Card key={q?.key ?? `new-${i}`} aria-labelledby={`question-${i}`}>
                  <h2 id={`question-${i}`} className="mb-3 text-lg">
                    {t('teach:author.item.question', { number: i + 1 })}
                  </h2>
                  <QuestionEditor index={i} question={q} lang={d.lang} fallbackLang={d.doc.defaultLocale} showType errors={errors} />
                </Card>
              ))}
            </>
          ) : (
            <Card>
              <SelectField name="type" label={t('teach:author.item.type')} defaultValue={d.type} options={(['single', 'multiple', 'true_false'] as const).map((v) => ({ value: v, label: t(`teach:author.itemTypes.${v}`) }))} />
              <div className="mt-4">
                <QuestionEditor index={0} question={questions[0] ?? null} lang={d.lang} fallbackLang={d.doc.defaultLocale} showType={false} errors={errors} />
              </div>
            </Card>
          )}
          <div className="flex flex-wrap gap-3">
            <Button type="submit">{scenario ? t('teach:author.item.addQuestion') : t('teach:author.item.save')}</Button>
          </div>
        </Form>
        {d.item ? (
          <Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <Button type="submit" variant="danger">
              {t('teach:author.item.remove')}
            </Button>
          </Form>
        ) : null}
      </div>
    </>
  );
}
