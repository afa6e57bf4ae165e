import { AppError } from '@destalk/core/errors';
import { SECTORS } from '@destalk/core/organisations/schema';
import { barChart, columnChart } from '@destalk/core/reports/charts';
import { cellText, impactReport, REPORT_SECTIONS, type ReportSection } from '@destalk/core/reports/impact-report';
import { scopeKey } from '@destalk/core/reports/scope';
import { Alert, buttonClass, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/reports';
import { requireActor } from '../lib/actor.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { filtersFrom, requestedScope } from '../lib/reports.server.ts';

/** The impact dashboard: coordinators for their organisations and region, admins for any scope. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const params = new URL(request.url).searchParams;
    const { scope, scopes, key } = await requestedScope(context.platform, actor, params);
    // Unreadable filters (a date typed by hand, an end before the start) fall back to the default
    // period and say why, instead of failing the page.
    let filterErrors: string[] = [];
    let filters;
    try {
      filters = filtersFrom(params, context.platform.clock.now());
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      filterErrors = Object.values(error.fields).flatMap((problems) => problems.map((p) => t(p.key, p.values)));
      filters = filtersFrom(new URLSearchParams(), context.platform.clock.now());
    }
    // One page of the dashboard at a time: each computes only its tables (see bench/impact-report.ts).
    const asked = params.get('section');
    const section: ReportSection = asked && asked in REPORT_SECTIONS ? (asked as ReportSection) : 'practitioners';
    const report = await impactReport(context.platform, scope, filters, t, locale, { tables: REPORT_SECTIONS[section] });
    const text = (c: Parameters<typeof cellText>[0]) => cellText(c, report.k, t, locale);
    // Organisations and countries to filter by: those of the chosen scope.
    let orgs = context.platform.db.selectFrom('organisations').select(['id', 'name', 'countryCode']).where('archivedAt', 'is', null).orderBy('name');
    if (scope.kind === 'organisation') orgs = orgs.where('id', '=', scope.id);
    if (scope.kind === 'region') orgs = orgs.where('regionId', '=', scope.id);
    const organisations = await orgs.execute();
    const countryName = new Intl.DisplayNames([locale], { type: 'region' });
    const query = new URLSearchParams({ scope: key, from: filters.from, to: filters.to, ...(filters.sector ? { sector: filters.sector } : {}), ...(filters.country ? { country: filters.country } : {}), ...(filters.organisationId ? { organisationId: filters.organisationId } : {}) }).toString();
    return {
      title: t('reports:title'),
      section,
      sections: Object.keys(REPORT_SECTIONS) as ReportSection[],
      filterErrors,
      k: report.k,
      query,
      filters: { scope: key, from: filters.from, to: filters.to, sector: filters.sector ?? '', country: filters.country ?? '', organisationId: filters.organisationId ?? '' },
      scopes: scopes.map((s) => ({ value: scopeKey(s.scope), label: s.scope.kind === 'platform' ? t('reports:filters.platform') : s.scope.kind === 'region' ? t('reports:filters.region', { name: s.name }) : s.name })),
      sectors: SECTORS.map((s) => ({ value: s, label: t(`domain:sector.${s}`) })),
      countries: [...new Set(organisations.map((o) => o.countryCode))].map((c) => ({ value: c, label: countryName.of(c) ?? c })).sort((a, b) => a.label.localeCompare(b.label, locale)),
      organisations: scope.kind === 'organisation' ? [] : organisations.map((o) => ({ value: o.id, label: o.name })),
      headline: report.headline.map((h) => ({ key: h.key, label: h.label, text: text(h.cell) })),
      note: t('report:suppressionNote', { k: report.k, below: report.k - 1 }),
      tables: report.tables.map((table) => {
        const input = { id: `chart-${table.key}`, title: table.title, rows: table.rows.map((r) => ({ label: r.label, cell: r.cells[0]! })), suppressedText: t('report:suppressed', { k: report.k }), locale };
        return {
          key: table.key,
          title: table.title,
          header: table.header,
          rows: table.rows.map((r) => ({ key: r.key, label: r.label, cells: r.cells.map(text) })),
          total: table.total?.map(text) ?? null,
          // Drawn on the server: the page needs no chart library, and the SVG has its own title and description.
          chart: table.chart && table.rows.length ? (table.chart === 'bars' ? barChart(input) : columnChart(input)) : null,
        };
      }),
    };
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Reports({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const all = [{ value: '', label: t('reports:filters.all') }];
  return (
    <>
      <PageHeader title={t('reports:title')} lead={t('reports:lead', { k: d.k })} />
      <Card className="mb-8" aria-labelledby="filters-title">
        <h2 id="filters-title" className="text-lg font-semibold">
          {t('reports:filters.title')}
        </h2>
        {d.filterErrors.length ? (
          <Alert tone="danger" className="mt-4">
            {d.filterErrors.join(' ')}
          </Alert>
        ) : null}
        <Form method="get" className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <input type="hidden" name="section" value={d.section} />
          <SelectField name="scope" label={t('reports:filters.scope')} options={d.scopes} defaultValue={d.filters.scope} />
          <TextField name="from" type="date" label={t('reports:filters.from')} defaultValue={d.filters.from} />
          <TextField name="to" type="date" label={t('reports:filters.to')} defaultValue={d.filters.to} />
          <SelectField name="sector" label={t('reports:filters.sector')} options={[...all, ...d.sectors]} defaultValue={d.filters.sector} />
          <SelectField name="country" label={t('reports:filters.country')} options={[...all, ...d.countries]} defaultValue={d.filters.country} />
          {d.organisations.length ? <SelectField name="organisationId" label={t('reports:filters.organisation')} options={[...all, ...d.organisations]} defaultValue={d.filters.organisationId} /> : null}
          <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={buttonClass('primary')}>
              {t('reports:filters.apply')}
            </button>
            <Link to="/reports" className={buttonClass('secondary')}>
              {t('reports:filters.reset')}
            </Link>
          </div>
        </Form>
      </Card>

      <nav aria-label={t('reports:sections.label')} className="mb-8 border-b border-line">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {d.sections.map((s) => (
            <li key={s}>
              <Link
                to={`/reports?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(d.query)), section: s })}`}
                aria-current={s === d.section ? 'page' : undefined}
                className={`inline-block border-b-2 px-1 pb-2 font-medium no-underline ${s === d.section ? 'border-accent text-ink' : 'border-transparent text-muted hover:text-ink'}`}
              >
                {t(`reports:sections.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="headline-title">
        <h2 id="headline-title" className={d.headline.length ? 'text-xl font-semibold' : 'sr-only'}>
          {t('reports:headline')}
        </h2>
        {d.headline.length === 0 ? <p className="sr-only">{t('reports:noHeadline')}</p> : null}
        <dl className={d.headline.length ? 'mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3' : 'hidden'}>
          {d.headline.map((h) => (
            <div key={h.key} className="rounded-lg border border-line bg-surface p-4">
              <dt className="text-sm text-muted">{h.label}</dt>
              <dd className="mt-1 text-3xl font-semibold tabular-nums" data-headline={h.key}>
                {h.text}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 max-w-3xl text-sm text-muted">{d.note}</p>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <a href={`/reports/report.pdf?${d.query}`} className={buttonClass('primary')} download>
            {t('reports:download.pdf')}
          </a>
          <span className="text-sm text-muted">{t('reports:download.pdfHint')}</span>
          <Link to="/reports/tokens" className="text-sm">
            {t('reports:api.link')}
          </Link>
        </div>
      </section>

      <h2 className="sr-only">{t('reports:tables')}</h2>
      {d.tables.map((table) => (
        <section key={table.key} aria-labelledby={`t-${table.key}`} className="mt-10">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h3 id={`t-${table.key}`} className="text-lg font-semibold">
              {table.title}
            </h3>
            <p className="flex gap-3 text-sm">
              <span className="sr-only">{t('reports:download.label', { table: table.title })}</span>
              <a href={`/reports/export/${table.key}.csv?${d.query}`} download>
                {t('reports:download.csv')}
                <span className="sr-only"> – {table.title}</span>
              </a>
              <a href={`/reports/export/${table.key}.xlsx?${d.query}`} download>
                {t('reports:download.xlsx')}
                <span className="sr-only"> – {table.title}</span>
              </a>
            </p>
          </div>
          {table.rows.length === 0 ? (
            <p className="mt-2 text-muted">{t('reports:emptyTable')}</p>
          ) : (
            <>
              {/* Built on the server from the figures (escaped), with its own title and description. */}
              {table.chart ? <div className="mt-3 max-w-3xl overflow-x-auto rounded-lg border border-line bg-surface p-3 [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: table.chart }} /> : null}
              <div className="mt-3">
                <Table caption={table.title} captionHidden>
                  <thead>
                    <tr>
                      {table.header.map((h, i) => (
                        <th key={h} scope="col" className={i ? 'text-end' : ''}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((r) => (
                      <tr key={r.key}>
                        <th scope="row" className="font-normal">
                          {r.label}
                        </th>
                        {r.cells.map((c, i) => (
                          <td key={`${r.key}-${i}`} className="text-end tabular-nums">
                            {c}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                  {table.total ? (
                    <tfoot>
                      <tr>
                        <th scope="row">{t('report:rows.total')}</th>
                        {table.total.map((c, i) => (
                          <td key={`total-${i}`} className="text-end font-semibold tabular-nums">
                            {c}
                          </td>
                        ))}
                      </tr>
                    </tfoot>
                  ) : null}
                </Table>
              </div>
            </>
          )}
        </section>
      ))}
    </>
  );
}
