import { createEvent } from '@destalk/core/events/commands/organising';
import { formatMoment } from '@destalk/core/events/present';
import { organisedEvents } from '@destalk/core/events/queries/organiser';
import { authorizeEvent } from '@destalk/core/events/policies';
import { EVENT_FORMATS } from '@destalk/core/events/schema';
import { Badge, buttonClass, Card, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-events';
import { FormErrors } from '../components/form-errors.tsx';
import { OrgTabs } from '../components/org-tabs.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

const ERASURE_DAYS = 30;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    authorizeEvent(actor, 'event.manage', { organisationId: params.organisationId });
    const events = await organisedEvents(context.platform, actor, params.organisationId, locale);
    const organisation = actor.memberships.find((m) => m.organisationId === params.organisationId)?.organisationName ?? '';
    const coordinates = actor.memberships.some((m) => m.organisationId === params.organisationId && m.role === 'coordinator');
    return {
      title: t('events:organise.title'),
      organisationId: params.organisationId,
      organisation,
      showTabs: coordinates || actor.isPlatformAdmin,
      consentDefault: t('events:organise.consentDefault', { days: ERASURE_DAYS }),
      events: events.map((e) => ({ ...e, when: formatMoment(e.startsAt, e.timezone, locale) })),
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  return handleForm(request, context, async (form) => {
    authorizeEvent(actor, 'event.manage', { organisationId: params.organisationId });
    const { id } = await createEvent(
      context.platform,
      actor,
      params.organisationId,
      {
        slug: form.slug,
        format: form.format,
        timezone: form.timezone,
        startsAt: form.startsAt,
        endsAt: form.endsAt,
        title: { en: form['title.en'] },
        summary: { en: form['summary.en'] },
        description: {},
        spokenLanguages: ['en'],
        subtitleLanguages: [],
        signLanguage: {},
        venue: form.venue,
        joinUrl: form.joinUrl,
        joinRevealMinutes: 30,
        capacity: form.capacity,
        offerHours: 24,
        erasureDays: ERASURE_DAYS,
        consentText: { en: form['consentText.en'] },
      },
      context.requestId,
    );
    throw redirect(`/org/${encodeURIComponent(params.organisationId)}/events/${id}`);
  });
}

export const meta: Route.MetaFunction = ({ data, matches }) => pageMeta(data, matches);

export default function OrgEvents({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const state = stateFor(actionData);
  const v = (name: string, fallback = '') => state?.values[name] ?? fallback;
  const c = (k: string) => t(`events:organise.columns.${k}`);
  return (
    <>
      <PageHeader title={t('events:organise.title')} eyebrow={d.organisation} lead={t('events:organise.lead', { organisation: d.organisation })} />
      {d.showTabs ? <OrgTabs organisationId={d.organisationId} /> : null}
      {d.events.length === 0 ? (
        <p className="mb-8 text-muted">{t('events:organise.none')}</p>
      ) : (
        <Table caption={t('events:organise.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{c('title')}</th>
              <th scope="col">{c('when')}</th>
              <th scope="col">{c('status')}</th>
              <th scope="col">{c('seats')}</th>
              <th scope="col">{c('waitlist')}</th>
              <th scope="col">{c('attended')}</th>
            </tr>
          </thead>
          <tbody>
            {d.events.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link to={`/org/${d.organisationId}/events/${e.id}`} className="font-medium">
                    {e.title}
                  </Link>
                </td>
                <td>{e.when}</td>
                <td>
                  <Badge tone={e.status === 'published' ? 'success' : e.status === 'draft' ? 'warning' : 'neutral'}>{t(`events:organise.statuses.${e.status}` as 'events:organise.statuses.draft')}</Badge>
                </td>
                <td>
                  {e.counts.confirmed + e.counts.offered} / {e.capacity}
                </td>
                <td>{e.counts.waitlisted}</td>
                <td>{e.attended}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card className="mt-8 max-w-2xl" aria-labelledby="new-event">
        <h2 id="new-event" className="text-xl font-semibold">
          {t('events:organise.newTitle')}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={state} />
          <TextField name="title.en" label={t('events:organise.titleIn', { language: 'English' })} defaultValue={v('title.en')} errors={state?.fieldErrors['title.en']} />
          <TextField name="slug" label={t('events:organise.slug')} description={t('events:organise.slugHint')} defaultValue={v('slug')} errors={state?.fieldErrors.slug} />
          <TextField name="summary.en" label={t('events:organise.summaryIn', { language: 'English' })} multiline defaultValue={v('summary.en')} errors={state?.fieldErrors['summary.en']} />
          <SelectField name="format" label={t('events:organise.format')} options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`events:formats.${f}`) }))} defaultValue={v('format', 'online')} errors={state?.fieldErrors.format} />
          <TextField name="timezone" label={t('events:organise.timezone')} description={t('events:organise.timezoneHint')} defaultValue={v('timezone', 'Europe/Rome')} errors={state?.fieldErrors.timezone} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="startsAt" type="datetime-local" label={t('events:organise.startsAt')} defaultValue={v('startsAt')} errors={state?.fieldErrors.startsAt} />
            <TextField name="endsAt" type="datetime-local" label={t('events:organise.endsAt')} defaultValue={v('endsAt')} errors={state?.fieldErrors.endsAt} />
          </div>
          <TextField name="capacity" type="number" inputMode="numeric" label={t('events:organise.capacity')} defaultValue={v('capacity', '100')} errors={state?.fieldErrors.capacity} />
          <TextField name="joinUrl" type="url" label={t('events:organise.joinUrl')} description={t('events:organise.joinUrlHint')} defaultValue={v('joinUrl')} errors={state?.fieldErrors.joinUrl} />
          <TextField name="venue" label={t('events:organise.venue')} defaultValue={v('venue')} errors={state?.fieldErrors.venue} />
          <TextField name="consentText.en" label={t('events:organise.consentIn', { language: 'English' })} description={t('events:organise.consentHint')} multiline defaultValue={v('consentText.en', d.consentDefault)} errors={state?.fieldErrors['consentText.en']} />
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('events:organise.create')}
          </button>
        </Form>
      </Card>
    </>
  );
}
