import { describe, expect, it } from 'vitest';
import { DUMPSYS_WITH_ADMINS, packagesJson, PS_OUTPUT } from '../../test-support/androidqf.ts';
import { TEST_SAMPLE_SHA256, testIndex } from '../../test-support/fixtures.ts';
import { buildZip } from '../../test-support/zip-builder.ts';
import { parsePackagesJson } from './packages-json.ts';
import { parseAndroidQfFiles, readAndroidQf } from './read.ts';
import { scanAndroidQf } from './scan.ts';
import { parseDeviceAdmins, parseGetprop, parseProcesses, parseRootBinaries, parseSettings } from './text-files.ts';

describe('packages.json', () => {
  it('reads the androidqf shape into packages', () => {
    const [pkg] = parsePackagesJson(packagesJson([{ name: 'com.x', installer: null, sha256: 'AB'.repeat(32), certSha1: 'CD'.repeat(20) }]), { maxPackages: 10 });
    expect(pkg).toEqual({
      name: 'com.x',
      installer: null,
      system: false,
      thirdParty: true,
      disabled: false,
      uid: 10123,
      files: [
        {
          path: '/data/app/~~Qm9vaw==/com.x-AbCd==/base.apk',
          md5: 'd41d8cd98f00b204e9800998ecf8427e',
          sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
          sha256: 'AB'.repeat(32),
          certificate: { md5: '0123456789abcdef0123456789abcdef', sha1: 'CD'.repeat(20), sha256: '22'.repeat(32), subject: 'CN=Developer', issuer: 'CN=Developer' },
        },
      ],
    });
  });

  it('tolerates missing optional fields', () => {
    expect(parsePackagesJson('[{"name":"com.min"}, {"name":"com.f","files":[{"sha256":"aa"}],"installer":""}]', { maxPackages: 10 })).toEqual([
      { name: 'com.min', installer: null, files: [] },
      { name: 'com.f', installer: null, files: [{ sha256: 'aa' }] },
    ]);
  });

  it('rejects a wrong shape with the place', () => {
    const cases: [string, string | undefined, string][] = [
      ['{"name":"com.x"}', undefined, 'packages.json must be a JSON array of packages'],
      ['[{"name":"com.x"},{"installer":"y"}]', '[1]', 'Package 2 has no "name"'],
      ['["com.x"]', '[0]', 'Package 1 is not an object'],
      ['[{"name":"com.x","files":{}}]', '[0].files', '"files" of "com.x" must be an array'],
      ['[{"name":"com.x","files":[{"sha256":5}]}]', '[0].files[0].sha256', '"sha256" must be a string'],
      ['[{"name":"com.x","files":[{"certificate":"x"}]}]', '[0].files[0].certificate', '"certificate" must be an object'],
      ['[{"name":"com.x"},{"name":"com.y"}]', undefined, 'packages.json lists 2 packages, more than the limit of 1'],
    ];
    for (const [text, objectId, message] of cases) {
      expect(() => parsePackagesJson(text, { maxPackages: 1 + Number(!message.includes('limit')) })).toThrow(
        expect.objectContaining({ code: 'androidqf_bad_shape', location: objectId === undefined ? { file: 'packages.json' } : { file: 'packages.json', objectId }, message: expect.stringContaining(message) }),
      );
    }
    expect(() => parsePackagesJson('[{"name": }]', { maxPackages: 5 })).toThrow(expect.objectContaining({ code: 'androidqf_bad_shape', location: { file: 'packages.json', line: 1 } }));
  });
});

