import { attemptPractice, passedCases } from '@destalk/core/tools/commands/practice';
import { authorizeTool } from '@destalk/core/tools/policies';
import type { ToolAnswers } from '@destalk/core/tools/schema';
import { AppError } from '@destalk/core/errors';
import { Alert, Badge, buttonClass, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/tool-practice';
import { FormErrors } from '../components/form-errors.tsx';
import { ToolFields } from '../components/tools/tool-fields.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { failureState } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { presentTool, requireTool, toolAnswersFrom } from '../lib/tools.server.ts';

function practiceView(context: Route.LoaderArgs['context'], slug: string, caseKey: string, locale: Parameters<typeof presentTool>[1], t: (k: string) => string) {
  const tool = requireTool(context.platform, slug);
  if (tool.structure.mode === 'link') throw redirect(tool.structure.href!);
  const view = presentTool(tool, locale, { yes: t('practise:use.yesno.yes'), no: t('practise:use.yesno.no'), unsure: t('practise:use.yesno.unsure') });
  const practiceCase = view.practice.find((c) => c.key === caseKey);
  if (!practiceCase) throw new AppError('not_found');
  return { tool, view, practiceCase };
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.practise');
    const { view, practiceCase } = practiceView(context, params.slug, params.caseKey, locale, t);
    const passed = (await passedCases(context.platform, actor, params.slug)).includes(params.caseKey);
    return { title: t('practise:practice.title', { case: practiceCase.title }), tool: view, practiceCase, passed };
  });
}

/** Practice answers describe fiction, so they come to the server to be compared; only a pass is kept. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const raw = toolAnswersFrom(await request.formData());
  try {
    authorizeTool(actor, 'tool.practise');
    const { tool, view } = practiceView(context, params.slug, params.caseKey, locale, t);
    const result = await attemptPractice(context.platform, actor, tool, params.caseKey, raw);
    const model = tool.structure.practice.find((c) => c.key === params.caseKey)!.answers;
    const questions = view.sections.flatMap((s) => s.questions);
    const label = (key: string) => questions.find((q) => q.key === key)?.label ?? key;
    const answerText = (key: string) => {
      const q = questions.find((x) => x.key === key);
      const value = model[key];
      const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
      return values.map((v) => q?.options.find((o) => o.value === v)?.label ?? v).join('; ') || t('practise:use.unanswered');
    };
    return {
      result: {
        passed: result.passed,
        missed: result.missed.map((k) => view.flags[k]!.title),
        extra: result.extra.map((k) => view.flags[k]!.title),
        matched: result.matched.map((k) => view.flags[k]!.title),
        // Model answers are shown once the case is passed, not before (they would give it away).
        different: result.differentAnswers.map((k) => ({ key: k, label: label(k), model: result.passed ? answerText(k) : null })),
      },
      answers: result.answers,
    };
  } catch (error) {
    const { state, status } = failureState(error, request, t, {});
    return data({ ...state, answers: raw as ToolAnswers }, { status });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

function FlagList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div className="mt-3">
      <h3 className="font-semibold">{title}</h3>
      <ul className="mt-1 list-disc ps-6">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
}

export default function ToolPractice({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = actionData && 'result' in actionData ? actionData.result : null;
  return (
    <div lang={d.tool.lang}>
      <PageHeader title={t('practise:practice.title', { case: d.practiceCase.title })} eyebrow={d.tool.title} lead={t('practise:practice.lead')} />
      {d.passed ? (
        <p className="mb-4">
          <Badge tone="success">{t('practise:tools.passed')}</Badge>
        </p>
      ) : null}
      <FormErrors state={stateFor(actionData)} />
      {result ? (
        <section aria-labelledby="practice-result" className="mb-8" tabIndex={-1}>
          <Alert tone={result.passed ? 'success' : 'warning'} live>
            <h2 id="practice-result" className="font-semibold">
              {result.passed ? t('practise:practice.passed') : t('practise:practice.failed')}
            </h2>
          </Alert>
          <div className="mt-3 rounded-lg border border-line bg-surface p-5">
            <FlagList title={t('practise:practice.matched')} items={result.matched} />
            <FlagList title={t('practise:practice.missed')} items={result.missed} />
            <FlagList title={t('practise:practice.extra')} items={result.extra} />
            {result.different.length ? (
              <div className="mt-3">
                <h3 className="font-semibold">{t('practise:practice.different')}</h3>
                <ul className="mt-1 list-disc ps-6">
                  {result.different.map((q) => (
                    <li key={q.key}>
                      {q.label}
                      {q.model ? <span className="block text-sm text-muted">{t('practise:practice.modelAnswer', { answer: q.model })}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="case-title" className="mb-8 rounded-lg border-s-4 border-primary bg-surface-muted p-5">
        <h2 id="case-title" className="text-xl font-semibold">
          {t('practise:practice.case')}
        </h2>
        {d.practiceCase.story.split(/\n\s*\n/).map((paragraph, i) => (
          <p key={i} className="mt-2">
            {paragraph}
          </p>
        ))}
      </section>
      <Form method="post" noValidate>
        <ToolFields tool={d.tool} answers={actionData?.answers} />
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass('primary')}>
            {t('practise:practice.submit')}
          </button>
          <a href="#case-title">{t('practise:practice.reread')}</a>
        </div>
      </Form>
      <p className="mt-8">
        <Link to={`/tools/${d.tool.slug}`}>{t('practise:practice.back')}</Link>
      </p>
    </div>
  );
}
