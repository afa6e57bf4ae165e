import { answersFromForm } from '@destalk/core/learning/answers';
import { checkKnowledge, completeLesson } from '@destalk/core/learning/commands/progress';
import { lessonView } from '@destalk/core/learning/queries/lesson';
import { Alert, Badge, Button, buttonClass, Card } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/learn-lesson';
import { ItemFieldsets } from '../components/learn/question-fieldset.tsx';
import { QuestionFeedback } from '../components/learn/question-feedback.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import type { RenderHandle } from '../lib/render-cache.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const lesson = await lessonView(context.platform, actor, params.cohortId, params.lessonKey, locale);
    return { title: lesson.title, lesson };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  const raw = await request.clone().formData();
  return handleForm(request, context, async (form) => {
    const base = `/learn/cohorts/${encodeURIComponent(params.cohortId)}`;
    if (form.intent === 'check') {
      const feedback = await checkKnowledge(context.platform, actor, params.cohortId, params.lessonKey, answersFromForm(raw), locale);
      return { feedback };
    }
    await completeLesson(context.platform, actor, params.cohortId, params.lessonKey);
    throw redirect(form.next ? `${base}/lessons/${encodeURIComponent(form.next)}` : base);
  });
}

// The most-read page: rendered once per distinct lesson data and served from memory (ADR 0013).
export const handle: RenderHandle = { renderCache: true };

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function LearnLesson({ loaderData: { lesson: l }, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const feedback = actionData && 'feedback' in actionData ? actionData.feedback : undefined;
  const base = `/learn/cohorts/${l.cohortId}`;
  const stems = new Map(l.knowledgeCheck.flatMap((item) => item.questions.map((q) => [q.key, q.stem] as const)));
  return (
    <article className="flex flex-col gap-6" lang={l.lang}>
      <nav aria-label={t('learn:lesson.backToCourse')} className="text-sm">
        <Link to={base}>← {l.courseTitle}</Link>
      </nav>
      <header>
        <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-accent">{t('learn:lesson.moduleOf', { module: l.moduleTitle })}</p>
        <h1 className="text-3xl sm:text-4xl">{l.title}</h1>
        {l.done ? (
          <p className="mt-2">
            <Badge tone="success">{t('learn:lesson.done')}</Badge>
          </p>
        ) : null}
      </header>
      {l.fallback ? <Alert>{t('learn:lesson.fallback')}</Alert> : null}
      {/* Rendered from Markdown and sanitised on the server (core/content/markdown). */}
      <div className="prose-guide" dangerouslySetInnerHTML={{ __html: l.html }} />
      {l.knowledgeCheck.length ? (
        <Card aria-labelledby="check-title">
          <h2 id="check-title" className="text-2xl">
            {t('learn:lesson.checkTitle')}
          </h2>
          <p className="mt-1 text-muted">{t('learn:lesson.checkLead')}</p>
          {feedback ? (
            <div className="mt-5 flex flex-col gap-6" role="status">
              {feedback.map((f) => (
                <QuestionFeedback key={f.key} stem={stems.get(f.key) ?? ''} feedback={f} />
              ))}
            </div>
          ) : (
            <Form method="post" className="mt-5 flex flex-col gap-6">
              <input type="hidden" name="intent" value="check" />
              {l.knowledgeCheck.map((item) => (
                <ItemFieldsets key={item.key} item={item} />
              ))}
              <div>
                <Button type="submit" variant="secondary">
                  {t('learn:lesson.checkSubmit')}
                </Button>
              </div>
            </Form>
          )}
        </Card>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line pt-6">
        {l.previousKey ? (
          <Link to={`${base}/lessons/${l.previousKey}`} className={buttonClass('quiet')}>
            ← {t('learn:lesson.previous')}
          </Link>
        ) : (
          <span />
        )}
        <Form method="post">
          <input type="hidden" name="intent" value="complete" />
          {l.nextKey ? <input type="hidden" name="next" value={l.nextKey} /> : null}
          <Button type="submit">{l.nextKey ? t('learn:lesson.markDone') : t('learn:lesson.markDoneLast')}</Button>
        </Form>
      </div>
    </article>
  );
}
