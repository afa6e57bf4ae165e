import type { DB, Kysely } from '@destalk/db';
import type { Clock } from '../../clock.ts';
import type { Locale } from '../../i18n/locales.ts';
import { newId } from '../../ids.ts';
import type { ConsentKind } from '../schema.ts';

export interface ConsentRecord {
  userId: string;
  kind: ConsentKind;
  /** The version of the text the person was shown (the privacy notice's front matter `version`). */
  version: string;
  /** The language the text was shown in. */
  locale: Locale;
}

/**
 * Keeps proof of what a person was shown and accepted — which text, which version, which language,
 * when — so the installation can show that it informed them (GDPR Art. 13) or, where it relies on
 * consent, that they consented (Art. 7(1)). Pass a transaction to commit it with its change.
 */
export async function recordConsent(db: Kysely<DB>, clock: Clock, record: ConsentRecord): Promise<{ id: string }> {
  const id = newId();
  await db
    .insertInto('consents')
    .values({ id, userId: record.userId, kind: record.kind, version: record.version, locale: record.locale, givenAt: clock.now().toISOString(), withdrawnAt: null })
    .execute();
  return { id };
}
