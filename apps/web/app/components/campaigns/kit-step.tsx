import type { KitStatus } from '@destalk/core/campaigns/queries/campaigns';
import { Alert, buttonClass, Table } from '@destalk/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, useRevalidator } from 'react-router';
import type { FormState } from '../../lib/form-state.ts';
import { FormErrors } from '../form-errors.tsx';

const kb = (bytes: number | null, locale: string) => (bytes === null ? '' : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`);

/** Follows a kit being rendered: with JavaScript the page refreshes its data every second and a half. */
function useKitPolling(active: boolean) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle') void revalidator.revalidate();
    }, 1500);
    return () => clearInterval(timer);
  }, [active, revalidator]);
}

export function KitStep(p: { state: FormState | undefined; base: string; kits: Array<KitStatus & { when: string }>; status: string; publicUrl: string; hasContacts: boolean; locale: string }) {
  const { t } = useTranslation();
  const latest = p.kits[0];
  const busy = latest?.status === 'queued' || latest?.status === 'running';
  useKitPolling(busy);
  const ready = p.kits.filter((k) => k.status === 'done');
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="kit-title" className="flex flex-col gap-4">
        <h2 id="kit-title" className="text-xl font-semibold">
          {t('campaigns:kit.title')}
        </h2>
        <p className="text-muted">{t('campaigns:kit.lead')}</p>
        <FormErrors state={p.state} />
        {latest ? (
          <div className="rounded-lg border border-line bg-surface p-4" data-kit-status={latest.status}>
            <p role="status" className="font-medium">
              {latest.status === 'done'
                ? t('campaigns:kit.status.done', { files: latest.total, size: kb(latest.size, p.locale) })
                : latest.status === 'failed'
                  ? t('campaigns:kit.status.failed')
                  : latest.status === 'running'
                    ? t('campaigns:kit.status.running', { done: latest.done, total: latest.total })
                    : t('campaigns:kit.status.queued')}
            </p>
            {busy ? (
              <>
                <progress className="mt-3 h-3 w-full accent-primary" max={latest.total} value={latest.done} aria-label={t('campaigns:kit.progress')} />
                <noscript>
                  <a href={`${p.base}?step=kit`} className="mt-2 inline-block">
                    {t('campaigns:kit.refresh')}
                  </a>
                </noscript>
              </>
            ) : null}
          </div>
        ) : null}
        {!busy ? (
          <Form method="post">
            <input type="hidden" name="intent" value="generate" />
            <button type="submit" className={buttonClass(latest ? 'secondary' : 'primary')} disabled={!p.hasContacts}>
              {latest ? t('campaigns:kit.regenerate') : t('campaigns:kit.generate')}
            </button>
            {!p.hasContacts ? <p className="mt-2 text-sm text-muted">{t('campaigns:kit.needsContacts')}</p> : null}
          </Form>
        ) : null}
        {ready.length ? (
          <ul className="flex flex-col gap-2">
            {ready.map((k, i) => (
              <li key={k.id} className="flex flex-wrap items-center gap-3">
                <a href={`${p.base}/kits/${k.id}.zip`} download className={i === 0 ? buttonClass('primary') : ''}>
                  {t('campaigns:kit.download')}
                </a>
                <span className="text-sm text-muted">
                  {t('campaigns:kit.history', { date: k.when })} · {kb(k.size, p.locale)}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="publish-title" className="flex flex-col gap-3 rounded-lg border border-line p-4">
        <h2 id="publish-title" className="text-xl font-semibold">
          {t('campaigns:kit.publishTitle')}
        </h2>
        <p className="text-muted">{t('campaigns:kit.publishLead')}</p>
        {p.status === 'published' ? (
          <>
            <Alert tone="success">
              {t('campaigns:kit.publishedAt')}{' '}
              <a href={p.publicUrl} className="font-medium break-all">
                {p.publicUrl}
              </a>
            </Alert>
            <Form method="post">
              <input type="hidden" name="intent" value="unpublish" />
              <button type="submit" className={buttonClass('secondary')}>
                {t('campaigns:kit.unpublish')}
              </button>
            </Form>
          </>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <button type="submit" className={buttonClass('primary')}>
              {t('campaigns:kit.publish')}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}

export function ReachTable({ totals, days }: { totals: { view: number; qr: number; download: number }; days: Array<{ day: string; view: number; qr: number; download: number }> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reach-title" className="mt-10">
      <h2 id="reach-title" className="text-xl font-semibold">
        {t('campaigns:reach.title')}
      </h2>
      <p className="mt-1 text-muted">{t('campaigns:reach.lead')}</p>
      <dl className="mt-4 grid grid-cols-3 gap-3">
        {(
          [
            ['view', 'views'],
            ['qr', 'qr'],
            ['download', 'downloads'],
          ] as const
        ).map(([key, label]) => (
          <div key={key} className="rounded-lg border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{t(`campaigns:reach.${label}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-reach={key}>
              {totals[key]}
            </dd>
          </div>
        ))}
      </dl>
      {days.length ? (
        <div className="mt-4">
        <Table caption={t('campaigns:reach.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('campaigns:reach.day')}</th>
              <th scope="col" className="text-end">
                {t('campaigns:reach.views')}
              </th>
              <th scope="col" className="text-end">
                {t('campaigns:reach.qr')}
              </th>
              <th scope="col" className="text-end">
                {t('campaigns:reach.downloads')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td className="text-end tabular-nums">{d.view}</td>
                <td className="text-end tabular-nums">{d.qr}</td>
                <td className="text-end tabular-nums">{d.download}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        </div>
      ) : (
        <p className="mt-3 text-muted">{t('campaigns:reach.none')}</p>
      )}
    </section>
  );
}
