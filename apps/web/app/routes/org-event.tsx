import { checkIn } from '@destalk/core/events/commands/attendance';
import { addQuestion, addSession, addSpeaker, cancelEvent, publishEvent, removeQuestion, removeSession, removeSpeaker, updateEvent } from '@destalk/core/events/commands/organising';
import { eventForEditing, eventRegistrations, surveySummary } from '@destalk/core/events/queries/organiser';
import { EVENT_FORMATS } from '@destalk/core/events/schema';
import { AppError } from '@destalk/core/errors';
import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Alert, Badge, buttonClass, Card, CheckboxField, PageHeader, SelectField, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-event';
import { EditingLanguagePicker } from '../components/editing-language-picker.tsx';
import { AgendaSection, QuestionsSection, RegistrationsSection, SpeakersSection, SurveySection } from '../components/events/organiser-sections.tsx';
import { FormErrors } from '../components/form-errors.tsx';
import { requireActor } from '../lib/actor.server.ts';
import { editingLanguage } from '../lib/author.server.ts';
import { stateFor } from '../lib/form-state.ts';
import { formatDateTime } from '../lib/format.ts';
import { failureState } from '../lib/forms.server.ts';
import { getTranslator } from '../lib/i18n.server.ts';
import { guardLoader } from '../lib/loader-guard.server.ts';
import { pageMeta } from '../lib/meta.ts';
import { noticeFrom } from '../lib/notice.ts';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const actor = await requireActor(request, context);
  const { t, locale } = await getTranslator(request, context);
  return guardLoader(request, async () => {
    // eventForEditing authorizes (trainers and coordinators of the organising organisation, admins).
    const event = await eventForEditing(context.platform, actor, params.eventId);
    if (event.organisationId !== params.organisationId) throw new AppError('not_found');
    const { rows } = await eventRegistrations(context.platform, actor, params.eventId);
    const url = new URL(request.url);
    return {
      title: event.form.title.en ?? event.slug,
      lang: editingLanguage(request, 'en'),
      notice: noticeFrom(request, ['saved', 'published', 'cancelled']),
      notified: Number(url.searchParams.get('notified') ?? 0),
      event,
      survey: await surveySummary(context.platform, actor, params.eventId),
      registrations: rows.map((r) => ({
        id: r.id,
        name: r.name,
        email: r.email,
        organisationName: r.organisationName,
        status: r.status,
        waitlistPosition: r.waitlistPosition,
        accessibilityNeeds: r.accessibilityNeeds,
        attended: Boolean(r.attendedAt),
        consent: t('events:organise.consentOf', { version: r.consentVersion, date: formatDateTime(r.consentedAt, locale) }),
        createdAt: formatDateTime(r.createdAt, locale),
      })),
    };
  });
}

const listOf = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
const str = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request, context);
  const { t } = await getTranslator(request, context);
  const lang = editingLanguage(request, 'en');
  const here = `/org/${encodeURIComponent(params.organisationId)}/events/${encodeURIComponent(params.eventId)}?lang=${lang}`;
  const form = await request.formData();
  const intent = str(form, 'intent');
  const values = Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  try {
    const event = await eventForEditing(context.platform, actor, params.eventId);
    if (event.organisationId !== params.organisationId) throw new AppError('not_found');
    const merged = (stored: Record<string, string>, field: string) => ({ ...stored, [lang]: str(form, `${field}.${lang}`) });
    switch (intent) {
      case 'details': {
        const { notified } = await updateEvent(context.platform, actor, params.eventId, {
          format: str(form, 'format'),
          timezone: str(form, 'timezone'),
          startsAt: str(form, 'startsAt'),
          endsAt: str(form, 'endsAt'),
          title: merged(event.form.title, 'title'),
          summary: merged(event.form.summary, 'summary'),
          description: merged(event.form.description, 'description'),
          consentText: merged(event.form.consentText, 'consentText'),
          signLanguage: merged(event.form.signLanguage, 'signLanguage'),
          spokenLanguages: listOf(form, 'spokenLanguages'),
          subtitleLanguages: listOf(form, 'subtitleLanguages'),
          venue: str(form, 'venue'),
          joinUrl: str(form, 'joinUrl'),
          joinRevealMinutes: str(form, 'joinRevealMinutes'),
          capacity: str(form, 'capacity'),
          offerHours: str(form, 'offerHours'),
          erasureDays: str(form, 'erasureDays'),
          recordingUrl: str(form, 'recordingUrl'),
          slidesUrl: str(form, 'slidesUrl'),
          questions: event.form.questions,
        });
        return redirect(`${here}&notice=saved&notified=${notified}`);
      }
      case 'publish':
        await publishEvent(context.platform, actor, params.eventId, context.requestId);
        return redirect(`${here}&notice=published`);
      case 'cancel':
        await cancelEvent(context.platform, actor, params.eventId, context.requestId);
        return redirect(`${here}&notice=cancelled`);
      case 'addSpeaker': {
        const photo = form.get('photo');
        const file = photo instanceof File && photo.size > 0 ? { type: photo.type, bytes: new Uint8Array(await photo.arrayBuffer()) } : undefined;
        await addSpeaker(context.platform, actor, params.eventId, { name: str(form, 'speakerName'), affiliation: str(form, 'affiliation'), bio: { en: '', [lang]: str(form, `bio.${lang}`) } }, file);
        return redirect(`${here}&notice=saved#speakers`);
      }
      case 'removeSpeaker':
        await removeSpeaker(context.platform, actor, params.eventId, str(form, 'speakerId'));
        return redirect(`${here}&notice=saved#speakers`);
      case 'addSession':
        await addSession(context.platform, actor, params.eventId, {
          kind: str(form, 'kind'),
          startsAt: str(form, 'sessionStartsAt'),
          endsAt: str(form, 'sessionEndsAt'),
          title: { en: '', [lang]: str(form, `sessionTitle.${lang}`) },
          speakerIds: listOf(form, 'speakerIds'),
        });
        return redirect(`${here}&notice=saved#agenda`);
      case 'removeSession':
        await removeSession(context.platform, actor, params.eventId, str(form, 'sessionId'));
        return redirect(`${here}&notice=saved#agenda`);
      case 'addQuestion':
        await addQuestion(context.platform, actor, params.eventId, { label: str(form, 'label'), type: str(form, 'type'), required: str(form, 'required'), options: str(form, 'options') }, lang);
        return redirect(`${here}&notice=saved#questions`);
      case 'removeQuestion':
        await removeQuestion(context.platform, actor, params.eventId, str(form, 'key'));
        return redirect(`${here}&notice=saved#questions`);
      case 'checkIn':
      case 'undoCheckIn':
        await checkIn(context.platform, actor, params.eventId, str(form, 'registrationId'), intent === 'checkIn');
        return redirect(`${here}#registrations`);
      default:
        throw new AppError('bad_request');
    }
  } catch (error) {
    const { state, status } = failureState(error, request, t, values, intent);
    return data(state, { status });
  }
}

