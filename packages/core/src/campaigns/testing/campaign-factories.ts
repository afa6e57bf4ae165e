import type { Actor } from '../../accounts/actor.ts';
import { bulkLearners } from '../../learning/testing/learning-factories.ts';
import type { Platform } from '../../platform.ts';
import { createOrganisation } from '../../testing/factories.ts';
import { createCampaign, publishCampaign, saveCampaignBasics, saveCampaignContacts } from '../commands/authoring.ts';

/** A coordinator with a second factor (as every coordinator action requires) of a new organisation. */
export async function coordinatorOf(platform: Platform, name = 'Rete donne'): Promise<{ organisation: Awaited<ReturnType<typeof createOrganisation>>; coordinator: Actor }> {
  const organisation = await createOrganisation(platform, { name });
  const [coordinator] = await bulkLearners(platform, organisation, 1, 'coordinator');
  return { organisation, coordinator: { ...coordinator!, twoFactorEnabled: true } };
}

export const CONTACTS = [
  { name: 'Numero antiviolenza', phone: '1522', web: 'www.1522.eu', hours: '24/7' },
  { name: 'Casa delle donne', phone: '+39 051 333173', web: 'casadonne.example', hours: 'lun–ven 9–17' },
];

/** A campaign with two languages and contacts, published unless asked otherwise. */
export async function readyCampaign(platform: Platform, actor: Actor, organisationId: string, options: { slug?: string; publish?: boolean; languages?: string[] } = {}) {
  const slug = options.slug ?? `campagna-${Math.random().toString(36).slice(2, 8)}`;
  const { id } = await createCampaign(platform, actor, organisationId, { name: 'Autunno 2026', slug });
  await saveCampaignBasics(platform, actor, id, { name: 'Autunno 2026', slug, languages: options.languages ?? ['it', 'en'], audience: 'general_public' });
  await saveCampaignContacts(platform, actor, id, CONTACTS);
  if (options.publish !== false) await publishCampaign(platform, actor, id);
  return { id, slug };
}

export { pngOf } from './png.ts';
