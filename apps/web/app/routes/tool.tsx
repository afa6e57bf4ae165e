import { LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { passedCases } from '@destalk/core/tools/commands/practice';
import { authorizeTool } from '@destalk/core/tools/policies';
import { Alert, Badge, buttonClass, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link, redirect } from 'react-router';
import type { Route } from './+types/tool';
import { CitedSources } from '../components/cited-sources.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { presentTool, requireTool } from '../lib/tools.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.use');
    const tool = requireTool(context.platform, params.slug);
    if (tool.structure.mode === 'link') throw redirect(tool.structure.href!);
    const view = presentTool(tool, locale, { yes: '', no: '', unsure: '' });
    const passed = new Set(await passedCases(context.platform, actor, tool.structure.slug));
    return {
      title: view.title,
      tool: {
        slug: view.slug,
        title: view.title,
        summary: view.summary,
        purpose: view.purpose,
        howToHtml: view.howToHtml,
        sources: view.sources,
        fallback: view.fallback,
        lang: view.lang,
        version: view.version,
        updated: formatDate(view.updated, locale),
        audiences: view.audiences,
        languages: view.languages.map((l) => LOCALE_NATIVE_NAMES[l]),
        practice: view.practice.map((c) => ({ key: c.key, title: c.title, passed: passed.has(c.key) })),
      },
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function ToolPage({ loaderData: { tool } }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <div lang={tool.lang}>
      <PageHeader title={tool.title} eyebrow={t('practise:tools.title')} lead={tool.summary} />
      {tool.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('practise:tools.fallback')}
        </Alert>
      ) : null}
      <p className="mb-6 flex flex-wrap items-center gap-2 text-sm text-muted">
        {tool.audiences.map((a) => (
          <Badge key={a} tone="accent">
            {t(`practise:tools.audiences.${a}`)}
          </Badge>
        ))}
        <span>
          {t('practise:tools.version', { version: tool.version })} · {t('practise:tools.updated', { date: tool.updated })} · {t('practise:tools.languages')}: {tool.languages.join(', ')}
        </span>
      </p>
      <section aria-labelledby="modes" className="mb-8 rounded-lg border border-line bg-surface p-5 shadow-sm">
        <h2 id="modes" className="text-xl font-semibold">
          {t('practise:tools.modes')}
        </h2>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          <div>
            <Link to={`/tools/${tool.slug}/use`} className={buttonClass('primary')}>
              {t('practise:tools.use')}
            </Link>
            <p className="mt-2 text-sm text-muted">{t('practise:tools.useHint')}</p>
          </div>
          <div>
            <Link to={`/tools/${tool.slug}/print`} className={buttonClass('secondary')} reloadDocument>
              {t('practise:tools.print')}
            </Link>
            <p className="mt-2 text-sm text-muted">{t('practise:tools.printHint')}</p>
          </div>
          <div>
            <h3 className="font-semibold">{t('practise:practice.cases')}</h3>
            <p className="mt-1 text-sm text-muted">{t('practise:tools.practiseHint')}</p>
            <ul className="mt-2 flex flex-col gap-1">
              {tool.practice.map((c) => (
                <li key={c.key} className="flex flex-wrap items-center gap-2">
                  <Link to={`/tools/${tool.slug}/practice/${c.key}`}>{c.title}</Link>
                  {c.passed ? <Badge tone="success">{t('practise:tools.passed')}</Badge> : null}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section aria-labelledby="purpose" className="mb-8">
        <h2 id="purpose" className="text-xl font-semibold">
          {t('practise:tools.purpose')}
        </h2>
        <p className="mt-2">{tool.purpose}</p>
      </section>
      {/* The how-to brings its own sections (## headings); shipped or organisation-provided Markdown, sanitised when loaded. */}
      <div className="prose-guide" dangerouslySetInnerHTML={{ __html: tool.howToHtml }} />
      <CitedSources sources={tool.sources} title={t('practise:tools.sources')} />
    </div>
  );
}
