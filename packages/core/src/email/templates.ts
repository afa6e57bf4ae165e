import { type CalendarEntry, calendarFile } from '../events/ics.ts';
import type { Translate } from '../i18n/translator.ts';
import type { EmailAttachment } from './mailer.ts';

/** The parameters each e-mail template needs. */
export interface EmailTemplates {
  verifyEmail: { name: string; url: string; expiresHours: number };
  accountExists: { url: string };
  resetPassword: { name: string; url: string; expiresMinutes: number };
  magicLink: { url: string; expiresMinutes: number };
  magicLinkTwoFactor: { url: string };
  invitation: { inviterName: string; organisationName: string; role: 'learner' | 'trainer' | 'coordinator'; url: string; days: number };
  seatConfirmed: { courseTitle: string; cohortTitle: string; url: string };
  /** The subject line stays neutral; the facilitator's own subject heads the text. */
  cohortMessage: { senderName: string; cohortTitle: string; subject: string; body: string; url: string };
  discussionDigest: { cohortTitle: string; count: number; threads: string[]; url: string };
  cohortEnrolled: { senderName: string; courseTitle: string; cohortTitle: string; waitlistPosition: number | null; url: string };
  /** Discreet on purpose: no course title, nothing about the subject matter. */
  certificateReminder: { expired: boolean; expiresAt: string; url: string };
  passwordChanged: { name: string; date: string; url: string };
  twoFactorChanged: { name: string; enabled: boolean; date: string; url: string };
  /** Event e-mails: neutral subjects; times already formatted in the event's zone and the reader's language. */
  eventConfirm: { eventTitle: string; when: string; url: string };
  eventRegistered: { eventTitle: string; when: string; seated: boolean; position: number | null; url: string; calendar: CalendarEntry | null };
  eventOffer: { eventTitle: string; when: string; expires: string; url: string };
  eventReminder: { eventTitle: string; when: string; soon: '24h' | '1h'; url: string };
  eventUpdated: { eventTitle: string; when: string; cancelled: boolean; url: string; calendar: CalendarEntry | null };
  eventThankYou: { eventTitle: string; url: string; recordingUrl: string | null; slidesUrl: string | null };
}

export type EmailTemplateName = keyof EmailTemplates;

export interface EmailContent {
  subject: string;
  /** Paragraphs before the button. */
  paragraphs: string[];
  action: { label: string; url: string };
  /** Paragraphs after the button. */
  after: string[];
  greetingName: string | undefined;
  attachments?: EmailAttachment[];
}

export interface TemplateContext {
  t: Translate;
  formatDate: (iso: string) => string;
  /** A calendar day without the time (expiry dates). */
  formatDay: (iso: string) => string;
  appName: string;
}

type Builder<K extends EmailTemplateName> = (p: EmailTemplates[K], ctx: TemplateContext) => EmailContent;

const ics = (calendar: CalendarEntry | null): EmailAttachment[] =>
  calendar ? [{ filename: 'event.ics', contentType: `text/calendar; charset=utf-8; method=${calendar.cancelled ? 'CANCEL' : 'PUBLISH'}`, content: calendarFile(calendar) }] : [];

