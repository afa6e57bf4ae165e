import { authorizePathway } from '@destalk/core/pathways/policies';
import { myPathwayCertificates } from '@destalk/core/pathways/queries/certificates';
import { pathwaysForLearner } from '@destalk/core/pathways/queries/learner';
import { Badge, buttonClass, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Route } from './+types/pathways';
import { requireActor } from '../lib/actor.server.ts';
import { formatDate } from '../lib/format.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizePathway(actor, 'pathway.take');
    const certificates = await myPathwayCertificates(context.platform, actor, locale);
    return {
      title: t('practise:pathways.title'),
      pathways: await pathwaysForLearner(context.platform, actor, locale),
      certificates: certificates.map((c) => ({ ...c, expiresAt: formatDate(c.expiresAt, locale) })),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Pathways({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('practise:pathways.title')} lead={t('practise:pathways.lead')} />
      {d.pathways.length === 0 ? <p className="text-muted">{t('practise:pathways.none')}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {d.pathways.map((p) => (
          <li key={p.id} className="flex flex-col rounded-lg border border-line bg-surface p-5 shadow-sm">
            <div className="flex flex-wrap gap-2">
              <Badge tone="accent">{t(`practise:tools.audiences.${p.audience}`)}</Badge>
              {p.recommended ? <Badge tone="success">{t('practise:pathways.recommended')}</Badge> : null}
            </div>
            <h2 className="mt-3 text-xl font-semibold">
              <Link to={`/pathways/${p.slug}`} className="no-underline hover:underline">
                {p.title}
              </Link>
            </h2>
            <p className="mt-2 flex-1">{p.summary}</p>
            <p className="mt-3 text-sm text-muted">
              {p.enrolment
                ? p.enrolment.completedAt
                  ? t('practise:pathways.completed')
                  : t('practise:pathways.progress', { done: p.enrolment.done, total: p.stepCount })
                : t('practise:pathways.steps', { count: p.stepCount })}
            </p>
            {p.enrolment ? (
              <div className="mt-2 h-2 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
                <div className="h-full bg-primary" style={{ width: `${p.stepCount ? Math.round((100 * p.enrolment.done) / p.stepCount) : 0}%` }} />
              </div>
            ) : null}
            <Link to={`/pathways/${p.slug}`} className={buttonClass(p.enrolment ? 'secondary' : 'primary', 'mt-4 self-start')} aria-label={`${p.enrolment ? t('practise:pathways.continue') : t('practise:pathways.view')}: ${p.title}`}>
              {p.enrolment ? t('practise:pathways.continue') : t('practise:pathways.view')}
            </Link>
          </li>
        ))}
      </ul>
      {d.certificates.length ? (
        <section aria-labelledby="pathway-certificates" className="mt-10">
          <h2 id="pathway-certificates" className="text-xl font-semibold">
            {t('practise:pathways.certificates')}
          </h2>
          <ul className="mt-3 flex flex-col gap-2">
            {d.certificates.map((c) => (
              <li key={c.id} className="rounded-md border border-line bg-surface p-4">
                <strong>{c.pathwayTitle}</strong> · {t(`certificates:status.${c.status}`)} · {t('certificates:validUntil', { date: c.expiresAt })} · {t('certificates:code', { code: c.code })}
                <div className="mt-2">
                  <a href={`/pathways/certificates/${c.id}/pdf`}>{t('practise:pathways.certificate')}</a>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
