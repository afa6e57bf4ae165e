import { expect } from '@playwright/test';
import { MAIL_API } from './fixtures.ts';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

/** Waits for the SMTP capture to receive a message to `to` (e-mails go through the job queue). */
export async function waitForMail(to: string, subject: string | RegExp): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(MAIL_API)).json()) as CapturedMail[];
        found = messages.filter((m) => m.to.includes(to) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject))).at(-1);
        return Boolean(found);
      },
      { timeout: 15_000, message: `an e-mail to ${to} with subject ${String(subject)}` },
    )
    .toBe(true);
  return found!;
}

export function linkIn(mail: CapturedMail): string {
  const match = mail.text.match(/http:\/\/localhost:3123\/[^\s]+/);
  if (!match) throw new Error(`no link in e-mail: ${mail.text}`);
  return match[0];
}

/** Waits until `count` e-mails to `to` match `subject`; returns the latest. */
export async function waitForMailCount(to: string, subject: string | RegExp, count: number): Promise<CapturedMail> {
  let matching: CapturedMail[] = [];
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(MAIL_API)).json()) as CapturedMail[];
        matching = messages.filter((m) => m.to.includes(to) && (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject)));
        return matching.length;
      },
      { timeout: 20_000, message: `${count} e-mails to ${to} with subject ${String(subject)}` },
    )
    .toBe(count);
  return matching.at(-1)!;
}
