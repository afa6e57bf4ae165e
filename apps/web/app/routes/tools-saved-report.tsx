import { deleteReport } from '@destalk/core/stalkerware/commands/saved-reports';
import { getSavedReport } from '@destalk/core/stalkerware/queries/reports';
import { Button, buttonClass, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/tools-saved-report';
import { ReportBody } from '../components/report-body.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { reportLabels } from '../lib/report-labels.ts';
import { presentReport } from '../lib/report-view.server.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const saved = await getSavedReport(context.platform, actor, params.reportId);
    return {
      title: saved.label,
      label: saved.label,
      expires: `${t('check:saved.expires')} ${formatDate(saved.expiresAt, locale)}`,
      view: presentReport(saved.report, undefined, t, locale),
      labels: reportLabels(t),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async () => {
    await deleteReport(context.platform, actor, params.reportId, context.requestId);
    throw redirect('/tools/stalkerware-check/reports?notice=deleted');
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function SavedReport({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={d.label} eyebrow={t('check:saved.title')} lead={d.expires} />
      <ReportBody view={d.view} labels={d.labels} />
      <div className="mt-8 flex flex-wrap gap-3 print:hidden">
        <Link to="/tools/stalkerware-check/reports" className={buttonClass('secondary')}>
          {t('check:saved.back')}
        </Link>
        <Form method="post">
          <Button type="submit" variant="danger">
            {t('check:saved.delete')}
          </Button>
        </Form>
      </div>
    </>
  );
}
