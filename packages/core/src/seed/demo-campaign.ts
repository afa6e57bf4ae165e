import { newId } from '../ids.ts';
import type { Platform } from '../platform.ts';
import { campaignContent } from '../campaigns/themes.ts';

/**
 * A published demo campaign of the first theme in English and Italian, leading to Italy's national
 * anti-violence and stalking helpline (1522, free, 24/7) — the demo region is in Italy. The kit is
 * not generated ahead: the demo coordinator generates it from the builder.
 */
export async function seedDemoCampaign(platform: Pick<Platform, 'db' | 'clock' | 'config'>, organisation: { id: string; regionId: string }, createdByUserId: string | null): Promise<void> {
  const theme = campaignContent(platform.config.campaignsDir).theme('know-the-signs');
  if (!theme) return;
  const now = platform.clock.now().toISOString();
  const pick = (locale: 'en' | 'it') => (theme.texts[locale] ?? theme.texts.en).messages.slice(0, 3).map((m) => ({ key: m.key, text: m.text }));
  await platform.db
    .insertInto('campaigns')
    .values({
      id: newId(),
      slug: 'know-the-signs-demo',
      organisationId: organisation.id,
      regionId: organisation.regionId,
      name: '16 Days 2026 (demo)',
      status: 'published',
      languages: JSON.stringify(['en', 'it']),
      audience: 'general_public',
      theme: theme.structure.slug,
      messages: JSON.stringify({ en: pick('en'), it: pick('it') }),
      contacts: JSON.stringify([{ name: '1522 – Numero antiviolenza e stalking', phone: '1522', web: 'www.1522.eu', hours: '24/7' }]),
      colours: JSON.stringify(theme.structure.colours),
      createdByUserId,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    })
    .execute();
}
