import { changeDraft, discardDraft, publishDraft, removeDraftAsset, saveDraftAsset } from '@destalk/core/authoring/commands';
import { draftEditorView } from '@destalk/core/authoring/queries';
import { Alert, Button, buttonClass, Card, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/author-course';
import { LanguagePicker } from '../components/author/language-picker.tsx';
import { StructureEditor } from '../components/author/structure-editor.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

const CHANGES = new Set(['addModule', 'updateModule', 'removeModule', 'moveModule', 'addLesson', 'removeLesson', 'moveLesson', 'removeItem']);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const view = await draftEditorView(context.platform, actor, params.slug, locale);
    const lang = editingLanguage(request, view.document.defaultLocale);
    const doc = view.document;
    return {
      title: `${t('teach:author.title')} – ${doc.title[doc.defaultLocale] ?? params.slug}`,
      slug: params.slug,
      lang,
      doc,
      assets: view.assets,
      mainCourses: view.mainCourses,
      problems: view.problems.map((p) => t(p.key, p.values)),
      published: noticeFrom(request, ['saved']) !== null,
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
      const { platform } = context;
      if (form.intent === 'details') {
        await changeDraft(platform, actor, params.slug, { op: 'details', lang, title: form.title, summary: form.summary, certificateValidityMonths: form.certificateValidityMonths, refresherOf: form.refresherOf });
        return { done: t('teach:author.saved') };
      }
      if (form.intent && CHANGES.has(form.intent)) {
        await changeDraft(platform, actor, params.slug, { ...form, op: form.intent, lang });
        return { done: '' };
      }
      if (form.intent === 'upload') {
        const file = raw.get('file');
        if (!(file instanceof File) || file.size === 0) throw data({ code: 'bad_request' }, { status: 400 });
        const { name } = await saveDraftAsset(platform, actor, params.slug, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        return { done: t('teach:author.fileSaved', { name }) };
      }
      if (form.intent === 'removeFile') {
        await removeDraftAsset(platform, actor, params.slug, form.name ?? '');
        return { done: '' };
      }
      if (form.intent === 'publish') {
        const { number } = await publishDraft(platform, actor, params.slug);
        return { done: t('teach:author.publishedNotice', { number }) };
      }
      if (form.intent === 'discard') {
        await discardDraft(platform, actor, params.slug);
        throw redirect('/author');
      }
      throw data({ code: 'bad_request' }, { status: 400 });
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function AuthorCourse({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const done = actionData && 'done' in actionData && actionData.done ? actionData.done : undefined;
  const details = stateFor(actionData, 'details');
  // The structure's small forms repeat field names: their problems are listed without field links.
  const other = actionData && 'formErrors' in actionData && actionData.intent !== 'details' ? stateFor(actionData) : undefined;
  const failed = other ? { ...other, formErrors: [...other.formErrors, ...Object.values(other.fieldErrors).flat()], fieldErrors: {} } : undefined;
  const base = `/author/courses/${d.slug}`;
  const query = `?lang=${d.lang}`;
  const courseName = d.doc.title[d.lang] ?? d.doc.title[d.doc.defaultLocale] ?? d.slug;
  return (
    <>
      <PageHeader
        eyebrow={t('teach:author.title')}
        title={courseName}
        actions={
          <Link to={`${base}/preview${query}`} className={buttonClass('secondary')}>
            {t('teach:author.preview')}
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        {done ? (
          <Alert tone="success" live>
            {done}
          </Alert>
        ) : null}
        <FormErrors state={failed} />
        <LanguagePicker lang={d.lang} defaultLocale={d.doc.defaultLocale} locales={d.doc.locales} />
        <Card aria-labelledby="details-title">
          <h2 id="details-title" className="text-2xl">
            {t('teach:author.details')}
          </h2>
          <Form method="post" className="mt-4 grid gap-4" noValidate preventScrollReset>
            <FormErrors state={details} />
            <input type="hidden" name="intent" value="details" />
            <TextField name="title" label={t('teach:author.courseTitle')} isRequired defaultValue={details?.values.title ?? d.doc.title[d.lang] ?? ''} errors={details?.fieldErrors.title} />
            <TextField name="summary" label={t('teach:author.summary')} multiline defaultValue={details?.values.summary ?? d.doc.summary[d.lang] ?? ''} errors={details?.fieldErrors.summary} />
            <TextField name="certificateValidityMonths" type="number" inputMode="numeric" label={t('teach:author.validity')} defaultValue={details?.values.certificateValidityMonths ?? String(d.doc.certificateValidityMonths)} errors={details?.fieldErrors.certificateValidityMonths} className="max-w-xs" />
            <SelectField
              name="refresherOf"
              label={t('teach:author.refresherOf')}
              description={t('teach:author.refresherOfHint')}
              defaultValue={details?.values.refresherOf ?? d.doc.refresherOf ?? ''}
              options={[{ value: '', label: t('teach:author.refresherNone') }, ...d.mainCourses.map((c) => ({ value: c.slug, label: c.title }))]}
              errors={details?.fieldErrors.refresherOf}
            />
            <div>
              <Button type="submit">{t('teach:author.save')}</Button>
            </div>
          </Form>
        </Card>
        <section aria-labelledby="structure-title">
          <h2 id="structure-title" className="mb-3 text-2xl">
            {t('teach:author.structure')}
          </h2>
          <StructureEditor doc={d.doc} lang={d.lang} base={base} />
        </section>
        <Card aria-labelledby="items-title">
          <h2 id="items-title" className="text-2xl">
            {t('teach:author.items')}
          </h2>
          <p className="mt-1 text-muted">{t('teach:author.itemsHint')}</p>
          {d.doc.items.length === 0 ? <p className="mt-3 text-muted">{t('teach:author.itemsNone')}</p> : null}
          <ul className="mt-3 divide-y divide-line">
            {d.doc.items.map((item) => {
              const label = item.type === 'scenario' ? (item.vignette[d.lang] ?? item.vignette[d.doc.defaultLocale] ?? item.key) : (item.stem[d.lang] ?? item.stem[d.doc.defaultLocale] ?? item.key);
              return (
                <li key={item.key} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link to={`${base}/items/${item.key}${query}`} className="line-clamp-2 max-w-2xl">
                    {label}
                  </Link>
                  <span className="text-sm text-muted">{t(`teach:author.itemTypes.${item.type}`)}</span>
                </li>
              );
            })}
          </ul>
          <p className="mt-4 flex flex-wrap gap-3">
            <Link to={`${base}/items/new${query}&type=single`} className={buttonClass('secondary')}>
              {t('teach:author.newItem')}
            </Link>
            <Link to={`${base}/items/new${query}&type=scenario`} className={buttonClass('secondary')}>
              {t('teach:author.newScenario')}
            </Link>
          </p>
        </Card>
        <Card aria-labelledby="files-title">
          <h2 id="files-title" className="text-2xl">
            {t('teach:author.files')}
          </h2>
          <p className="mt-1 text-muted">{t('teach:author.filesHint')}</p>
          {d.assets.length === 0 ? <p className="mt-3 text-muted">{t('teach:author.filesNone')}</p> : null}
          <ul className="mt-3 divide-y divide-line">
            {d.assets.map((a) => (
              <li key={a.name} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <a href={`${base}/assets/${a.name}`} className="font-mono text-sm">
                  {a.name}
                </a>
                <Form method="post" preventScrollReset>
                  <input type="hidden" name="intent" value="removeFile" />
                  <input type="hidden" name="name" value={a.name} />
                  <Button type="submit" variant="quiet" aria-label={t('teach:author.removeNamed', { name: a.name })}>
                    {t('teach:author.remove')}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
          <Form method="post" encType="multipart/form-data" className="mt-4 flex flex-wrap items-end gap-3" preventScrollReset>
            <input type="hidden" name="intent" value="upload" />
            <div className="flex flex-col gap-1">
              <label htmlFor="asset-file" className="font-medium">
                {t('teach:author.file')}
              </label>
              <input id="asset-file" name="file" type="file" className="text-sm" />
            </div>
            <Button type="submit" variant="secondary">
              {t('teach:author.upload')}
            </Button>
          </Form>
        </Card>
        <Card aria-labelledby="publish-title">
          <h2 id="publish-title" className="text-2xl">
            {d.problems.length ? t('teach:author.problems') : t('teach:author.ready')}
          </h2>
          {d.problems.length ? (
            <ul className="mt-3 list-disc space-y-1 ps-5">
              {d.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <Button type="submit" isDisabled={d.problems.length > 0}>
                {t('teach:author.publish')}
              </Button>
            </Form>
            <Form method="post">
              <input type="hidden" name="intent" value="discard" />
              <Button type="submit" variant="quiet">
                {t('teach:author.discard')}
              </Button>
            </Form>
          </div>
        </Card>
      </div>
    </>
  );
}
