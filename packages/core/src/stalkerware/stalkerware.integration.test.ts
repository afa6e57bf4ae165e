import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { testDialects } from '@destalk/db/testing';
import { REAL_FEEDS_DIR, buildPcap, dnsQuery, frame, ip, tlsClientHello, tcp, udp } from '@destalk/ioc/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY, ManualClock } from '../clock.ts';
import { actorFor, createOrganisation, createUser, elevatedActor, signInCookie } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { importFeeds } from './commands/import-feeds.ts';
import { runCheck } from './commands/run-check.ts';
import { deleteReport, saveReport } from './commands/saved-reports.ts';
import { fetchFeeds } from './feed-source.ts';
import { activeFeedSet, listFeedSets } from './queries/feeds.ts';
import { getSavedReport, listSavedReports } from './queries/reports.ts';
import { signReport } from './report-token.ts';
import { errorOf } from '../testing/app-error.ts';

const PM_LIST_WITH_STALKERWARE = [
  'package:/system/app/Calendar/Calendar.apk=com.android.calendar installer=null uid:10040',
  'package:/data/app/~~x1==/com.thetruth-y2==/base.apk=com.thetruth installer=null uid:10187',
  'package:/data/app/~~x2==/org.mozilla.firefox-z3==/base.apk=org.mozilla.firefox installer=com.android.vending uid:10190',
].join('\n');

