import { formatWhen } from '@destalk/core/events/present';
import { eventRegions, upcomingEvents } from '@destalk/core/events/queries/public';
import { LOCALE_NATIVE_NAMES, isLocale } from '@destalk/core/i18n/locales';
import { Badge, buttonClass, Container, PageHeader, SelectField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link } from 'react-router';
import type { Route } from './+types/events';
import { LocalTime } from '../components/events/local-time.tsx';
import { getTranslator } from '../lib/i18n.server.ts';
import { pageMeta } from '../lib/meta.ts';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  const region = new URL(request.url).searchParams.get('region') ?? '';
  const regions = await eventRegions(context.platform);
  const chosen = regions.some((r) => r.slug === region) ? region : '';
  const events = await upcomingEvents(context.platform, locale, chosen || undefined);
  return {
    title: t('events:list.title'),
    region: chosen,
    regions,
    events: events.map((e) => ({ ...e, when: formatWhen(e.startsAt, e.endsAt, e.timezone, locale), languages: e.spokenLanguages.map((l) => (isLocale(l) ? LOCALE_NATIVE_NAMES[l] : l)).join(', ') })),
  };
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function Events({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <Container>
      <PageHeader title={t('events:list.title')} lead={t('events:list.lead')} />
      {d.regions.length > 1 ? (
        <Form method="get" className="mb-8 flex flex-wrap items-end gap-3">
          <div className="min-w-64">
            <SelectField name="region" label={t('events:list.region')} options={[{ value: '', label: t('events:list.allRegions') }, ...d.regions.map((r) => ({ value: r.slug, label: r.name }))]} defaultValue={d.region} />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('events:list.filter')}
          </button>
        </Form>
      ) : null}
      {d.events.length === 0 ? <p className="text-muted">{t('events:list.none')}</p> : null}
      <ul className="flex flex-col gap-4">
        {d.events.map((e) => (
          <li key={e.slug} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <div className="flex flex-wrap gap-2">
              <Badge tone="accent">{t(`events:formats.${e.format}`)}</Badge>
            </div>
            <h2 className="mt-2 text-xl font-semibold">
              <Link to={`/events/${e.slug}`} className="no-underline hover:underline">
                {e.title}
              </Link>
            </h2>
            <p className="mt-1 font-medium">{e.when}</p>
            <LocalTime startsAt={e.startsAt} endsAt={e.endsAt} eventZone={e.timezone} />
            <p className="mt-2">{e.summary}</p>
            <p className="mt-2 text-sm text-muted">
              {t('events:list.by', { organisation: e.organisationName, region: e.regionName })} · {t('events:event.spoken', { languages: e.languages })}
            </p>
          </li>
        ))}
      </ul>
    </Container>
  );
}
