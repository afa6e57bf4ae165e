import { registerForEvent } from '@destalk/core/events/commands/registration';
import { formatWhen } from '@destalk/core/events/present';
import { issueChallenge } from '@destalk/core/events/proof-of-work';
import { publicEvent } from '@destalk/core/events/queries/public';
import { isLocale, LOCALE_NATIVE_NAMES } from '@destalk/core/i18n/locales';
import { Alert, Badge, Container, PageHeader } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, redirect } from 'react-router';
import type { Route } from './+types/event';
import { LocalTime } from '../components/events/local-time.tsx';
import { RegistrationForm } from '../components/events/registration-form.tsx';
import { countryOptions } from '../lib/countries.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { failureState, readForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';

const languageNames = (codes: string[]) => codes.map((l) => (isLocale(l) ? LOCALE_NATIVE_NAMES[l] : l)).join(', ');

/** Public: the event and its registration form. Never the join URL. No cookie, no account needed. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const event = await publicEvent(context.platform, params.slug, locale);
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: event.timezone });
    return {
      title: event.title,
      registered: new URL(request.url).searchParams.get('registered') === '1',
      challenge: issueChallenge(context.platform.config.sessionSecret, context.platform.clock.now()),
      countries: countryOptions(locale),
      event: {
        ...event,
        when: formatWhen(event.startsAt, event.endsAt, event.timezone, locale),
        spoken: languageNames(event.spokenLanguages),
        subtitles: languageNames(event.subtitleLanguages),
        sessions: event.sessions.map((s) => ({ ...s, time: `${time.format(new Date(s.startsAt))} – ${time.format(new Date(s.endsAt))}` })),
      },
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { t, locale } = await getTranslator(request, context);
  const form = await readForm(request);
  try {
    const answers = Object.fromEntries(Object.entries(form).filter(([k]) => k.startsWith('answers.')).map(([k, v]) => [k.slice('answers.'.length), v]));
    await registerForEvent(
      context.platform,
      params.slug,
      { name: form.name, email: form.email, organisationName: form.organisationName, sector: form.sector, country: form.country, accessibilityNeeds: form.accessibilityNeeds, consent: form.consent, answers },
      locale,
      { honeypot: form.website ?? '', challenge: form.challenge ?? '', nonce: form.nonce || undefined, clientAddress: context.clientAddress },
    );
    return redirect(`/events/${encodeURIComponent(params.slug)}?registered=1#register`);
  } catch (error) {
    const { website: _honeypot, challenge: _challenge, nonce: _nonce, ...values } = form;
    const { state, status, headers } = failureState(error, request, t, values);
    return data(state, { status, headers });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function EventPage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const e = d.event;
  const speakerName = new Map(e.speakers.map((s) => [s.id, s.name]));
  const open = e.status === 'published' && !e.ended;
  return (
    <Container>
      {e.fallback ? (
        <Alert tone="info" className="mb-6">
          {t('events:event.fallback')}
        </Alert>
      ) : null}
      <div lang={e.lang}>
        <PageHeader eyebrow={t(`events:formats.${e.format}`)} title={e.title} lead={e.summary} />
      </div>
      {e.status === 'cancelled' ? (
        <Alert tone="warning" className="mb-6">
          {t('events:event.cancelled')}
        </Alert>
      ) : e.ended ? (
        <Alert tone="info" className="mb-6">
          {t('events:event.ended')}
        </Alert>
      ) : null}
      <dl className="mb-8 grid gap-4 rounded-lg border border-line bg-surface p-5 sm:grid-cols-3">
        <div>
          <dt className="text-sm font-semibold text-muted">{t('events:event.when')}</dt>
          <dd className="mt-1 font-medium">
            {e.when}
            <LocalTime startsAt={e.startsAt} endsAt={e.endsAt} eventZone={e.timezone} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">{t('events:event.where')}</dt>
          <dd className="mt-1">
            {e.venue ? <span className="block">{e.venue}</span> : null}
            {e.format !== 'in_person' ? <span className="block text-sm">{t('events:event.online')}</span> : null}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-muted">{t('events:event.languages')}</dt>
          <dd className="mt-1 text-sm">
            <span className="block">{t('events:event.spoken', { languages: e.spoken })}</span>
            {e.subtitles ? <span className="block">{t('events:event.subtitles', { languages: e.subtitles })}</span> : null}
            {e.signLanguage ? <span className="block">{t('events:event.signLanguage', { details: e.signLanguage })}</span> : null}
          </dd>
        </div>
      </dl>
      {/* Written by the organiser in Markdown; sanitised on the server. */}
      <div lang={e.lang} className="prose-guide mb-10" dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />
      {e.sessions.length ? (
        <section aria-labelledby="agenda" className="mb-10">
          <h2 id="agenda" className="text-2xl font-semibold">
            {t('events:event.agenda')}
          </h2>
          <ol className="mt-4 flex flex-col gap-3">
            {e.sessions.map((s) => (
              <li key={s.id} className="grid gap-2 rounded-md border border-line bg-surface p-4 sm:grid-cols-[11rem_1fr]">
                <span className="font-mono text-sm">{s.time}</span>
                <div>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone="neutral">{t(`events:event.kinds.${s.kind}`)}</Badge>
                    <strong>{s.title}</strong>
                  </div>
                  {s.description ? <p className="mt-1 text-sm">{s.description}</p> : null}
                  {s.speakerIds.length ? <p className="mt-1 text-sm text-muted">{t('events:event.with', { names: s.speakerIds.map((id) => speakerName.get(id)).filter(Boolean).join(', ') })}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {e.speakers.length ? (
        <section aria-labelledby="speakers" className="mb-10">
          <h2 id="speakers" className="text-2xl font-semibold">
            {t('events:event.speakers')}
          </h2>
          <ul className="mt-4 grid gap-4 md:grid-cols-3">
            {e.speakers.map((s) => (
              <li key={s.id} className="rounded-lg border border-line bg-surface p-4">
                {s.hasPhoto ? <img src={`/events/${e.slug}/speakers/${s.id}/photo`} alt={t('events:event.photoOf', { name: s.name })} className="mb-3 size-24 rounded-full object-cover" width={96} height={96} /> : null}
                <h3 className="font-semibold">{s.name}</h3>
                <p className="text-sm text-muted">{s.affiliation}</p>
                <p className="mt-2 text-sm">{s.bio}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {open ? (
        <section id="register" aria-labelledby="register-title" className="max-w-2xl rounded-lg border border-line bg-surface p-6 shadow-sm">
          <h2 id="register-title" className="text-2xl font-semibold">
            {t('events:register.title')}
          </h2>
          {d.registered ? (
            <Alert tone="success" live className="mt-4">
              {t('events:register.checkEmail')}
            </Alert>
          ) : (
            <>
              <p className="mt-1 text-muted">{t('events:register.lead')}</p>
              <p className="mt-2 font-medium">{t('events:event.seatsLeft', { count: e.seatsLeft })}</p>
              <div className="mt-4">
                <RegistrationForm challenge={d.challenge} questions={e.questions} consentText={e.consentText} countries={d.countries} state={stateFor(actionData)} />
              </div>
            </>
          )}
        </section>
      ) : null}
    </Container>
  );
}
