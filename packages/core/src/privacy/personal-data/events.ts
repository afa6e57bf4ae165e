import type { EventQuestion } from '../../events/schema.ts';
import type { Platform } from '../../platform.ts';
import { type ExportContext, titleIn } from './context.ts';

type Deps = Pick<Platform, 'db'>;

/** A registration's answers with each question as the event asked it (a choice as its option's text). */
function presentAnswers(questionsJson: string, answersJson: string | null, context: ExportContext) {
  if (!answersJson) return [];
  const questions = JSON.parse(questionsJson) as EventQuestion[];
  return Object.entries(JSON.parse(answersJson) as Record<string, string>).map(([key, value]) => {
    const question = questions.find((q) => q.key === key);
    if (!question) return { question: key, answer: value };
    const option = question.type === 'choice' ? question.options[Number(value)] : undefined;
    return { question: titleIn(context, JSON.stringify(question.label)), answer: option ? titleIn(context, JSON.stringify(option)) : value };
  });
}

/**
 * Event registrations made with the account's e-mail address (registering needs no account, so
 * this is how they belong to the person). Erased registrations hold no address any more and are
 * not found: nothing personal is left in them.
 */
export async function eventRegistrationsOf(platform: Deps, email: string, context: ExportContext) {
  const rows = await platform.db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.eventId')
    .select([
      'events.title',
      'events.startsAt',
      'events.questions',
      'event_registrations.status',
      'event_registrations.email',
      'event_registrations.name',
      'event_registrations.organisationName',
      'event_registrations.sector',
      'event_registrations.country',
      'event_registrations.accessibilityNeeds',
      'event_registrations.answers',
      'event_registrations.locale',
      'event_registrations.consentVersion',
      'event_registrations.consentText',
      'event_registrations.consentedAt',
      'event_registrations.createdAt',
      'event_registrations.confirmedAt',
      'event_registrations.cancelledAt',
      'event_registrations.attendedAt',
    ])
    .where('event_registrations.email', '=', email.toLowerCase())
    .orderBy('event_registrations.createdAt')
    .orderBy('event_registrations.id')
    .execute();
  return rows.map((r) => ({
    event: titleIn(context, r.title),
    eventStartsAt: r.startsAt,
    status: r.status,
    email: r.email,
    name: r.name,
    organisation: r.organisationName,
    sector: r.sector ? context.t(`domain:sector.${r.sector}`) : null,
    country: r.country,
    accessibilityNeeds: r.accessibilityNeeds,
    answers: presentAnswers(r.questions, r.answers, context),
    language: r.locale,
    consent: { version: r.consentVersion, text: r.consentText, givenAt: r.consentedAt },
    registeredAt: r.createdAt,
    confirmedAt: r.confirmedAt,
    cancelledAt: r.cancelledAt,
    attendedAt: r.attendedAt,
  }));
}