describe.each(testDialects())('the stalkerware check on %s', (dialect) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform(dialect, { clock });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('imports the real Echap feeds from a folder once, with provenance and counts', async () => {
    const first = await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    expect(first.changed).toBe(true);
    expect(first.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(first.files.map((f) => f.fileName)).toEqual(['ioc.yaml', 'watchware.yaml', 'samples.csv']);
    expect(first.counts.apps).toBeGreaterThanOrEqual(147);
    expect(first.counts.packages).toBeGreaterThan(300);
    const again = await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    expect(again).toMatchObject({ changed: false, setId: first.setId });
    const active = await activeFeedSet(platform);
    expect(active?.provenance).toMatchObject({ licence: 'CC-BY-4.0', attribution: 'Stalkerware indicators by Echap (AssoEchap/stalkerware-indicators), CC BY 4.0', version: first.version });
    expect(await platform.db.selectFrom('ioc_feed_sets').select('id').execute()).toHaveLength(1);
  });

  it('imports the same files from a URL (the admin refresh path) and refuses a broken feed without touching the active set', async () => {
    const server = createServer((req, res) => {
      const name = (req.url ?? '').split('/').pop() ?? '';
      if (name === 'ioc.yaml' && req.url?.startsWith('/broken/')) return void res.end('- name: [unclosed\n  packages: {');
      try {
        res.end(readFileSync(join(REAL_FEEDS_DIR, name)));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const fromFolder = await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
      const fromUrl = await importFeeds(platform, await fetchFeeds(`${base}/master/`));
      expect(fromUrl.version).toBe(fromFolder.version);
      expect(fromUrl.changed).toBe(false);
      const broken = await importFeeds(platform, await fetchFeeds(`${base}/broken/`)).then(() => null, (e: unknown) => e as Error);
      expect(broken?.message).toMatch(/ioc\.yaml/);
      expect((await activeFeedSet(platform))?.version).toBe(fromFolder.version);
    } finally {
      server.close();
    }
  });

  it('refuses to check before any feed is imported, and refuses people without an organisation', async () => {
    const org = await createOrganisation(platform);
    const member = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { memberships: [[org.id, 'learner']] })).email));
    expect((await errorOf(runCheck(platform, member, { kind: 'pm_list', name: 'pasted text', source: PM_LIST_WITH_STALKERWARE }))).code).toBe('conflict');
    await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    const loner = await actorFor(platform, await signInCookie(platform, (await createUser(platform)).email));
    expect((await errorOf(runCheck(platform, loner, { kind: 'pm_list', name: 'pasted text', source: PM_LIST_WITH_STALKERWARE }))).code).toBe('forbidden');
  });

  it('finds a known stalkerware package in a package list and stores nothing of it', async () => {
    await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    const org = await createOrganisation(platform);
    const member = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { memberships: [[org.id, 'learner']] })).email));
    const report = await runCheck(platform, member, { kind: 'pm_list', name: 'pasted text', source: PM_LIST_WITH_STALKERWARE });
    expect(report.summary.summaryKey).toBe('summary.stalkerware_indicator_found');
    const high = report.findings.filter((f) => f.level === 'high');
    expect(high.map((f) => [f.kind, f.app?.name, f.evidence.package])).toEqual([['stalkerware_package', 'TheTruthSpy', 'com.thetruth']]);
    expect(report.feeds[0]?.provenance.attribution).toContain('Echap');
    expect(await platform.db.selectFrom('ioc_saved_reports').select('id').execute()).toEqual([]);
    const audit = await platform.db.selectFrom('audit_events').select('data').where('event', 'like', 'stalkerware.%').execute();
    expect(JSON.stringify(audit)).not.toContain('thetruth');

    const clean = await runCheck(platform, member, { kind: 'package_list', name: 'pasted text', source: 'com.android.calendar\norg.mozilla.firefox\n' });
    expect(clean.findings).toEqual([]);
    expect(clean.summary.summaryKey).toBe('summary.no_known_indicator');
    expect(clean.summary.text).toBe('No known indicator found. This does not prove that no stalkerware is installed.');
  });

  it('streams a network capture and reports the contact with a C2 server, not the look-alike', async () => {
    await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    const org = await createOrganisation(platform);
    const member = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { memberships: [[org.id, 'learner']] })).email));
    const pcap = buildPcap(
      [
        { bytes: frame(ip('192.168.137.20', '192.168.137.1', udp(50000, 53, dnsQuery('media-sync-a.copy9.com')))), timeMs: 1_700_000_000_000 },
        { bytes: frame(ip('192.168.137.20', '192.168.137.1', udp(50001, 53, dnsQuery('notcopy9.com')))), timeMs: 1_700_000_001_000 },
        { bytes: frame(ip('192.168.137.20', '93.184.216.34', tcp(50002, 443, tlsClientHello('www.wikipedia.org')))), timeMs: 1_700_000_002_000 },
      ],
      { linkType: 1 },
    );
    async function* chunks() {
      for (let i = 0; i < pcap.length; i += 97) yield pcap.subarray(i, i + 97);
    }
    const report = await runCheck(platform, member, { kind: 'network_capture', name: 'hotspot.pcap', source: chunks() });
    expect(report.findings.map((f) => [f.level, f.kind, f.app?.name, f.evidence.value, f.evidence.packet])).toEqual([['high', 'c2_contact', 'TheTruthSpy', 'media-sync-a.copy9.com', 1]]);
  });

  it('saves a redacted report only on request, for the author and the coordinators of that organisation', async () => {
    await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    const org = await createOrganisation(platform);
    const other = await createOrganisation(platform);
    const author = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { memberships: [[org.id, 'learner']] })).email));
    const colleague = await actorFor(platform, await signInCookie(platform, (await createUser(platform, { memberships: [[org.id, 'trainer']] })).email));
    const coordinator = (await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] })).actor;
    const outsider = (await elevatedActor(platform, { memberships: [[other.id, 'coordinator']] })).actor;

    const report = await runCheck(platform, author, { kind: 'indicator_list', name: 'pasted text', source: 'media-sync-a.copy9.com\nana.rossi@example.org\n+39 333 1234567' });
    const token = signReport(report, platform.config.sessionSecret, clock.now());
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect((await errorOf(saveReport(platform, author, { organisationId: org.id, label: 'Case 12', token: tampered }))).fields).toEqual({ _form: [{ key: 'validation:reportExpired' }] });
    expect((await errorOf(saveReport(platform, outsider, { organisationId: org.id, label: 'Case 12', token }))).code).toBe('not_found');

    const { id } = await saveReport(platform, author, { organisationId: org.id, label: 'Case 12', token });
    const stored = JSON.stringify(await platform.db.selectFrom('ioc_saved_reports').selectAll().execute());
    expect(stored).not.toContain('ana.rossi@example.org');
    expect(stored).not.toContain('333 1234567');

    expect((await listSavedReports(platform, author)).map((r) => r.label)).toEqual(['Case 12']);
    expect((await listSavedReports(platform, coordinator)).map((r) => r.label)).toEqual(['Case 12']);
    expect(await listSavedReports(platform, colleague)).toEqual([]);
    expect(await listSavedReports(platform, outsider)).toEqual([]);
    expect((await getSavedReport(platform, coordinator, id)).report.summary.summaryKey).toBe('summary.stalkerware_indicator_found');
    expect((await errorOf(getSavedReport(platform, colleague, id))).code).toBe('not_found');
    expect((await errorOf(getSavedReport(platform, outsider, id))).code).toBe('not_found');
    expect((await errorOf(deleteReport(platform, outsider, id))).code).toBe('not_found');

    clock.advance(2 * DAY);
    expect((await errorOf(saveReport(platform, author, { organisationId: org.id, label: 'Late', token }))).fields).toEqual({ _form: [{ key: 'validation:reportExpired' }] });
    await deleteReport(platform, coordinator, id);
    expect(await listSavedReports(platform, author)).toEqual([]);
  });

  it('shows feed history to platform admins only', async () => {
    await importFeeds(platform, await fetchFeeds(REAL_FEEDS_DIR));
    const admin = (await elevatedActor(platform, { admin: true })).actor;
    const org = await createOrganisation(platform);
    const coordinator = (await elevatedActor(platform, { memberships: [[org.id, 'coordinator']] })).actor;
    expect((await listFeedSets(platform, admin)).map((s) => s.active)).toEqual([true]);
    expect((await errorOf(listFeedSets(platform, coordinator))).code).toBe('forbidden');
  });
});
