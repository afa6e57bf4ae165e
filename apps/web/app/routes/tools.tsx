import { LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { authorizeTool } from '@destalk/core/tools/policies';
import { Badge, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/tools';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { presentTool, toolLibrary } from '../lib/tools.server.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.use');
    const yesno = { yes: '', no: '', unsure: '' };
    return {
      title: t('practise:tools.title'),
      tools: toolLibrary(context.platform)
        .list()
        .map((tool) => presentTool(tool, locale, yesno))
        .map((v) => ({ slug: v.slug, href: v.mode === 'link' ? v.href : `/tools/${v.slug}`, title: v.title, summary: v.summary, version: v.version, audiences: v.audiences, languages: v.languages.map((l) => LOCALE_NATIVE_NAMES[l]) })),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Tools({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('practise:tools.title')} lead={t('practise:tools.lead')} />
      <ul className="grid gap-4 md:grid-cols-2">
        {d.tools.map((tool) => (
          <li key={tool.slug} className="flex flex-col rounded-lg border border-line bg-surface p-5 shadow-sm">
            <h2 className="text-xl font-semibold">
              <Link to={tool.href} className="no-underline hover:underline">
                {tool.title}
              </Link>
            </h2>
            <p className="mt-2 flex-1 text-ink">{tool.summary}</p>
            <div className="mt-4 flex flex-wrap gap-2" aria-label={t('practise:tools.audience')}>
              {tool.audiences.map((a) => (
                <Badge key={a} tone="accent">
                  {t(`practise:tools.audiences.${a}`)}
                </Badge>
              ))}
            </div>
            <p className="mt-3 text-sm text-muted">
              {t('practise:tools.version', { version: tool.version })} · {t('practise:tools.languages')}: {tool.languages.join(', ')}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link to="/tools/saved">{t('practise:tools.savedNav')}</Link>
      </p>
    </>
  );
}