describe('androidqf text files', () => {
  it('parses getprop, settings, processes, device admins and root binaries', () => {
    expect([...parseGetprop('[ro.build.tags]: [release-keys]\n[ro.debuggable]: [0]\ngarbage\n[empty]: []\n')]).toEqual([
      ['ro.build.tags', 'release-keys'],
      ['ro.debuggable', '0'],
      ['empty', ''],
    ]);
    expect([...parseSettings('package_verifier_enable=0\nenabled_accessibility_services=a/b:c/d\nbad line\nx==y\n')]).toEqual([
      ['package_verifier_enable', '0'],
      ['enabled_accessibility_services', 'a/b:c/d'],
      ['x', '=y'],
    ]);
    expect(parseProcesses(PS_OUTPUT)).toEqual(['init', 'com.sys.update', 'com.sys.update:remote', 'magiskd']);
    expect(parseProcesses('[{"pid":1,"name":"init"},{"pid":2,"proc_name":"x"}]')).toEqual(['init', 'x']);
    expect(parseDeviceAdmins(DUMPSYS_WITH_ADMINS)).toEqual(['com.google.android.gms/com.google.android.gms.mdm.receivers.MdmDeviceAdminReceiver', 'com.sys.update/.AdminReceiver']);
    expect(parseDeviceAdmins('DUMP OF SERVICE other:\n')).toEqual([]);
    expect(parseRootBinaries('["/system/xbin/su", 3, "", "/sbin/magisk"]')).toEqual(['/system/xbin/su', '/sbin/magisk']);
    expect(() => parseRootBinaries('{"a":1}')).toThrow(expect.objectContaining({ code: 'androidqf_bad_shape' }));
  });
});

