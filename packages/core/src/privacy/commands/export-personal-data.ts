import type { Actor } from '../../accounts/actor.ts';
import type { Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { Platform } from '../../platform.ts';
import { authorizePrivacy } from '../policies.ts';
import { collectPersonalData, type PersonalData } from '../queries/collect-personal-data.ts';

export interface ExportOptions {
  /** The language titles and labels are given in (the person's). */
  locale: Locale;
  /** Tools are content files the web process has loaded; without it a tool is named by its slug. */
  toolTitle?: (slug: string) => string | undefined;
  requestId?: string;
}

export interface PersonalDataExport {
  about: { service: string; address: string; generatedAt: string; language: Locale };
  data: PersonalData;
}

/**
 * "Download my data" (GDPR Art. 15 and 20): the signed-in person's own data as one JSON document,
 * in a structured, machine-readable form. Only ever the actor's: the command takes no person's id.
 * Logged as a completed export request and in the audit log.
 */
export async function exportPersonalData(platform: Platform, actor: Actor, options: ExportOptions): Promise<{ filename: string; document: PersonalDataExport }> {
  authorizePrivacy(actor, 'privacy.ownData');
  const now = platform.clock.now().toISOString();
  const data = await collectPersonalData(platform, actor.userId, {
    locale: options.locale,
    t: platform.translate(options.locale),
    toolTitle: (slug) => options.toolTitle?.(slug) ?? slug,
  });
  await platform.db.transaction().execute(async (trx) => {
    await trx.insertInto('data_requests').values({ id: newId(), kind: 'export', userId: actor.userId, requestedAt: now, completedAt: now, outcome: 'delivered' }).execute();
    await platform.audit.record({ event: 'account.data_exported', actorUserId: actor.userId, subjectType: 'user', subjectId: actor.userId, requestId: options.requestId ?? null }, trx);
  });
  return {
    filename: `destalk-my-data-${now.slice(0, 10)}.json`,
    document: { about: { service: platform.config.appName, address: platform.config.publicUrl, generatedAt: now, language: options.locale }, data },
  };
}
