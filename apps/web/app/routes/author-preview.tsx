import { previewDraft } from '@destalk/core/authoring/queries';
import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Alert, Badge, Button, Card, PageHeader, SelectField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/author-preview';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage } from '../lib/author.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

const TRACKS = ['victim_support', 'perpetrator_programme', 'public_authority'] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const asked = new URL(request.url).searchParams.get('audience');
  const audience = TRACKS.find((a) => a === asked) ?? 'victim_support';
  const lang = editingLanguage(request, 'en');
  return guardLoader(request, async () => {
    const preview = await previewDraft(context.platform, actor, params.slug, audience, lang);
    return { title: t('teach:author.previewPage.title', { course: preview.title }), slug: params.slug, audience, lang, preview };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AuthorPreview({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lessons = d.preview.modules.flatMap((m) => m.lessons);
  return (
    <>
      <nav aria-label={t('teach:author.lesson.back')} className="mb-4 text-sm">
        <Link to={`/author/courses/${d.slug}?lang=${d.lang}`}>← {t('teach:author.lesson.back')}</Link>
      </nav>
      <PageHeader title={t('teach:author.previewPage.title', { course: d.preview.title })} lead={t('teach:author.previewPage.lead')} />
      <Form method="get" className="mb-8 flex flex-wrap items-end gap-3">
        <SelectField name="audience" label={t('teach:author.previewPage.track')} defaultValue={d.audience} options={TRACKS.map((a) => ({ value: a, label: t(`learn:track.names.${a}`) }))} />
        <SelectField name="lang" label={t('teach:author.previewPage.language')} defaultValue={d.lang} options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))} />
        <Button type="submit" variant="secondary">
          {t('teach:author.previewPage.show')}
        </Button>
      </Form>
      {lessons.length === 0 ? <p className="text-muted">{t('teach:author.previewPage.empty')}</p> : null}
      <div className="flex flex-col gap-10">
        {d.preview.modules.map((m, i) => (
          <section key={m.key} aria-labelledby={`pm-${m.key}`} className="flex flex-col gap-6">
            <h2 id={`pm-${m.key}`} className="text-2xl">
              {i + 1}. {m.title}
            </h2>
            {m.lessons.map((l) => (
              <Card key={l.key} as="article" aria-labelledby={`pl-${l.key}`}>
                <h3 id={`pl-${l.key}`} className="flex flex-wrap items-center gap-2 text-xl">
                  {l.title}
                  {!l.required ? <Badge>{t('teach:author.optional')}</Badge> : null}
                </h3>
                {l.fallback ? (
                  <div className="mt-3">
                    <Alert>{t('teach:author.previewPage.fallback', { language: LOCALE_NATIVE_NAMES[l.lang as keyof typeof LOCALE_NATIVE_NAMES] ?? l.lang })}</Alert>
                  </div>
                ) : null}
                {/* Rendered and sanitised on the server with the learner's renderer. */}
                <div className="prose-guide mt-4" lang={l.lang} dangerouslySetInnerHTML={{ __html: l.html }} />
              </Card>
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