/** Each template as subject + paragraphs + one action, built from the `email` catalogue. */
export const templates: { [K in EmailTemplateName]: Builder<K> } = {
  verifyEmail: (p, { t }) => ({
    subject: t('email:verifyEmail.subject'),
    greetingName: p.name,
    paragraphs: [t('email:verifyEmail.intro')],
    action: { label: t('email:verifyEmail.action'), url: p.url },
    after: [t('email:linkExpires', { hours: p.expiresHours }), t('email:ignoreIfNotYou')],
  }),
  accountExists: (p, { t }) => ({
    subject: t('email:accountExists.subject'),
    greetingName: undefined,
    paragraphs: [t('email:accountExists.intro'), t('email:accountExists.hint')],
    action: { label: t('email:accountExists.action'), url: p.url },
    after: [t('email:ignoreIfNotYou')],
  }),
  resetPassword: (p, { t }) => ({
    subject: t('email:resetPassword.subject'),
    greetingName: p.name,
    paragraphs: [t('email:resetPassword.intro')],
    action: { label: t('email:resetPassword.action'), url: p.url },
    after: [t('email:linkExpiresMinutes', { minutes: p.expiresMinutes }), t('email:ignoreIfNotYou')],
  }),
  magicLink: (p, { t }) => ({
    subject: t('email:magicLink.subject'),
    greetingName: undefined,
    paragraphs: [t('email:magicLink.intro')],
    action: { label: t('email:magicLink.action'), url: p.url },
    after: [t('email:linkExpiresMinutes', { minutes: p.expiresMinutes }), t('email:ignoreIfNotYou')],
  }),
  magicLinkTwoFactor: (p, { t }) => ({
    subject: t('email:magicLinkTwoFactor.subject'),
    greetingName: undefined,
    paragraphs: [t('email:magicLinkTwoFactor.intro'), t('email:magicLinkTwoFactor.hint')],
    action: { label: t('email:magicLinkTwoFactor.action'), url: p.url },
    after: [t('email:ignoreIfNotYou')],
  }),
  invitation: (p, { t, appName }) => ({
    subject: t('email:invitation.subject'),
    greetingName: undefined,
    paragraphs: [
      t('email:invitation.intro', {
        inviterName: p.inviterName,
        organisationName: p.organisationName,
        role: t(`domain:role.${p.role}`),
        appName,
      }),
    ],
    action: { label: t('email:invitation.action'), url: p.url },
    after: [t('email:invitation.expires', { days: p.days }), t('email:ignoreIfNotYou')],
  }),
  seatConfirmed: (p, { t }) => ({
    subject: t('email:seatConfirmed.subject'),
    greetingName: undefined,
    paragraphs: [t('email:seatConfirmed.intro', { courseTitle: p.courseTitle, cohortTitle: p.cohortTitle })],
    action: { label: t('email:seatConfirmed.action'), url: p.url },
    after: [],
  }),
  cohortMessage: (p, { t }) => ({
    subject: t('email:cohortMessage.subject'),
    greetingName: undefined,
    paragraphs: [t('email:cohortMessage.intro', { senderName: p.senderName, cohortTitle: p.cohortTitle }), p.subject, ...p.body.split(/\n\s*\n/).map((para) => para.trim()).filter(Boolean)],
    action: { label: t('email:cohortMessage.action'), url: p.url },
    after: [],
  }),
  discussionDigest: (p, { t }) => ({
    subject: t('email:discussionDigest.subject'),
    greetingName: undefined,
    paragraphs: [t('email:discussionDigest.intro', { count: p.count, cohortTitle: p.cohortTitle }), ...p.threads.map((title) => `• ${title}`)],
    action: { label: t('email:discussionDigest.action'), url: p.url },
    after: [t('email:discussionDigest.why')],
  }),
  cohortEnrolled: (p, { t }) => ({
    subject: p.waitlistPosition === null ? t('email:cohortEnrolled.subjectSeated') : t('email:cohortEnrolled.subjectWaitlisted'),
    greetingName: undefined,
    paragraphs: [
      p.waitlistPosition === null
        ? t('email:cohortEnrolled.introSeated', { senderName: p.senderName, courseTitle: p.courseTitle, cohortTitle: p.cohortTitle })
        : t('email:cohortEnrolled.introWaitlisted', { senderName: p.senderName, courseTitle: p.courseTitle, cohortTitle: p.cohortTitle, position: p.waitlistPosition }),
    ],
    action: { label: t('email:cohortEnrolled.action'), url: p.url },
    after: [],
  }),
  certificateReminder: (p, { t, formatDay }) => ({
    subject: p.expired ? t('email:certificateReminder.subjectExpired') : t('email:certificateReminder.subjectSoon', { date: formatDay(p.expiresAt) }),
    greetingName: undefined,
    paragraphs: [t(p.expired ? 'email:certificateReminder.introExpired' : 'email:certificateReminder.introSoon', { date: formatDay(p.expiresAt) })],
    action: { label: t('email:certificateReminder.action'), url: p.url },
    after: [],
  }),
  passwordChanged: (p, { t, formatDate }) => ({
    subject: t('email:passwordChanged.subject'),
    greetingName: p.name,
    paragraphs: [t('email:passwordChanged.intro', { date: formatDate(p.date) }), t('email:passwordChanged.hint')],
    action: { label: t('email:passwordChanged.action'), url: p.url },
    after: [],
  }),
  twoFactorChanged: (p, { t, formatDate }) => ({
    subject: t('email:twoFactorChanged.subject'),
    greetingName: p.name,
    paragraphs: [
      t(p.enabled ? 'email:twoFactorChanged.enabled' : 'email:twoFactorChanged.disabled', { date: formatDate(p.date) }),
      t('email:twoFactorChanged.hint'),
    ],
    action: { label: t('email:twoFactorChanged.action'), url: p.url },
    after: [],
  }),
  eventConfirm: (p, { t }) => ({
    subject: t('email:eventConfirm.subject'),
    greetingName: undefined,
    paragraphs: [t('email:eventConfirm.intro', { event: p.eventTitle, when: p.when })],
    action: { label: t('email:eventConfirm.action'), url: p.url },
    after: [t('email:eventConfirm.hint'), t('email:ignoreIfNotYou')],
  }),
  eventRegistered: (p, { t }) => ({
    subject: p.seated ? t('email:eventRegistered.subjectSeated') : t('email:eventRegistered.subjectWaitlisted'),
    greetingName: undefined,
    paragraphs: p.seated
      ? [t('email:eventRegistered.seated', { event: p.eventTitle, when: p.when }), t('email:eventRegistered.calendar')]
      : [t('email:eventRegistered.waitlisted', { event: p.eventTitle, when: p.when, position: p.position ?? 0 })],
    action: { label: t('email:eventRegistered.action'), url: p.url },
    after: [t('email:eventRegistered.personalLink')],
    attachments: ics(p.calendar),
  }),
  eventOffer: (p, { t }) => ({
    subject: t('email:eventOffer.subject'),
    greetingName: undefined,
    paragraphs: [t('email:eventOffer.intro', { event: p.eventTitle, when: p.when, expires: p.expires })],
    action: { label: t('email:eventOffer.action'), url: p.url },
    after: [t('email:eventRegistered.personalLink')],
  }),
  eventReminder: (p, { t }) => ({
    subject: t('email:eventReminder.subject'),
    greetingName: undefined,
    paragraphs: [p.soon === '1h' ? t('email:eventReminder.hour', { event: p.eventTitle, when: p.when }) : t('email:eventReminder.day', { event: p.eventTitle, when: p.when })],
    action: { label: t('email:eventReminder.action'), url: p.url },
    after: [t('email:eventRegistered.personalLink')],
  }),
  eventUpdated: (p, { t }) => ({
    subject: p.cancelled ? t('email:eventUpdated.subjectCancelled') : t('email:eventUpdated.subject'),
    greetingName: undefined,
    paragraphs: [p.cancelled ? t('email:eventUpdated.cancelled', { event: p.eventTitle }) : t('email:eventUpdated.changed', { event: p.eventTitle, when: p.when })],
    action: { label: t('email:eventRegistered.action'), url: p.url },
    after: p.cancelled ? [] : [t('email:eventRegistered.calendar')],
    attachments: ics(p.calendar),
  }),
  eventThankYou: (p, { t }) => ({
    subject: t('email:eventThankYou.subject'),
    greetingName: undefined,
    paragraphs: [
      t('email:eventThankYou.intro', { event: p.eventTitle }),
      ...(p.recordingUrl ? [t('email:eventThankYou.recording', { url: p.recordingUrl })] : []),
      ...(p.slidesUrl ? [t('email:eventThankYou.slides', { url: p.slidesUrl })] : []),
    ],
    action: { label: t('email:eventThankYou.action'), url: p.url },
    after: [t('email:eventThankYou.erasure')],
  }),
};
