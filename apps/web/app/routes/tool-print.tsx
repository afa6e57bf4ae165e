import { authorizeTool } from '@destalk/core/tools/policies';
import { PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { redirect } from 'react-router';
import type { Route } from './+types/tool-print';
import { PrintButton } from '../components/print-button.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { presentTool, requireTool } from '../lib/tools.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.use');
    const tool = requireTool(context.platform, params.slug);
    if (tool.structure.mode === 'link') throw redirect(tool.structure.href!);
    const view = presentTool(tool, locale, { yes: t('practise:use.yesno.yes'), no: t('practise:use.yesno.no'), unsure: t('practise:use.yesno.unsure') });
    return { title: t('practise:blank.title', { tool: view.title }), tool: view };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

/** The blank tool to print and fill in by hand: boxes to tick, lines to write on, the flags explained. */
export default function ToolPrint({ loaderData: { tool } }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <article lang={tool.lang} className="print-sheet">
      <PageHeader title={t('practise:blank.title', { tool: tool.title })} lead={`${tool.summary} ${t('practise:tools.version', { version: tool.version })}`} />
      <div className="mb-6 print:hidden">
        <PrintButton label={t('practise:blank.printNow')} />
      </div>
      {tool.sections.map((section) => (
        <section key={section.key} className="mb-6 break-inside-avoid-page" aria-labelledby={`p-${section.key}`}>
          <h2 id={`p-${section.key}`} className="border-b border-line-strong pb-1 text-xl font-semibold">
            {section.title}
          </h2>
          {section.intro ? <p className="mt-1 text-sm text-muted">{section.intro}</p> : null}
          <ol className="mt-3 flex flex-col gap-4">
            {section.questions.map((q) => (
              <li key={q.key} className="break-inside-avoid">
                <p className="font-semibold">{q.label}</p>
                {q.type === 'text' ? (
                  <>
                    <span className="sr-only">{t('practise:blank.write')}</span>
                    <div aria-hidden="true" className="mt-2 h-20 rounded border border-line-strong" />
                  </>
                ) : (
                  <>
                    <p className="text-xs text-muted">{q.type === 'multi' ? t('practise:blank.tickAny') : t('practise:blank.tick')}</p>
                    <ul className={`mt-1 flex gap-x-6 gap-y-1 ${q.type === 'yesno' ? 'flex-row flex-wrap' : 'flex-col'}`}>
                      {q.options.map((o) => (
                        <li key={o.value} className="flex items-start gap-2">
                          <span aria-hidden="true" className="mt-1 inline-block size-4 shrink-0 rounded-sm border border-ink" />
                          <span>{o.label}</span>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <section aria-labelledby="flags-guide" className="break-before-page">
        <h2 id="flags-guide" className="border-b border-line-strong pb-1 text-xl font-semibold">
          {t('practise:blank.flagsGuide')}
        </h2>
        <dl className="mt-3 flex flex-col gap-3">
          {Object.entries(tool.flags).map(([key, flag]) => (
            <div key={key}>
              <dt className="font-semibold">
                {t(`practise:use.levels.${flag.level}`)}: {flag.title}
              </dt>
              <dd className="text-sm">{flag.explanation}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
