import type { Platform } from '../../platform.ts';
import { parseInput } from '../../validation.ts';
import type { Actor } from '../actor.ts';
import { localeInput, profileInput } from '../schema.ts';

/** Name and preferred language. The language then wins over any cookie or browser setting. */
export async function updateProfile(platform: Platform, actor: Actor, input: unknown): Promise<{ name: string; locale: string }> {
  const data = parseInput(profileInput, input);
  await platform.db
    .updateTable('users')
    .set({ name: data.name, locale: data.locale, updatedAt: authNow(platform) })
    .where('id', '=', actor.userId)
    .execute();
  return data;
}

/** The language switcher, for a signed-in person: stored on the account. */
export async function setPreferredLocale(platform: Platform, actor: Actor, input: unknown): Promise<void> {
  const { locale } = parseInput(localeInput, input);
  await platform.db.updateTable('users').set({ locale, updatedAt: authNow(platform) }).where('id', '=', actor.userId).execute();
}

/** better-auth's tables keep native timestamps on PostgreSQL and ISO text on SQLite. */
export function authNow(platform: Pick<Platform, 'clock' | 'dialect'>): Date | string {
  const now = platform.clock.now();
  return platform.dialect === 'postgres' ? now : now.toISOString();
}
