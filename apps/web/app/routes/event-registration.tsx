import { answerSurvey, requestAttendanceCertificate } from '@destalk/core/events/commands/attendance';
import { acceptOffer, cancelRegistration, confirmRegistration } from '@destalk/core/events/commands/registration';
import { formatMoment, formatWhen } from '@destalk/core/events/present';
import { personalRegistration } from '@destalk/core/events/queries/personal';
import { Alert, buttonClass, Container, PageHeader, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form, Link, redirect } from 'react-router';
import type { Route } from './+types/event-registration';
import { FormErrors } from '../components/form-errors.tsx';
import { stateFor } from '../lib/form-state.ts';
import { handleForm } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

/**
 * A registrant's personal page, opened from the e-mails: the token in the address is the key, so
 * no account and no cookie are needed. Confirming is a button, not the link itself, because mail
 * scanners open links.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    const r = await personalRegistration(context.platform, params.token, locale);
    return {
      title: t('events:personal.title'),
      token: params.token,
      notice: noticeFrom(request, ['confirmed', 'cancelled', 'accepted', 'survey', 'certificate']),
      r: {
        ...r,
        when: formatWhen(r.startsAt, r.endsAt, r.timezone, locale),
        offerExpires: r.offerExpiresAt ? formatMoment(r.offerExpiresAt, r.timezone, locale) : null,
        joinOpens: r.join ? formatMoment(r.join.opensAt, r.timezone, locale) : null,
      },
    };
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return handleForm(
    request,
    context,
    async (form) => {
      const here = `/events/r/${encodeURIComponent(params.token)}`;
      switch (form.intent) {
        case 'confirm':
          await confirmRegistration(context.platform, params.token);
          throw redirect(`${here}?notice=confirmed`);
        case 'accept':
          await acceptOffer(context.platform, params.token);
          throw redirect(`${here}?notice=accepted`);
        case 'cancel':
          await cancelRegistration(context.platform, params.token);
          throw redirect(`${here}?notice=cancelled`);
        case 'survey':
          await answerSurvey(context.platform, params.token, { rating: form.rating, usefulness: form.usefulness, comments: form.comments ?? '', anonymous: form.anonymous === 'yes' });
          throw redirect(`${here}?notice=survey`);
        case 'certificate':
          await requestAttendanceCertificate(context.platform, params.token);
          throw redirect(`${here}?notice=certificate#certificate`);
        default:
          throw redirect(here);
      }
    },
    (form) => form.intent,
  );
}

export const meta: Route.MetaFunction = ({ data, matches }) => [...pageMeta(data, matches), { name: 'robots', content: 'noindex' }];

function Scale({ name, legend }: { name: string; legend: string }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="flex cursor-pointer items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 has-[:checked]:border-primary">
            <input type="radio" name={name} value={n} className="size-5 accent-primary" />
            {n} – {t(`events:personal.scale.${n}` as 'events:personal.scale.1')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function EventRegistration({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const r = d.r;
  const live = r.eventStatus === 'published';
  const status = t(`events:personal.statuses.${r.status}`, { position: r.waitlistPosition ?? 0, expires: r.offerExpires ?? '' });
  const post = (intent: string, label: string, variant: 'primary' | 'secondary' | 'danger' = 'primary') => (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={buttonClass(variant)}>
        {label}
      </button>
    </Form>
  );
  return (
    <Container size="narrow">
      <PageHeader eyebrow={t('events:personal.title')} title={r.eventTitle} lead={r.when} />
      {d.notice === 'confirmed' || d.notice === 'accepted' ? (
        <Alert tone="success" live className="mb-6">
          {t('events:personal.confirmed')}
        </Alert>
      ) : d.notice === 'cancelled' ? (
        <Alert tone="success" live className="mb-6">
          {t('events:personal.cancelledNow')}
        </Alert>
      ) : d.notice === 'survey' ? (
        <Alert tone="success" live className="mb-6">
          {t('events:personal.surveyThanks')}
        </Alert>
      ) : null}
      <FormErrors state={stateFor(actionData)} />
      <p className="mb-6 text-sm text-muted">{t('events:personal.lead')}</p>
      {!live ? (
        <Alert tone="warning" className="mb-6">
          {t('events:personal.eventCancelled')}
        </Alert>
      ) : null}
      <section aria-labelledby="status" className="mb-8 rounded-lg border border-line bg-surface p-5 shadow-sm">
        <h2 id="status" className="text-xl font-semibold">
          {status}
        </h2>
        {r.venue ? <p className="mt-2">{t('events:personal.venue', { venue: r.venue })}</p> : null}
        <div className="mt-4 flex flex-wrap gap-3">
          {live && r.status === 'pending' ? post('confirm', t('events:personal.confirm')) : null}
          {live && r.status === 'offered' ? post('accept', t('events:personal.accept')) : null}
          {r.status === 'confirmed' ? (
            <a href={`/events/r/${d.token}/calendar.ics`} className={buttonClass('secondary')}>
              {t('events:personal.calendar')}
            </a>
          ) : null}
        </div>
      </section>
      {live && r.status === 'confirmed' && r.join && !r.ended ? (
        <section aria-labelledby="join" className="mb-8 rounded-lg border-2 border-primary bg-surface p-5">
          <h2 id="join" className="text-xl font-semibold">
            {t('events:personal.joinTitle')}
          </h2>
          {r.join.available ? (
            <>
              <a href={`/events/r/${d.token}/join`} className={buttonClass('primary', 'mt-3')} target="_blank" rel="noreferrer">
                {t('events:personal.join')}
              </a>
              <p className="mt-2 text-sm text-muted">{t('events:personal.joinHint')}</p>
            </>
          ) : (
            <p className="mt-2">{t('events:personal.joinOpensAt', { time: r.joinOpens ?? '' })}</p>
          )}
        </section>
      ) : null}
      {r.status === 'confirmed' && r.started ? (
        <section aria-labelledby="after" className="mb-8 flex flex-col gap-6">
          <h2 id="after" className="text-xl font-semibold">
            {t('events:personal.after')}
          </h2>
          {r.recordingUrl || r.slidesUrl ? (
            <ul className="flex flex-col gap-1">
              {r.recordingUrl ? (
                <li>
                  <a href={r.recordingUrl} rel="noreferrer">
                    {t('events:personal.recording')}
                  </a>
                </li>
              ) : null}
              {r.slidesUrl ? (
                <li>
                  <a href={r.slidesUrl} rel="noreferrer">
                    {t('events:personal.slides')}
                  </a>
                </li>
              ) : null}
            </ul>
          ) : null}
          {!r.surveyAnswered ? (
            <Form method="post" className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-5" aria-labelledby="survey-title">
              <h3 id="survey-title" className="text-lg font-semibold">
                {t('events:personal.surveyTitle')}
              </h3>
              <input type="hidden" name="intent" value="survey" />
              <Scale name="rating" legend={t('events:personal.rating')} />
              <Scale name="usefulness" legend={t('events:personal.usefulness')} />
              <TextField name="comments" label={t('events:personal.comments')} multiline />
              <label className="flex items-start gap-3">
                <input type="checkbox" name="anonymous" value="yes" className="mt-1 size-5 accent-primary" />
                <span>{t('events:personal.anonymous')}</span>
              </label>
              <button type="submit" className={buttonClass('primary', 'self-start')}>
                {t('events:personal.sendSurvey')}
              </button>
            </Form>
          ) : null}
          <div id="certificate" className="rounded-lg border border-line bg-surface p-5">
            <h3 className="text-lg font-semibold">{t('events:personal.certificateTitle')}</h3>
            {!r.attended ? (
              <p className="mt-2 text-muted">{t('events:personal.certificateNeedsAttendance')}</p>
            ) : r.certificateRequested ? (
              <a href={`/events/r/${d.token}/certificate.pdf`} className={buttonClass('secondary', 'mt-3')}>
                {t('events:personal.certificateDownload')}
              </a>
            ) : (
              <div className="mt-3">{post('certificate', t('events:personal.certificateRequest'), 'secondary')}</div>
            )}
          </div>
        </section>
      ) : null}
      {live && !r.started && ['pending', 'confirmed', 'waitlisted', 'offered'].includes(r.status) ? (
        <section aria-labelledby="cancel" className="rounded-lg border border-line bg-surface-muted p-5">
          <h2 id="cancel" className="text-lg font-semibold">
            {t('events:personal.cancel')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('events:personal.cancelHint')}</p>
          <div className="mt-3">{post('cancel', t('events:personal.cancel'), 'danger')}</div>
        </section>
      ) : null}
      <p className="mt-8">
        <Link to={`/events/${r.eventSlug}`}>{r.eventTitle}</Link>
      </p>
    </Container>
  );
}
