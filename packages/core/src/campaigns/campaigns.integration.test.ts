import { testDialects } from '@destalk/db/testing';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { bulkLearners } from '../learning/testing/learning-factories.ts';
import { errorOf } from '../testing/app-error.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { addCampaignLogo, createCampaign, publishCampaign, removeCampaignLogo, saveCampaignBasics, saveCampaignColours, saveCampaignContacts, saveCampaignMessages, saveCampaignTheme } from './commands/authoring.ts';
import { requestCampaignKit } from './commands/kit.ts';
import { countCampaignReach } from './commands/reach.ts';
import { campaignForEditing, campaignKitZip, campaignLogo, campaignsOfOrganisation, publicCampaignKit } from './queries/campaigns.ts';
import { publicCampaign } from './queries/public.ts';
import { CONTACTS, coordinatorOf, pngOf, readyCampaign } from './testing/campaign-factories.ts';

describe.each(testDialects())('campaigns on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock('2026-11-20T09:00:00.000Z');
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('builds a campaign step by step, generates its kit as a job with progress, and publishes its page', async () => {
    const { organisation, coordinator } = await coordinatorOf(platform);
    const { id } = await createCampaign(platform, coordinator, organisation.id, { name: 'Autunno 2026', slug: 'autunno-2026' });
    await saveCampaignBasics(platform, coordinator, id, { name: 'Autunno 2026', slug: 'autunno-2026', languages: ['it', 'de'], audience: 'young_people' });
    await saveCampaignTheme(platform, coordinator, id, { theme: 'checking-is-not-caring' });
    const theme = (await campaignForEditing(platform, coordinator, id)).theme;
    expect(theme).toBe('checking-is-not-caring');
    await saveCampaignMessages(platform, coordinator, id, {
      it: [{ key: 'control-not-love', text: 'Controllare il telefono non è amore.' }],
      de: [{ key: 'control-not-love', text: 'Handykontrolle ist keine Liebe.' }, { key: 'unknown-key', text: 'ignored' }],
    });
    await saveCampaignContacts(platform, coordinator, id, CONTACTS);
    await saveCampaignColours(platform, coordinator, id, { background: '#0B3C49', text: '#FFFFFF', accent: '#7FE0C9' });
    const { id: logoId } = await addCampaignLogo(platform, coordinator, id, { name: 'Comune' }, pngOf(200, 80));

    const editing = await campaignForEditing(platform, coordinator, id);
    expect(editing.languages).toEqual(['it', 'de']);
    expect(editing.audience).toBe('young_people');
    expect(editing.messages.de).toEqual([{ key: 'control-not-love', text: 'Handykontrolle ist keine Liebe.' }]);
    expect(editing.colours).toEqual({ background: '#0b3c49', text: '#ffffff', accent: '#7fe0c9' });
    expect(editing.logos).toEqual([{ id: logoId, name: 'Comune', width: 200, height: 80 }]);

    const { kitId } = await requestCampaignKit(platform, coordinator, id);
    // Asking again while it is queued follows the same kit.
    expect(await requestCampaignKit(platform, coordinator, id)).toEqual({ kitId });
    expect((await campaignForEditing(platform, coordinator, id)).kits[0]).toMatchObject({ id: kitId, status: 'queued', done: 0, total: 20 });
    expect(await platform.drainJobs()).toBe(1);
    const kit = (await campaignForEditing(platform, coordinator, id)).kits[0]!;
    expect(kit).toMatchObject({ id: kitId, status: 'done', done: 20, total: 20 });
    const { zip, filename } = await campaignKitZip(platform, coordinator, id, kitId);
    expect(filename).toBe('autunno-2026-kit.zip');
    const files = Object.keys(unzipSync(zip));
    expect(files.filter((f) => f.startsWith('it/'))).toHaveLength(10);
    expect(files.filter((f) => f.startsWith('de/'))).toHaveLength(10);

    await publishCampaign(platform, coordinator, id);
    const page = await publicCampaign(platform, 'autunno-2026', 'de');
    expect(page.locale).toBe('de');
    expect(page.messages).toEqual(['Handykontrolle ist keine Liebe.']);
    expect(page.contacts).toEqual(CONTACTS);
    expect(page.hasKit).toBe(true);
    // A language the campaign does not offer falls back to its main language.
    expect((await publicCampaign(platform, 'autunno-2026', 'fr')).locale).toBe('it');
    expect((await campaignLogo(platform, null, id, logoId)).mediaType).toBe('image/png');
    expect((await publicCampaignKit(platform, 'autunno-2026')).zip.byteLength).toBe(zip.byteLength);
  }, 120_000);

  it('refuses unreadable colours, wrong or oversized logos, and incomplete steps with clear messages, keeping what was saved', async () => {
    const { organisation, coordinator } = await coordinatorOf(platform);
    const { id } = await readyCampaign(platform, coordinator, organisation.id, { publish: false });
    const before = await campaignForEditing(platform, coordinator, id);

    const contrast = await errorOf(saveCampaignColours(platform, coordinator, id, { background: '#ffff00', text: '#ffffff', accent: '#000000' }));
    expect(contrast.code).toBe('validation_failed');
    expect(contrast.fields).toEqual({ text: [{ key: 'validation:contrastText', values: { ratio: '1.1' } }] });
    expect((await errorOf(saveCampaignColours(platform, coordinator, id, { background: 'purple', text: '#ffffff', accent: '#000000' }))).fields?.background?.[0]?.key).toBe('validation:colour');

    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0]);
    expect((await errorOf(addCampaignLogo(platform, coordinator, id, { name: 'Gif' }, gif))).fields).toEqual({ logo: [{ key: 'validation:logoType' }] });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(pngOf(100, 100));
    expect((await errorOf(addCampaignLogo(platform, coordinator, id, { name: 'Big' }, big))).fields).toEqual({ logo: [{ key: 'validation:logoTooLarge', values: { max: 1 } }] });
    expect((await errorOf(addCampaignLogo(platform, coordinator, id, { name: 'Tiny' }, pngOf(20, 20)))).fields).toEqual({ logo: [{ key: 'validation:logoDimensions', values: { min: 64, max: 4000 } }] });
    for (let i = 0; i < 4; i++) await addCampaignLogo(platform, coordinator, id, { name: `Partner ${i}` }, pngOf(120, 64));
    expect((await errorOf(addCampaignLogo(platform, coordinator, id, { name: 'Fifth' }, pngOf(120, 64)))).fields).toEqual({ logo: [{ key: 'validation:logoLimit', values: { max: 4 } }] });

    const messages = await errorOf(saveCampaignMessages(platform, coordinator, id, { it: [] }));
    expect(messages.fields).toEqual({ 'messages.it': [{ key: 'validation:campaignMessagesCount', values: { language: 'Italiano' } }] });
    const contact = await errorOf(saveCampaignContacts(platform, coordinator, id, [{ name: 'Servizio', phone: '', web: '', hours: '' }]));
    expect(contact.fields).toEqual({ '0.phone': [{ key: 'validation:contactNeedsReach' }] });
    expect((await errorOf(saveCampaignContacts(platform, coordinator, id, [{ name: 'X', phone: 'call me', web: 'javascript:alert(1)', hours: '' }]))).fields).toEqual({ '0.phone': [{ key: 'validation:phone' }], '0.web': [{ key: 'validation:web' }] });

    const after = await campaignForEditing(platform, coordinator, id);
    expect(after.colours).toEqual(before.colours);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.messages).toEqual(before.messages);
    expect(after.logos).toHaveLength(4);
    await removeCampaignLogo(platform, coordinator, id, after.logos[0]!.id);
    expect((await campaignForEditing(platform, coordinator, id)).logos).toHaveLength(3);

    const { id: empty } = await createCampaign(platform, coordinator, organisation.id, { name: 'Empty', slug: 'empty-one' });
    expect((await errorOf(publishCampaign(platform, coordinator, empty))).fields).toEqual({ contacts: [{ key: 'validation:campaignNoContacts' }] });
    expect((await errorOf(requestCampaignKit(platform, coordinator, empty))).fields).toEqual({ contacts: [{ key: 'validation:campaignNoContacts' }] });
    expect((await errorOf(createCampaign(platform, coordinator, organisation.id, { name: 'Dup', slug: 'empty-one' }))).fields).toEqual({ slug: [{ key: 'validation:slugTaken' }] });
    expect(await platform.db.selectFrom('campaigns').select('id').execute()).toHaveLength(2);
  });

  it('should not let anyone of another organisation, nor trainers, see or change a campaign of an organisation', async () => {
    const { organisation, coordinator } = await coordinatorOf(platform, 'Centro A');
    const { coordinator: other } = await coordinatorOf(platform, 'Centro B');
    const [trainer] = await bulkLearners(platform, organisation, 1, 'trainer');
    const { id } = await readyCampaign(platform, coordinator, organisation.id, { publish: false });
    const { id: logoId } = await addCampaignLogo(platform, coordinator, id, { name: 'Logo' }, pngOf(100, 100));
    for (const attempt of [
      () => campaignForEditing(platform, other, id),
      () => saveCampaignContacts(platform, other, id, CONTACTS),
      () => saveCampaignColours(platform, other, id, { background: '#000000', text: '#ffffff', accent: '#ffcc00' }),
      () => publishCampaign(platform, other, id),
      () => requestCampaignKit(platform, other, id),
      () => campaignsOfOrganisation(platform, other, organisation.id),
      () => campaignLogo(platform, other, id, logoId),
      () => campaignLogo(platform, null, id, logoId),
    ]) expect((await errorOf(attempt())).code).toBe('not_found');
    expect((await errorOf(createCampaign(platform, other, organisation.id, { name: 'Theirs', slug: 'theirs' }))).code).toBe('validation_failed');
    expect((await errorOf(campaignForEditing(platform, { ...trainer!, twoFactorEnabled: true }, id))).code).toBe('forbidden');
    expect((await errorOf(campaignForEditing(platform, { ...coordinator, twoFactorEnabled: false }, id))).code).toBe('two_factor_required');
    // Drafts have no public page; nor do taken-down campaigns.
    const draft = await campaignForEditing(platform, coordinator, id);
    expect((await errorOf(publicCampaign(platform, draft.slug, 'it'))).code).toBe('not_found');
    expect((await errorOf(publicCampaignKit(platform, draft.slug))).code).toBe('not_found');
  });

  it('counts 300 simultaneous views exactly, per day and kind, and stores nothing about the visitors', async () => {
    const { organisation, coordinator } = await coordinatorOf(platform);
    const { id } = await readyCampaign(platform, coordinator, organisation.id);
    await Promise.all(Array.from({ length: 300 }, (_, i) => countCampaignReach(platform, id, i % 3 === 0 ? 'qr' : 'view')));
    clock.advance(DAY);
    await Promise.all([countCampaignReach(platform, id, 'view'), countCampaignReach(platform, id, 'download')]);
    const editing = await campaignForEditing(platform, coordinator, id);
    expect(editing.reach.totals).toEqual({ view: 201, qr: 100, download: 1 });
    expect(editing.reach.days).toEqual([
      { day: '2026-11-21', view: 1, qr: 0, download: 1 },
      { day: '2026-11-20', view: 200, qr: 100, download: 0 },
    ]);
    const rows = await platform.db.selectFrom('campaign_reach').selectAll().execute();
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['campaignId', 'count', 'day', 'kind']);
    expect((await campaignsOfOrganisation(platform, coordinator, organisation.id))[0]!.reach).toEqual({ view: 201, qr: 100, download: 1 });
  });
});
