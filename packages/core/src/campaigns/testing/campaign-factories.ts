import { deflateSync } from 'node:zlib';
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

/** A solid-colour PNG of the given size, made here (no image library): for logo upload tests. */
export function pngOf(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x40)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
