import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../errors.ts';
import { authorizePlatform } from '../organisations/policies.ts';
import type { Platform } from '../platform.ts';

export interface OutboxListItem {
  id: string;
  createdAt: string;
  to: string;
  subject: string;
  template: string;
  locale: string;
}

export async function listOutbox(platform: Pick<Platform, 'db'>, actor: Actor, limit = 100): Promise<OutboxListItem[]> {
  authorizePlatform(actor, 'platform.viewOutbox');
  const rows = await platform.db
    .selectFrom('outbox_emails')
    .select(['id', 'createdAt', 'toAddress', 'subject', 'template', 'locale'])
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, to: r.toAddress, subject: r.subject, template: r.template, locale: r.locale }));
}

export async function getOutboxEmail(platform: Pick<Platform, 'db'>, actor: Actor, id: string) {
  authorizePlatform(actor, 'platform.viewOutbox');
  const row = await platform.db
    .selectFrom('outbox_emails')
    .select(['id', 'createdAt', 'toAddress', 'subject', 'textBody', 'template', 'locale'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return { id: row.id, createdAt: row.createdAt, to: row.toAddress, subject: row.subject, text: row.textBody, template: row.template, locale: row.locale };
}
