import type { DB, Kysely } from '@destalk/db';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import { newId } from '../ids.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For the outbox listing; not sent. */
  template: string;
  locale: string;
  /** Text attachments (calendar files). */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(message: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

/** Real delivery through the SMTP server named by SMTP_URL (smtp:// or smtps://). */
export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  readonly #transport: Transporter;
  readonly #from: string;

  constructor(smtpUrl: string, from: string) {
    this.#transport = nodemailer.createTransport(smtpUrl);
    this.#from = from;
  }

  async send(message: OutgoingEmail): Promise<void> {
    await this.#transport.sendMail({
      from: this.#from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.attachments?.length ? { attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) } : {}),
    });
  }

  async close(): Promise<void> {
    this.#transport.close();
  }
}

/**
 * Without SMTP the messages land in the `outbox_emails` table, readable by platform admins (and
 * logged in development). They hold sign-in links, so a retention job deletes them after
 * OUTBOX_RETENTION_DAYS; production deployments should configure SMTP.
 */
export class OutboxMailer implements Mailer {
  readonly kind = 'outbox' as const;
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
    private readonly logger?: Logger,
    private readonly logMessages = false,
  ) {}

  async send(message: OutgoingEmail): Promise<void> {
    await this.db
      .insertInto('outbox_emails')
      .values({
        id: newId(),
        createdAt: this.clock.now().toISOString(),
        toAddress: message.to,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
        template: message.template,
        locale: message.locale,
        attachments: message.attachments?.length ? JSON.stringify(message.attachments) : null,
      })
      .execute();
    if (this.logMessages) this.logger?.info({ to: message.to, subject: message.subject, text: message.text }, 'e-mail kept in the outbox');
  }

  async close(): Promise<void> {}
}
