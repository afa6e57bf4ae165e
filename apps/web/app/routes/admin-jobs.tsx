import { listFailedJobs, retryFailedJob } from '@destalk/core/admin/jobs';
import { Alert, Button, PageHeader, Table } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { Route } from './+types/admin-jobs';
import { requireActor } from '../lib/actor.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const jobs = await listFailedJobs(context.platform, actor);
    return { title: t('admin:jobs.title'), jobs: jobs.map((j) => ({ ...j, failedAt: formatDateTime(j.failedAt, locale) })) };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    await retryFailedJob(context.platform, actor, form.jobId ?? '', context.requestId);
    return { retried: true as const };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminJobs({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin:jobs.title')} lead={t('admin:jobs.lead')} />
      {actionData && 'retried' in actionData ? (
        <Alert tone="success" live className="mb-6">
          {t('admin:jobs.retried')}
        </Alert>
      ) : null}
      {d.jobs.length === 0 ? (
        <p className="text-muted">{t('admin:jobs.none')}</p>
      ) : (
        <Table caption={t('admin:jobs.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('admin:jobs.failedAt')}</th>
              <th scope="col">{t('admin:jobs.queue')}</th>
              <th scope="col">{t('admin:jobs.attempts')}</th>
              <th scope="col">{t('admin:jobs.error')}</th>
              <th scope="col">
                <span className="sr-only">{t('admin:jobs.retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {d.jobs.map((j) => (
              <tr key={j.id}>
                <td className="whitespace-nowrap">{j.failedAt}</td>
                <td className="font-mono text-xs">{j.queue}</td>
                <td>{j.attempts}</td>
                <td className="font-mono text-xs">{j.lastError}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="jobId" value={j.id} />
                    <Button type="submit" variant="secondary">
                      {t('admin:jobs.retry')}
                    </Button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
