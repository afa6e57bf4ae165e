import { listFeedSets } from '@destalk/core/stalkerware/queries/feeds';
import { requestFeedRefresh } from '@destalk/core/stalkerware/refresh-job';
import { Alert, Badge, Button, Card, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { Route } from './+types/admin-indicators';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const sets = await listFeedSets(context.platform, actor);
    return {
      title: t('check:admin.title'),
      refreshUrl: context.platform.config.iocFeedUrl ?? null,
      sets: sets.map((s) => ({
        ...s,
        importedAt: formatDateTime(s.importedAt, locale),
        countsText: t('check:admin.counts', { apps: s.counts.apps, packages: s.counts.packages, certificates: s.counts.certificates, hashes: s.counts.fileHashes, domains: s.counts.domains, ips: s.counts.ipv4 + s.counts.ipv6 }),
        warningsText: t('check:admin.warnings', { count: s.warnings }),
      })),
    };
  });
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async () => {
    await requestFeedRefresh(context.platform, actor);
    return { queued: true as const };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function AdminIndicators({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('check:admin.title')} lead={t('check:admin.lead')} />
      <div className="flex flex-col gap-6">
        {actionData && 'queued' in actionData ? (
          <Alert tone="success" live>
            {t('check:admin.refreshQueued')}
          </Alert>
        ) : null}
        <FormErrors state={stateFor(actionData)} />
        {d.sets.length === 0 ? <Alert tone="warning">{t('check:admin.none')}</Alert> : null}
        {d.sets.map((s) => (
          <Card key={s.id} aria-labelledby={`set-${s.id}`}>
            <h2 id={`set-${s.id}`} className="flex flex-wrap items-center gap-2 text-xl">
              {s.provenance.attribution} {s.active ? <Badge tone="success">{t('check:admin.active')}</Badge> : <Badge>{t('check:admin.previous')}</Badge>}
            </h2>
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('check:admin.version')}</dt>
              <dd className="font-mono">{s.version}</dd>
              <dt className="font-semibold">{t('check:admin.importedAt')}</dt>
              <dd>{s.importedAt}</dd>
              <dt className="font-semibold">{t('check:admin.source')}</dt>
              <dd className="break-all">{s.source}</dd>
              <dt className="font-semibold">{t('check:admin.licence')}</dt>
              <dd>
                {s.provenance.licence}
                {s.provenance.url ? (
                  <>
                    {' · '}
                    <a href={s.provenance.url} rel="noreferrer">
                      {s.provenance.url}
                    </a>
                  </>
                ) : null}
              </dd>
              <dt className="font-semibold">{t('check:admin.files')}</dt>
              <dd className="font-mono text-xs">{s.files.map((f) => `${f.fileName} (${f.bytes} B, ${f.sha256.slice(0, 12)})`).join(' · ')}</dd>
            </dl>
            <p className="mt-3">{s.countsText}</p>
            {s.warningsText ? <p className="mt-1 text-sm text-muted">{s.warningsText}</p> : null}
          </Card>
        ))}
        {d.refreshUrl ? (
          <Form method="post">
            <Button type="submit" variant="secondary">
              {t('check:admin.refresh', { url: d.refreshUrl })}
            </Button>
          </Form>
        ) : (
          <p className="text-muted">{t('check:admin.noRefreshUrl')}</p>
        )}
      </div>
    </>
  );
}