export const meta: Route.MetaFunction = ({ data: d, matches }) => pageMeta(d, matches);

export default function OrgEvent({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const e = d.event;
  const f = e.form;
  const lang = d.lang;
  const language = LOCALE_NATIVE_NAMES[lang];
  const details = stateFor(actionData, 'details');
  const v = (name: string, fallback: string) => details?.values[name] ?? fallback;
  const hidden = (intent: string) => <input type="hidden" name="intent" value={intent} />;
  const speakerState = stateFor(actionData, 'addSpeaker');
  const sessionState = stateFor(actionData, 'addSession');
  const questionState = stateFor(actionData, 'addQuestion');
  return (
    <>
      <PageHeader
        title={f.title[lang] ?? f.title.en ?? e.slug}
        eyebrow={t('events:organise.title')}
        lead={
          <span className="flex flex-wrap items-center gap-3">
            <Badge tone={e.status === 'published' ? 'success' : e.status === 'draft' ? 'warning' : 'neutral'}>{t(`events:organise.statuses.${e.status}` as 'events:organise.statuses.draft')}</Badge>
            {e.status !== 'draft' ? <Link to={`/events/${e.slug}`}>{t('events:organise.view')}</Link> : null}
          </span>
        }
      />
      {d.notice ? (
        <Alert tone="success" live className="mb-6">
          {d.notice === 'published' ? t('events:organise.published') : d.notice === 'cancelled' ? t('events:organise.cancelledEvent') : t('events:organise.notified', { count: d.notified })}
        </Alert>
      ) : null}
      {e.erased ? (
        <Alert tone="info" className="mb-6">
          {t('events:organise.erased')}
        </Alert>
      ) : null}
      <FormErrors state={stateFor(actionData, 'publish') ?? stateFor(actionData, 'cancel')} />
      <div className="mb-8 flex flex-wrap gap-3">
        {e.status === 'draft' ? (
          <Form method="post">
            {hidden('publish')}
            <button type="submit" className={buttonClass('primary')}>
              {t('events:organise.publish')}
            </button>
          </Form>
        ) : null}
        {e.status !== 'cancelled' ? (
          <Form method="post">
            {hidden('cancel')}
            <button type="submit" className={buttonClass('danger')}>
              {t('events:organise.cancelEvent')}
            </button>
          </Form>
        ) : null}
      </div>

      <EditingLanguagePicker lang={lang} label={t('events:organise.language')} submit={t('events:organise.showLanguage')} className="mb-6" />

      <Card aria-labelledby="details" className="mb-8">
        <h2 id="details" className="text-xl font-semibold">
          {t('events:organise.save')}
        </h2>
        <Form method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={details} />
          {hidden('details')}
          <TextField name={`title.${lang}`} label={t('events:organise.titleIn', { language })} defaultValue={v(`title.${lang}`, f.title[lang] ?? '')} errors={details?.fieldErrors[`title.${lang}`] ?? details?.fieldErrors['title.en']} />
          <TextField name={`summary.${lang}`} label={t('events:organise.summaryIn', { language })} multiline defaultValue={v(`summary.${lang}`, f.summary[lang] ?? '')} errors={details?.fieldErrors[`summary.${lang}`]} />
          <TextField name={`description.${lang}`} label={t('events:organise.descriptionIn', { language })} multiline defaultValue={v(`description.${lang}`, f.description[lang] ?? '')} errors={details?.fieldErrors[`description.${lang}`]} />
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField name="format" label={t('events:organise.format')} options={EVENT_FORMATS.map((x) => ({ value: x, label: t(`events:formats.${x}`) }))} defaultValue={v('format', f.format)} />
            <TextField name="timezone" label={t('events:organise.timezone')} defaultValue={v('timezone', f.timezone)} errors={details?.fieldErrors.timezone} />
            <TextField name="capacity" type="number" inputMode="numeric" label={t('events:organise.capacity')} defaultValue={v('capacity', String(f.capacity))} errors={details?.fieldErrors.capacity} />
            <TextField name="startsAt" type="datetime-local" label={t('events:organise.startsAt')} defaultValue={v('startsAt', f.startsAt)} errors={details?.fieldErrors.startsAt} />
            <TextField name="endsAt" type="datetime-local" label={t('events:organise.endsAt')} defaultValue={v('endsAt', f.endsAt)} errors={details?.fieldErrors.endsAt} />
          </div>
          <fieldset>
            <legend className="font-semibold">{t('events:organise.spokenLanguages')}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {SUPPORTED_LOCALES.map((l) => (
                <CheckboxField key={l} name="spokenLanguages" value={l} label={LOCALE_NATIVE_NAMES[l]} defaultChecked={f.spokenLanguages.includes(l)} />
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{t('events:organise.subtitleLanguages')}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {SUPPORTED_LOCALES.map((l) => (
                <CheckboxField key={l} name="subtitleLanguages" value={l} label={LOCALE_NATIVE_NAMES[l]} defaultChecked={f.subtitleLanguages.includes(l)} />
              ))}
            </div>
          </fieldset>
          <TextField name={`signLanguage.${lang}`} label={t('events:organise.signLanguageIn', { language })} defaultValue={v(`signLanguage.${lang}`, f.signLanguage[lang] ?? '')} />
          <TextField name="venue" label={t('events:organise.venue')} defaultValue={v('venue', f.venue)} errors={details?.fieldErrors.venue} />
          <TextField name="joinUrl" type="url" label={t('events:organise.joinUrl')} description={t('events:organise.joinUrlHint')} defaultValue={v('joinUrl', f.joinUrl)} errors={details?.fieldErrors.joinUrl} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="joinRevealMinutes" type="number" inputMode="numeric" label={t('events:organise.joinRevealMinutes')} defaultValue={v('joinRevealMinutes', String(f.joinRevealMinutes))} errors={details?.fieldErrors.joinRevealMinutes} />
            <TextField name="offerHours" type="number" inputMode="numeric" label={t('events:organise.offerHours')} defaultValue={v('offerHours', String(f.offerHours))} errors={details?.fieldErrors.offerHours} />
            <TextField name="erasureDays" type="number" inputMode="numeric" label={t('events:organise.erasureDays')} defaultValue={v('erasureDays', String(f.erasureDays))} errors={details?.fieldErrors.erasureDays} />
          </div>
          <TextField name={`consentText.${lang}`} label={t('events:organise.consentIn', { language })} description={t('events:organise.consentHint')} multiline defaultValue={v(`consentText.${lang}`, f.consentText[lang] ?? '')} errors={details?.fieldErrors[`consentText.${lang}`] ?? details?.fieldErrors['consentText.en']} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="recordingUrl" type="url" label={t('events:organise.recordingUrl')} defaultValue={v('recordingUrl', f.recordingUrl)} errors={details?.fieldErrors.recordingUrl} />
            <TextField name="slidesUrl" type="url" label={t('events:organise.slidesUrl')} defaultValue={v('slidesUrl', f.slidesUrl)} errors={details?.fieldErrors.slidesUrl} />
          </div>
          <button type="submit" className={buttonClass('primary', 'self-start')}>
            {t('events:organise.save')}
          </button>
        </Form>
      </Card>

      <SpeakersSection speakers={e.speakers} lang={lang} language={language} state={speakerState} />
      <AgendaSection sessions={e.sessions} speakers={e.speakers} lang={lang} language={language} startsAt={f.startsAt} endsAt={f.endsAt} state={sessionState} />
      <QuestionsSection questions={f.questions} lang={lang} language={language} state={questionState} />
      <RegistrationsSection organisationId={e.organisationId} eventId={e.id} registrations={d.registrations} />
      <SurveySection survey={d.survey} />
    </>
  );
}
