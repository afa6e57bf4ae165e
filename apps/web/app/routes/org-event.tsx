import { checkIn } from '@destalk/core/events/commands/attendance';
import { addQuestion, addSession, addSpeaker, cancelEvent, publishEvent, removeQuestion, removeSession, removeSpeaker, updateEvent } from '@destalk/core/events/commands/organising';
import { eventForEditing, eventRegistrations, surveySummary } from '@destalk/core/events/queries/organiser';
import { EVENT_FORMATS, SESSION_KINDS } from '@destalk/core/events/schema';
import { AppError } from '@destalk/core/errors';
import { LOCALE_NATIVE_NAMES, SUPPORTED_LOCALES } from '@destalk/core/i18n/locales';
import { Alert, Badge, buttonClass, Card, CheckboxField, PageHeader, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { data, Form, Link, redirect } from 'react-router';
import type { Route } from './+types/org-event';
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

      <Form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-56">
          <SelectField name="lang" label={t('events:organise.language')} options={SUPPORTED_LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] }))} defaultValue={lang} />
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          {t('events:organise.showLanguage')}
        </button>
      </Form>

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

      <Card aria-labelledby="speakers" className="mb-8">
        <h2 id="speakers" className="text-xl font-semibold">
          {t('events:organise.speakers')}
        </h2>
        <ul className="mt-3 flex flex-col gap-2">
          {e.speakers.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3">
              <span>
                <strong>{s.name}</strong> · {s.affiliation}
              </span>
              <Form method="post">
                {hidden('removeSpeaker')}
                <input type="hidden" name="speakerId" value={s.id} />
                <button type="submit" className={buttonClass('secondary', 'px-2 py-1 text-sm')}>
                  {t('events:organise.removeSpeaker', { name: s.name })}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form key={`speaker-${e.speakers.length}`} method="post" encType="multipart/form-data" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={speakerState} />
          {hidden('addSpeaker')}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id="speaker-name" name="speakerName" label={t('events:organise.speakerName')} errors={speakerState?.fieldErrors.name} />
            <TextField id="speaker-affiliation" name="affiliation" label={t('events:organise.affiliation')} errors={speakerState?.fieldErrors.affiliation} />
          </div>
          <TextField id="speaker-bio" name={`bio.${lang}`} label={t('events:organise.bioIn', { language })} multiline errors={speakerState?.fieldErrors['bio.en']} />
          <div className="flex flex-col gap-1">
            <label htmlFor="speaker-photo" className="font-semibold">
              {t('events:organise.photo')}
            </label>
            <p id="speaker-photo-hint" className="text-sm text-muted">
              {t('events:organise.photoHint')}
            </p>
            {speakerState?.fieldErrors.photo?.length ? <p className="font-medium text-danger">{speakerState.fieldErrors.photo.join(' ')}</p> : null}
            <input id="speaker-photo" name="photo" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="speaker-photo-hint" />
          </div>
          <button type="submit" className={buttonClass('secondary', 'self-start')}>
            {t('events:organise.addSpeaker')}
          </button>
        </Form>
      </Card>

      <Card aria-labelledby="agenda" className="mb-8">
        <h2 id="agenda" className="text-xl font-semibold">
          {t('events:organise.sessions')}
        </h2>
        <ol className="mt-3 flex flex-col gap-2">
          {e.sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3">
              <span>
                <span className="font-mono text-sm">{s.startsAt.slice(11)}–{s.endsAt.slice(11)}</span> · {t(`events:event.kinds.${s.kind}` as 'events:event.kinds.talk')} · <strong>{s.title[lang] ?? s.title.en}</strong>
              </span>
              <Form method="post">
                {hidden('removeSession')}
                <input type="hidden" name="sessionId" value={s.id} />
                <button type="submit" className={buttonClass('secondary', 'px-2 py-1 text-sm')}>
                  {t('events:organise.removeSession', { title: s.title[lang] ?? s.title.en ?? '' })}
                </button>
              </Form>
            </li>
          ))}
        </ol>
        <Form key={`session-${e.sessions.length}`} method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={sessionState} />
          {hidden('addSession')}
          <div className="grid gap-4 sm:grid-cols-3">
            <SelectField id="session-kind" name="kind" label={t('events:organise.sessionKind')} options={SESSION_KINDS.map((k) => ({ value: k, label: t(`events:event.kinds.${k}`) }))} defaultValue="panel" />
            <TextField id="session-starts" name="sessionStartsAt" type="datetime-local" label={t('events:organise.startsAt')} defaultValue={f.startsAt} errors={sessionState?.fieldErrors.startsAt} />
            <TextField id="session-ends" name="sessionEndsAt" type="datetime-local" label={t('events:organise.endsAt')} defaultValue={f.endsAt} errors={sessionState?.fieldErrors.endsAt} />
          </div>
          <TextField id="session-title" name={`sessionTitle.${lang}`} label={t('events:organise.sessionTitleIn', { language })} errors={sessionState?.fieldErrors['title.en']} />
          {e.speakers.length ? (
            <fieldset>
              <legend className="font-semibold">{t('events:organise.sessionSpeakers')}</legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {e.speakers.map((s) => (
                  <CheckboxField key={s.id} name="speakerIds" value={s.id} label={s.name} />
                ))}
              </div>
            </fieldset>
          ) : null}
          <button type="submit" className={buttonClass('secondary', 'self-start')}>
            {t('events:organise.addSession')}
          </button>
        </Form>
      </Card>

      <Card aria-labelledby="questions" className="mb-8">
        <h2 id="questions" className="text-xl font-semibold">
          {t('events:organise.questions')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('events:organise.questionsLead')}</p>
        <ul className="mt-3 flex flex-col gap-2">
          {f.questions.map((q) => {
            const label = q.label[lang] ?? q.label.en ?? Object.values(q.label)[0] ?? q.key;
            return (
              <li key={q.key} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line p-3">
                <span>
                  <strong>{label}</strong> · {t(`events:organise.questionTypes.${q.type}`)}
                  {q.required ? ` · ${t('events:organise.required')}` : ''}
                </span>
                <Form method="post">
                  {hidden('removeQuestion')}
                  <input type="hidden" name="key" value={q.key} />
                  <button type="submit" className={buttonClass('secondary', 'px-2 py-1 text-sm')}>
                    {t('events:organise.removeQuestion', { label })}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
        <Form key={`question-${f.questions.length}`} method="post" className="mt-4 flex flex-col gap-4" noValidate>
          <FormErrors state={questionState} />
          {hidden('addQuestion')}
          <TextField id="question-label" name="label" label={t('events:organise.questionLabelIn', { language })} errors={questionState?.fieldErrors.label} />
          <SelectField id="question-type" name="type" label={t('events:organise.questionType')} options={(['text', 'choice', 'yesno'] as const).map((k) => ({ value: k, label: t(`events:organise.questionTypes.${k}`) }))} defaultValue="text" />
          <TextField id="question-options" name="options" label={t('events:organise.questionOptions')} multiline errors={questionState?.fieldErrors.options} />
          <CheckboxField name="required" value="yes" label={t('events:organise.questionRequired')} />
          <button type="submit" className={buttonClass('secondary', 'self-start')}>
            {t('events:organise.addQuestion')}
          </button>
        </Form>
      </Card>

      <section aria-labelledby="registrations" className="mb-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="registrations" className="text-xl font-semibold">
            {t('events:organise.registrations')}
          </h2>
          <div className="flex gap-3">
            <a href={`/org/${e.organisationId}/events/${e.id}/registrations/csv`} className={buttonClass('secondary')}>
              {t('events:organise.exportCsv')}
            </a>
            <a href={`/org/${e.organisationId}/events/${e.id}/registrations/xlsx`} className={buttonClass('secondary')}>
              {t('events:organise.exportXlsx')}
            </a>
          </div>
        </div>
        {d.registrations.length === 0 ? (
          <p className="mt-2 text-muted">{t('events:organise.registrationsNone')}</p>
        ) : (
          <Table caption={t('events:organise.registrationsCaption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('eventExport:columns.name')}</th>
                <th scope="col">{t('eventExport:columns.status')}</th>
                <th scope="col">{t('eventExport:columns.accessibility')}</th>
                <th scope="col">{t('eventExport:columns.consentText')}</th>
                <th scope="col">{t('events:organise.present')}</th>
              </tr>
            </thead>
            <tbody>
              {d.registrations.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.name ?? '—'}
                    <div className="text-sm text-muted">{r.email ?? ''}</div>
                    {r.organisationName ? <div className="text-sm text-muted">{r.organisationName}</div> : null}
                  </td>
                  <td>
                    {t(`eventExport:status.${r.status}`)}
                    {r.waitlistPosition ? ` #${r.waitlistPosition}` : ''}
                  </td>
                  <td className="text-sm">{r.accessibilityNeeds ?? ''}</td>
                  <td className="text-sm">{r.consent}</td>
                  <td>
                    {r.status === 'confirmed' && r.name ? (
                      <Form method="post">
                        {hidden(r.attended ? 'undoCheckIn' : 'checkIn')}
                        <input type="hidden" name="registrationId" value={r.id} />
                        <button type="submit" className={buttonClass(r.attended ? 'secondary' : 'primary', 'px-2 py-1 text-sm')} aria-pressed={r.attended}>
                          {r.attended ? `✓ ${t('events:organise.undoCheckIn', { name: r.name })}` : t('events:organise.checkIn', { name: r.name })}
                        </button>
                      </Form>
                    ) : r.attended ? (
                      '✓'
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="survey">
        <h2 id="survey" className="text-xl font-semibold">
          {t('events:organise.survey')}
        </h2>
        {d.survey.count === 0 ? (
          <p className="mt-2 text-muted">{t('events:organise.surveyNone')}</p>
        ) : (
          <>
            <p className="mt-2">{t('events:organise.surveySummary', { count: d.survey.count, rating: d.survey.rating, usefulness: d.survey.usefulness })}</p>
            {d.survey.comments.length ? (
              <ul className="mt-2 list-disc ps-6">
                {d.survey.comments.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
