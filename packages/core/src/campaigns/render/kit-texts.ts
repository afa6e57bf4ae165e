import type { Locale } from '../../i18n/locales.ts';
import type { CommonTexts, ThemeTexts } from '../theme-schema.ts';
import { POST_PLATFORMS } from '../theme-schema.ts';
import type { KitContact } from './layouts.ts';

export interface TextValues {
  region: string;
  organisation: string;
  url: string;
}

/** Fills `{region}`, `{organisation}`, `{url}` (and any value given); unknown placeholders stay visible. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function contactLines(contacts: KitContact[], hoursLabel: string): string[] {
  return contacts.map((c) => [c.name, c.phone, c.web, c.hours ? `${hoursLabel}: ${c.hours}` : ''].filter(Boolean).join(' — '));
}

const PLATFORM_NAMES: Record<(typeof POST_PLATFORMS)[number], string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X', linkedin: 'LinkedIn' };

/** The ready-to-paste posts, one section per platform. */
export function postsText(theme: ThemeTexts, values: TextValues): string {
  return `${POST_PLATFORMS.map((p) => `## ${PLATFORM_NAMES[p]}\n\n${fill(theme.posts[p], { ...values })}\n`).join('\n')}`;
}

/** Alt text of a social image: headline, the message it shows, and where to get help. */
export function altText(common: CommonTexts, headline: string, message: string, contacts: KitContact[]): string {
  const help = contacts.length ? contacts.map((c) => [c.name, c.phone].filter(Boolean).join(' ')).join('; ') : common.contactsFallback;
  return fill(common.altTemplate, { headline: /[.!?]$/.test(headline) ? headline : `${headline}.`, message, contacts: help }).replace(/\s+/g, ' ').trim();
}

export interface PressRelease {
  title: string;
  dateline: string;
  lead: string;
  paragraphs: string[];
  quote: string;
  messages: string[];
  contactsHeading: string;
  contacts: string[];
  notesHeading: string;
  notes: string;
  mediaContact: string;
  url: string;
  ends: string;
}

export function pressRelease(theme: ThemeTexts, common: CommonTexts, values: TextValues, input: { locale: Locale; date: Date; messages: string[]; contacts: KitContact[] }): PressRelease {
  const day = new Intl.DateTimeFormat(input.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(input.date);
  return {
    title: fill(theme.pressRelease.title, { ...values }),
    dateline: `${values.region}, ${day}`,
    lead: fill(theme.pressRelease.lead, { ...values }),
    paragraphs: fill(theme.pressRelease.body, { ...values })
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
    quote: `“${fill(theme.pressRelease.quote, { ...values })}” — ${values.organisation}`,
    messages: input.messages,
    contactsHeading: common.pressRelease.contactsHeading,
    contacts: input.contacts.length ? contactLines(input.contacts, common.hours) : [common.contactsFallback],
    notesHeading: common.pressRelease.notesHeading,
    notes: common.pressRelease.notes,
    mediaContact: fill(common.pressRelease.mediaContact, { ...values }),
    url: values.url,
    ends: common.pressRelease.ends,
  };
}

/** The press release as plain text (for e-mail to newsrooms and content systems). */
export function pressReleaseText(p: PressRelease): string {
  const lines = [
    p.title.toUpperCase(),
    '',
    `${p.dateline} — ${p.lead}`,
    '',
    ...p.paragraphs.flatMap((x) => [x, '']),
    ...p.messages.map((m) => `• ${m}`),
    '',
    p.quote,
    '',
    `${p.contactsHeading}:`,
    ...p.contacts.map((c) => `• ${c}`),
    p.url,
    '',
    `— ${p.ends} —`,
    '',
    `${p.notesHeading}: ${p.notes}`,
    p.mediaContact,
  ];
  return `${lines.join('\n')}\n`;
}
