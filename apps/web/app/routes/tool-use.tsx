import { saveToolCopy } from '@destalk/core/tools/commands/saved-copies';
import { cleanAnswers, evaluateTool, type ToolResult } from '@destalk/core/tools/evaluate';
import { authorizeTool } from '@destalk/core/tools/policies';
import type { ToolAnswers } from '@destalk/core/tools/schema';
import { Alert, buttonClass, PageHeader } from '@destalk/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Link, redirect } from 'react-router';
import type { Route } from './+types/tool-use';
import { FormErrors } from '../components/form-errors.tsx';
import { ToolFields } from '../components/tools/tool-fields.tsx';
import { ToolSummary } from '../components/tools/tool-summary.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { failureState } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { presentTool, requireTool, toolAnswersFrom } from '../lib/tools.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.use');
    const tool = requireTool(context.platform, params.slug);
    if (tool.structure.mode === 'link') throw redirect(tool.structure.href!);
    const view = presentTool(tool, locale, { yes: t('practise:use.yesno.yes'), no: t('practise:use.yesno.no'), unsure: t('practise:use.yesno.unsure') });
    return { title: t('practise:use.title', { tool: view.title }), tool: view, retentionDays: context.platform.config.toolCopyRetentionDays };
  });
}

/**
 * Two intents. `summary` is the no-JavaScript fallback: the answers come to the server once, the
 * summary is computed in memory and sent back, nothing is stored (with JavaScript the browser
 * computes it and this never runs). `save` keeps an anonymised copy, only when pressed.
 */
export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  const form = await request.formData();
  const raw = toolAnswersFrom(form);
  try {
    authorizeTool(actor, 'tool.use');
    const tool = requireTool(context.platform, params.slug);
    if (form.get('intent') === 'save') {
      const { id } = await saveToolCopy(context.platform, actor, tool, locale, raw, context.requestId);
      return redirect(`/tools/saved/${id}?notice=saved`);
    }
    const answers = cleanAnswers(tool.structure, raw, { keepText: true });
    return { summary: evaluateTool(tool.structure, answers), answers };
  } catch (error) {
    const { state, status } = failureState(error, request, t, {}, 'save');
    return data({ ...state, answers: raw as ToolAnswers }, { status });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

function download(filename: string, html: string) {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

export default function ToolUse({ loaderData: { tool, retentionDays }, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [live, setLive] = useState<{ answers: ToolAnswers; result: ToolResult } | null>(null);
  useEffect(() => setHydrated(true), []);

  const server = actionData && 'summary' in actionData ? { answers: actionData.answers, result: actionData.summary } : null;
  const saveState = stateFor(actionData, 'save');
  const shown = live ?? server;
  const initialAnswers = server?.answers ?? (actionData && 'answers' in actionData ? actionData.answers : undefined);

  // Everything here runs in the browser: the answers never leave the page.
  const recompute = () => {
    if (!formRef.current) return;
    const answers: ToolAnswers = {};
    for (const [key, value] of new FormData(formRef.current)) {
      if (typeof value !== 'string' || key === 'intent') continue;
      const existing = answers[key];
      answers[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    const clean = cleanAnswers(tool.evaluable, answers, { keepText: true });
    setLive(Object.keys(clean).length ? { answers: clean, result: evaluateTool(tool.evaluable, clean) } : null);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== 'summary') return;
    event.preventDefault();
    recompute();
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  const downloadSummary = () => {
    const body = document.getElementById('tool-summary')?.innerHTML ?? '';
    const stamp = new Date().toISOString().slice(0, 10);
    download(
      `${tool.slug}-${stamp}.html`,
      `<!doctype html><html lang="${i18n.language}"><meta charset="utf-8"><title>${tool.title}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}dt{color:#4a5263}dd{margin:0 0 .5rem;font-weight:600}</style><h1>${tool.title}</h1><p>${t('practise:use.printedOn', { date: stamp, tool: tool.title, version: tool.version })}</p>${body}</html>`,
    );
  };

  return (
    <div lang={tool.lang}>
      <PageHeader title={tool.title} eyebrow={t('practise:tools.use')} lead={tool.summary} />
      <Alert tone="info" className="mb-6 print:hidden">
        <strong>{t('practise:use.privacy')}.</strong> {t('practise:use.privacyText')}
        {/* Shown until the page's JavaScript runs (a <noscript> would not reach every no-script browser). */}
        {hydrated ? null : <span className="mt-2 block">{t('practise:use.noScript')}</span>}
      </Alert>
      <FormErrors state={saveState} />
      <form ref={formRef} method="post" onChange={hydrated ? recompute : undefined} onReset={() => setLive(null)} onSubmit={onSubmit} className="print:hidden" noValidate>
        <ToolFields tool={tool} answers={initialAnswers} />
        <div className="mt-6 flex flex-wrap gap-3">
          <button type="submit" name="intent" value="summary" className={buttonClass('primary')}>
            {t('practise:use.showSummary')}
          </button>
          <button type="reset" className={buttonClass('secondary')}>
            {t('practise:use.clear')}
          </button>
        </div>
        <section aria-labelledby="save-title" className="mt-8 rounded-lg border border-line bg-surface-muted p-5">
          <h2 id="save-title" className="text-lg font-semibold">
            {t('practise:use.save')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('practise:use.saveHint', { days: retentionDays })}</p>
          <button type="submit" name="intent" value="save" className={buttonClass('secondary', 'mt-3')}>
            {t('practise:use.save')}
          </button>
        </section>
      </form>
      <div className="mt-8" aria-live="polite">
        {shown ? (
          <>
            <div id="tool-summary">
              <ToolSummary ref={summaryRef} tool={tool} result={shown.result} answers={shown.answers} />
            </div>
            {hydrated ? (
              <div className="mt-4 flex flex-wrap gap-3 print:hidden">
                <button type="button" className={buttonClass('secondary')} onClick={() => window.print()}>
                  {t('practise:use.printSummary')}
                </button>
                <button type="button" className={buttonClass('secondary')} onClick={downloadSummary}>
                  {t('practise:use.downloadSummary')}
                </button>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
      <p className="mt-8 print:hidden">
        <Link to={`/tools/${tool.slug}`}>{t('practise:practice.back')}</Link>
      </p>
    </div>
  );
}
