import type { EventQuestion } from '@destalk/core/events/schema';
import { SESSION_KINDS } from '@destalk/core/events/schema';
import { buttonClass, Card, CheckboxField, SelectField, Table, TextField } from '@destalk/ui';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-router';
import type { FormState } from '../../lib/form-state.ts';
import { FormErrors } from '../form-errors.tsx';

/**
 * The sections of the organiser's event page below the details form: speakers, agenda, the
 * event's own registration questions, the registrations (with check-in and exports) and the survey.
 * Each is a set of small plain forms posting an `intent` to the page's action.
 */
const hidden = (intent: string) => <input type="hidden" name="intent" value={intent} />;

interface Speaker {
  id: string;
  name: string;
  affiliation: string;
}

export function SpeakersSection({ speakers, lang, language, state }: { speakers: Speaker[]; lang: string; language: string; state: FormState | undefined }) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby="speakers" className="mb-8">
      <h2 id="speakers" className="text-xl font-semibold">
        {t('events:organise.speakers')}
      </h2>
      <ul className="mt-3 flex flex-col gap-2">
        {speakers.map((s) => (
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
      <Form key={`speaker-${speakers.length}`} method="post" encType="multipart/form-data" className="mt-4 flex flex-col gap-4" noValidate>
        <FormErrors state={state} />
        {hidden('addSpeaker')}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="speaker-name" name="speakerName" label={t('events:organise.speakerName')} errors={state?.fieldErrors.name} />
          <TextField id="speaker-affiliation" name="affiliation" label={t('events:organise.affiliation')} errors={state?.fieldErrors.affiliation} />
        </div>
        <TextField id="speaker-bio" name={`bio.${lang}`} label={t('events:organise.bioIn', { language })} multiline errors={state?.fieldErrors['bio.en']} />
        <div className="flex flex-col gap-1">
          <label htmlFor="speaker-photo" className="font-semibold">
            {t('events:organise.photo')}
          </label>
          <p id="speaker-photo-hint" className="text-sm text-muted">
            {t('events:organise.photoHint')}
          </p>
          {state?.fieldErrors.photo?.length ? <p className="font-medium text-danger">{state.fieldErrors.photo.join(' ')}</p> : null}
          <input id="speaker-photo" name="photo" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="speaker-photo-hint" />
        </div>
        <button type="submit" className={buttonClass('secondary', 'self-start')}>
          {t('events:organise.addSpeaker')}
        </button>
      </Form>
    </Card>

  );
}

export function AgendaSection({ sessions, speakers, lang, language, startsAt, endsAt, state }: { sessions: Array<{ id: string; kind: string; startsAt: string; endsAt: string; title: Record<string, string> }>; speakers: Speaker[]; lang: string; language: string; startsAt: string; endsAt: string; state: FormState | undefined }) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby="agenda" className="mb-8">
      <h2 id="agenda" className="text-xl font-semibold">
        {t('events:organise.sessions')}
      </h2>
      <ol className="mt-3 flex flex-col gap-2">
        {sessions.map((s) => (
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
      <Form key={`session-${sessions.length}`} method="post" className="mt-4 flex flex-col gap-4" noValidate>
        <FormErrors state={state} />
        {hidden('addSession')}
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField id="session-kind" name="kind" label={t('events:organise.sessionKind')} options={SESSION_KINDS.map((k) => ({ value: k, label: t(`events:event.kinds.${k}`) }))} defaultValue="panel" />
          <TextField id="session-starts" name="sessionStartsAt" type="datetime-local" label={t('events:organise.startsAt')} defaultValue={startsAt} errors={state?.fieldErrors.startsAt} />
          <TextField id="session-ends" name="sessionEndsAt" type="datetime-local" label={t('events:organise.endsAt')} defaultValue={endsAt} errors={state?.fieldErrors.endsAt} />
        </div>
        <TextField id="session-title" name={`sessionTitle.${lang}`} label={t('events:organise.sessionTitleIn', { language })} errors={state?.fieldErrors['title.en']} />
        {speakers.length ? (
          <fieldset>
            <legend className="font-semibold">{t('events:organise.sessionSpeakers')}</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {speakers.map((s) => (
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

  );
}

export function QuestionsSection({ questions, lang, language, state }: { questions: EventQuestion[]; lang: string; language: string; state: FormState | undefined }) {
  const { t } = useTranslation();
  return (
    <Card aria-labelledby="questions" className="mb-8">
      <h2 id="questions" className="text-xl font-semibold">
        {t('events:organise.questions')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('events:organise.questionsLead')}</p>
      <ul className="mt-3 flex flex-col gap-2">
        {questions.map((q) => {
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
      <Form key={`question-${questions.length}`} method="post" className="mt-4 flex flex-col gap-4" noValidate>
        <FormErrors state={state} />
        {hidden('addQuestion')}
        <TextField id="question-label" name="label" label={t('events:organise.questionLabelIn', { language })} errors={state?.fieldErrors.label} />
        <SelectField id="question-type" name="type" label={t('events:organise.questionType')} options={(['text', 'choice', 'yesno'] as const).map((k) => ({ value: k, label: t(`events:organise.questionTypes.${k}`) }))} defaultValue="text" />
        <TextField id="question-options" name="options" label={t('events:organise.questionOptions')} multiline errors={state?.fieldErrors.options} />
        <CheckboxField name="required" value="yes" label={t('events:organise.questionRequired')} />
        <button type="submit" className={buttonClass('secondary', 'self-start')}>
          {t('events:organise.addQuestion')}
        </button>
      </Form>
    </Card>

  );
}

export interface RegistrationView {
  id: string;
  name: string | null;
  email: string | null;
  organisationName: string | null;
  status: string;
  waitlistPosition: number | null;
  accessibilityNeeds: string | null;
  attended: boolean;
  consent: string;
}

export function RegistrationsSection({ organisationId, eventId, registrations }: { organisationId: string; eventId: string; registrations: RegistrationView[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="registrations" className="mb-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="registrations" className="text-xl font-semibold">
          {t('events:organise.registrations')}
        </h2>
        <div className="flex gap-3">
          <a href={`/org/${organisationId}/events/${eventId}/registrations/csv`} className={buttonClass('secondary')}>
            {t('events:organise.exportCsv')}
          </a>
          <a href={`/org/${organisationId}/events/${eventId}/registrations/xlsx`} className={buttonClass('secondary')}>
            {t('events:organise.exportXlsx')}
          </a>
        </div>
      </div>
      {registrations.length === 0 ? (
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
            {registrations.map((r) => (
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

  );
}

export function SurveySection({ survey }: { survey: { count: number; rating: number; usefulness: number; comments: string[] } }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="survey">
      <h2 id="survey" className="text-xl font-semibold">
        {t('events:organise.survey')}
      </h2>
      {survey.count === 0 ? (
        <p className="mt-2 text-muted">{t('events:organise.surveyNone')}</p>
      ) : (
        <>
          <p className="mt-2">{t('events:organise.surveySummary', { count: survey.count, rating: survey.rating, usefulness: survey.usefulness })}</p>
          {survey.comments.length ? (
            <ul className="mt-2 list-disc ps-6">
              {survey.comments.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