describe('androidqf acquisitions', () => {
  const files = {
    'packages.json': packagesJson([
      { name: 'com.android.settings', system: true, installer: null },
      { name: 'com.whatsapp' },
      { name: 'com.sys.update', installer: 'com.google.android.packageinstaller', sha256: TEST_SAMPLE_SHA256.toUpperCase() },
      { name: 'com.spy.one', installer: null },
      { name: 'com.watch.kid' },
      { name: 'com.signed.by.spy', certSha1: 'aabbccddeeff00112233445566778899aabbccdd' },
      { name: 'com.topjohnwu.magisk', installer: null },
      { name: 'com.google.android.marvin.talkback', system: true, installer: null },
      { name: 'com.google.android.gms', system: true },
    ]),
    'getprop.txt': '[ro.build.tags]: [test-keys]\n[ro.boot.verifiedbootstate]: [orange]\n[gsm.sim.operator.alpha]: [Operator]\n',
    'settings_secure.txt': 'enabled_accessibility_services=com.sys.update/com.sys.update.Svc:com.google.android.marvin.talkback/.TalkBackService\n',
    'settings_global.txt': 'package_verifier_enable=0\nverifier_verify_adb_installs=1\n',
    'processes.txt': PS_OUTPUT,
    'dumpsys.txt': DUMPSYS_WITH_ADMINS,
    'root_binaries.json': '["/system/xbin/su"]',
  };

  it('scans packages, hashes, certificates and processes, then runs the heuristics', () => {
    const acquisition = parseAndroidQfFiles(files, { name: 'phone.zip' });
    const result = scanAndroidQf(acquisition, testIndex());
    expect(result.findings.map((f) => `${f.level} ${f.kind} ${f.app?.name ?? '-'} ${f.evidence.value}`)).toEqual([
      'high stalkerware_file_hash SpyOne 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'high stalkerware_package SpyOne com.spy.one',
      'medium watchware_package WatchKid com.watch.kid',
      'high stalkerware_certificate SpyOne AABBCCDDEEFF00112233445566778899AABBCCDD',
      'medium heuristic_sideloaded_app - com.topjohnwu.magisk (installer: none)',
      'medium heuristic_package_verification_disabled - package_verifier_enable=0',
      'medium heuristic_root - com.topjohnwu.magisk',
      'medium heuristic_root - ro.build.tags=test-keys',
      'medium heuristic_root - ro.boot.verifiedbootstate=orange',
      'medium heuristic_root - /system/xbin/su',
      'medium heuristic_root - magiskd',
    ]);
    expect(result.input).toEqual({ name: 'phone.zip', kind: 'androidqf', stats: { packages: 9, apkFiles: 9, filesRead: 7, processes: 4, deviceAdmins: 2 } });
    const hash = result.findings[0];
    expect(hash?.evidence).toEqual({ input: 'phone.zip', value: TEST_SAMPLE_SHA256, package: 'com.sys.update', path: '/data/app/~~Qm9vaw==/com.sys.update-AbCd==/base.apk' });
  });

  it('flags a known package seen only as a running process', () => {
    const acquisition = parseAndroidQfFiles({ 'packages.json': '[]', 'ps.txt': 'USER PID PPID VSZ RSS WCHAN ADDR S NAME\nu0_a1 1 1 1 1 0 0 S net.spy.two:sync\n' });
    const result = scanAndroidQf(acquisition, testIndex());
    expect(result.findings.map((f) => [f.kind, f.app?.name, f.evidence.value, f.evidence.path])).toEqual([['stalkerware_package', 'SpyTwo', 'net.spy.two:sync', 'ps.txt']]);
  });

  it('runs the accessibility and device-admin heuristics on unflagged non-system apps', () => {
    const acquisition = parseAndroidQfFiles({
      'packages.json': packagesJson([{ name: 'com.helper' }, { name: 'com.google.android.gms', system: true }]),
      'settings_secure.txt': 'enabled_accessibility_services=com.helper/.A11y:com.google.android.gms/.X\n',
      'dumpsys.txt': DUMPSYS_WITH_ADMINS.replace('com.sys.update/.AdminReceiver', 'com.helper/.Admin'),
    });
    const result = scanAndroidQf(acquisition, testIndex());
    expect(result.findings.map((f) => `${f.kind} ${f.evidence.value} ${f.evidence.path}`)).toEqual([
      'heuristic_accessibility_service com.helper/.A11y settings_secure.txt',
      'heuristic_device_admin com.helper/.Admin dumpsys.txt',
    ]);
    expect(result.findings[0]?.explanation).toContain('read the screen');
  });

  it('reads an acquisition from zip bytes, one folder deep, ignoring other files', async () => {
    const zip = buildZip([
      { name: 'c5a2/packages.json', data: Buffer.from(files['packages.json']) },
      { name: 'c5a2/getprop.txt', data: Buffer.from(files['getprop.txt']) },
      { name: 'c5a2/apks/com.whatsapp.apk', data: Buffer.alloc(10_000) },
      { name: 'c5a2/deeper/more/packages.json', data: Buffer.from('not json') },
    ]);
    const progress: number[] = [];
    const acquisition = await readAndroidQf(zip, { onProgress: (n) => progress.push(n) });
    expect(acquisition.name).toBe('androidqf.zip');
    expect(acquisition.filesRead).toEqual(['packages.json', 'getprop.txt']);
    expect(acquisition.packages).toHaveLength(9);
    expect(acquisition.getprop?.get('ro.build.tags')).toBe('test-keys');
    expect(progress.length).toBeGreaterThan(0);
  });

  it('rejects an acquisition without packages.json or with a hostile zip', async () => {
    await expect(readAndroidQf(buildZip([{ name: 'getprop.txt', data: Buffer.from('') }]))).rejects.toMatchObject({ code: 'androidqf_missing_packages' });
    await expect(readAndroidQf(buildZip([{ name: 'packages.json', data: Buffer.from('[]') }, { name: '../x', data: Buffer.from('') }]))).rejects.toMatchObject({
      code: 'zip_path_traversal',
    });
    await expect(readAndroidQf(buildZip([{ name: 'packages.json', data: Buffer.from('{}') }]))).rejects.toMatchObject({ code: 'androidqf_bad_shape' });
    await expect(
      readAndroidQf(buildZip([{ name: 'dumpsys.txt', data: Buffer.alloc(4096), declaredSize: 10 }, { name: 'packages.json', data: Buffer.from('[]') }]), { limits: { maxEntryBytes: 1000 } }),
    ).rejects.toMatchObject({ code: 'zip_bomb' });
  });
});
