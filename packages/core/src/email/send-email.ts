import type { Clock } from '../clock.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translator.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { isAnonymisedEmail } from '../privacy/tombstone.ts';
import type { Mailer } from './mailer.ts';
import { renderEmail } from './render-email.ts';
import type { EmailTemplateName, EmailTemplates } from './templates.ts';

export const SEND_EMAIL_QUEUE = 'send-email';

export type SendEmailPayload = {
  [K in EmailTemplateName]: { to: string; locale: Locale; template: K; params: EmailTemplates[K] };
}[EmailTemplateName];

/**
 * Every e-mail goes through the job queue: a slow or failing SMTP server never blocks a request.
 * A deleted account's tombstone address is never written to: whatever still points at the account
 * (a certificate reminder, a cohort message, a reset link that could revive it) sends nothing.
 */
export async function enqueueEmail(jobs: JobQueue, payload: SendEmailPayload): Promise<string | null> {
  if (isAnonymisedEmail(payload.to)) return null;
  return jobs.enqueue(SEND_EMAIL_QUEUE, payload, { retryLimit: 5, retryDelaySeconds: 30 });
}

export interface EmailDeps {
  mailer: Mailer;
  translatorFor: (locale: Locale) => Translate;
  appName: string;
  publicUrl: string;
  clock: Clock;
}

export function registerEmailJob(jobs: JobQueue, deps: EmailDeps): void {
  jobs.register<SendEmailPayload>(SEND_EMAIL_QUEUE, async (payload) => {
    const rendered = renderEmail(payload.template, payload.params as never, {
      t: deps.translatorFor(payload.locale),
      locale: payload.locale,
      appName: deps.appName,
      publicUrl: deps.publicUrl,
    });
    await deps.mailer.send({ to: payload.to, ...rendered, template: payload.template, locale: payload.locale });
  });
}
