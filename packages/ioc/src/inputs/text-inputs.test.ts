import { describe, expect, it } from 'vitest';
import type { Finding } from '../report/model.ts';
import { testIndex } from '../test-support/fixtures.ts';
import { parsePackageList, scanPackageList } from './package-list.ts';
import { scanPlainList } from './plain-list.ts';
import { parsePmList, parsePmListLine, scanPmList } from './pm-list.ts';

const index = testIndex();
const brief = (findings: Finding[]): string[] => findings.map((f) => `${f.level} ${f.kind} ${f.app?.name ?? '-'} ${f.evidence.value} @${f.evidence.line}`);

describe('pm list packages -f -i -U', () => {
  it('parses paths containing "=", installers (null too) and uids', () => {
    expect(parsePmListLine('package:/data/app/~~abc==/com.x-xyz==/base.apk=com.x installer=com.android.vending uid:10123', 4)).toEqual({
      name: 'com.x',
      path: '/data/app/~~abc==/com.x-xyz==/base.apk',
      files: [{ path: '/data/app/~~abc==/com.x-xyz==/base.apk' }],
      system: false,
      installer: 'com.android.vending',
      uid: 10123,
      line: 4,
    });
    expect(parsePmListLine('package:/system/priv-app/Settings/Settings.apk=com.android.settings installer=null uid:1000')).toMatchObject({
      name: 'com.android.settings',
      system: true,
      installer: null,
    });
    expect(parsePmListLine('package:com.plain')).toEqual({ name: 'com.plain', files: [] });
    expect(parsePmListLine('Error: something')).toBeUndefined();
  });

  it('scans packages and flags sideloaded apps, not system or store apps', async () => {
    const text = [
      'package:/data/app/~~a==/com.whatsapp-b==/base.apk=com.whatsapp installer=com.android.vending uid:10100',
      'package:/system/app/Gallery/Gallery.apk=com.android.gallery3d installer=null uid:10050',
      'package:/data/app/~~c==/net.spy.two-d==/base.apk=net.spy.two installer=null uid:10200',
      'package:/data/app/~~e==/com.unknown.tool-f==/base.apk=com.unknown.tool installer=com.android.chrome uid:10201',
      'package:/data/app/~~g==/com.sideload-h==/base.apk=com.sideload installer=com.google.android.packageinstaller uid:10202',
      'package:/data/app/~~i==/com.adb-j==/base.apk=com.adb installer=null uid:10203',
      '',
    ].join('\r\n');
    const result = await scanPmList(text, index, { name: 'pm.txt' });
    expect(brief(result.findings)).toEqual([
      'high stalkerware_package SpyTwo net.spy.two @3',
      'medium heuristic_sideloaded_app - com.unknown.tool (installer: com.android.chrome) @4',
      'medium heuristic_sideloaded_app - com.sideload (installer: com.google.android.packageinstaller) @5',
      'medium heuristic_sideloaded_app - com.adb (installer: none) @6',
    ]);
    expect(result.findings[1]?.explanation).toBe(
      'The app "com.unknown.tool" was installed by the app com.android.chrome, not by an app store. Stalkerware is almost always installed outside app stores; some legitimate apps are too, so check whether you know this app.',
    );
    expect(result.input).toEqual({ name: 'pm.txt', kind: 'pm-list', stats: { packages: 6, ignoredLines: 0 } });
  });

  it('rejects text that is not pm output, and too many packages', async () => {
    await expect(parsePmList('hello\nworld\n')).rejects.toMatchObject({ code: 'input_malformed' });
    await expect(parsePmList('package:a.b\npackage:c.d\n', { limits: { maxPackages: 1 } })).rejects.toMatchObject({ code: 'input_too_large', location: { line: 2 } });
  });
});

describe('package list', () => {
  it('reads names, comments and pm-style prefixes, counting other lines', async () => {
    const { packages, ignoredLines } = await parsePackageList('# my phone\ncom.spy.one\n  package:com.watch.kid  \nnot a package\ncom.example.app # note\n');
    expect(packages.map((p) => [p.name, p.line])).toEqual([
      ['com.spy.one', 2],
      ['com.watch.kid', 3],
      ['com.example.app', 5],
    ]);
    expect(ignoredLines).toBe(1);
  });

  it('finds stalkerware and watchware packages, case-insensitively', async () => {
    const result = await scanPackageList(Buffer.from('COM.SPY.ONE\ncom.watch.kid\ncom.spy.one.fake\n'), index, { name: 'list.txt' });
    expect(brief(result.findings)).toEqual(['high stalkerware_package SpyOne COM.SPY.ONE @1', 'medium watchware_package WatchKid com.watch.kid @2']);
  });
});

describe('plain network list', () => {
  it('matches domains, IPs and URLs on any line layout', async () => {
    const text = ['# exported', 'WWW.SPYONE.EXAMPLE', '0.0.0.0 sync.c2.example', '2001:DB8::7, 198.51.100.20', 'http://code.example.org/spyone/releases/v2.apk', 'xc2.example', 'garbage!!'].join('\n');
    const result = await scanPlainList(text, index, { name: 'hosts.txt' });
    expect(brief(result.findings)).toEqual([
      'low vendor_website SpyOne www.spyone.example @2',
      'high c2_contact SpyOne sync.c2.example @3',
      'high c2_contact SpyOne 2001:db8::7 @4',
      'high c2_contact SpyTwo 198.51.100.20 @4',
      'low vendor_website SpyOne http://code.example.org/spyone/releases/v2.apk @5',
    ]);
    expect(result.input.stats).toEqual({ lines: 7, domains: 3, ips: 3, urls: 1, ignoredTokens: 1 });
  });

  it('streams chunked input and enforces the size and line limits', async () => {
    async function* chunks(): AsyncGenerator<string> {
      yield 'c2.exa';
      yield 'mple\n';
    }
    expect(brief((await scanPlainList(chunks(), index)).findings)).toEqual(['high c2_contact SpyOne c2.example @1']);
    await expect(scanPlainList('a.example\n'.repeat(20), index, { limits: { maxTextBytes: 100 } })).rejects.toMatchObject({ code: 'input_too_large' });
    await expect(scanPlainList(`ok.example\n${'x'.repeat(300)}\n`, index, { limits: { maxLineBytes: 200 } })).rejects.toMatchObject({ code: 'input_too_large', location: { line: 2 } });
  });
});
