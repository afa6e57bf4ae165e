import { deleteToolCopy } from '@destalk/core/tools/commands/saved-copies';
import { evaluateTool } from '@destalk/core/tools/evaluate';
import { authorizeTool } from '@destalk/core/tools/policies';
import { mySavedCopy } from '@destalk/core/tools/queries/saved-copies';
import { Alert, buttonClass, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/tools-copy';
import { PrintButton } from '../components/print-button.tsx';
import { ToolSummary } from '../components/tools/tool-summary.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';
import { presentTool, toolLibrary } from '../lib/tools.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeTool(actor, 'tool.saveCopy');
    const copy = await mySavedCopy(context.platform, actor, params.copyId);
    const tool = toolLibrary(context.platform).get(copy.toolSlug);
    const view = tool ? presentTool(tool, locale, { yes: t('practise:use.yesno.yes'), no: t('practise:use.yesno.no'), unsure: t('practise:use.yesno.unsure') }) : null;
    return {
      title: view?.title ?? copy.toolSlug,
      saved: noticeFrom(request, ['saved']) !== null,
      copy: { id: copy.id, version: copy.toolVersion, answers: copy.answers, createdAt: formatDateTime(copy.createdAt, locale), expiresAt: formatDate(copy.expiresAt, locale) },
      tool: view,
      // Recomputed with the installed version of the tool; the saved flags are what it said then.
      result: view ? { ...evaluateTool(view.evaluable, copy.answers), flags: copy.flags.filter((f) => view.flags[f]).map((key) => ({ key, level: view.flags[key]!.level })) } : null,
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async () => {
    authorizeTool(actor, 'tool.saveCopy');
    await deleteToolCopy(context.platform, actor, params.copyId, context.requestId);
    throw redirect('/tools/saved?notice=deleted');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function ToolCopy({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={d.title} eyebrow={t('practise:copies.title')} lead={`${t('practise:copies.saved')} ${d.copy.createdAt} · ${t('practise:copies.expires')} ${d.copy.expiresAt}`} />
      {d.saved ? (
        <Alert tone="success" live className="mb-6">
          {t('practise:use.saved')}
        </Alert>
      ) : null}
      <p className="mb-4 text-sm text-muted">{t('practise:copies.versionNote', { version: d.copy.version })}</p>
      {d.tool && d.result ? <ToolSummary tool={d.tool} result={d.result} answers={d.copy.answers} withText={false} /> : <Alert tone="warning">{t('practise:copies.unknownTool')}</Alert>}
      <div className="mt-8 flex flex-wrap gap-3 print:hidden">
        <Link to="/tools/saved" className={buttonClass('secondary')}>
          {t('practise:copies.back')}
        </Link>
        <PrintButton label={t('practise:use.printSummary')} />
        <Form method="post">
          <button type="submit" className={buttonClass('danger')}>
            {t('practise:copies.delete')}
          </button>
        </Form>
      </div>
    </>
  );
}
