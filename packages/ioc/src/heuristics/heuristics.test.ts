import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../scan/collector.ts';
import { runHeuristics } from './index.ts';
import type { HeuristicInput } from './types.ts';

function run(input: HeuristicInput): string[] {
  const collector = new FindingCollector('test');
  runHeuristics(input, collector);
  return collector.findings().map((f) => `${f.level} ${f.kind} ${f.evidence.value}`);
}

describe('heuristics', () => {
  it('flag package verification turned off, only for the off values', () => {
    const global = new Map([
      ['package_verifier_enable', '0'],
      ['verifier_verify_adb_installs', '0'],
      ['package_verifier_user_consent', '-1'],
    ]);
    expect(run({ settings: { global } })).toEqual([
      'medium heuristic_package_verification_disabled package_verifier_enable=0',
      'medium heuristic_package_verification_disabled verifier_verify_adb_installs=0',
      'medium heuristic_package_verification_disabled package_verifier_user_consent=-1',
    ]);
    expect(run({ settings: { global: new Map([['package_verifier_enable', '1'], ['package_verifier_user_consent', '1']]) } })).toEqual([]);
  });

  it('flag signs of root from properties, packages, binaries and processes', () => {
    const getprop = new Map([
      ['ro.build.tags', 'release-keys'],
      ['ro.secure', '0'],
      ['ro.debuggable', '1'],
      ['ro.boot.verifiedbootstate', 'green'],
    ]);
    expect(run({ getprop, packages: [{ name: 'eu.chainfire.supersu', files: [] }], rootBinaries: ['/sbin/su'], processes: ['init', 'daemonsu'] })).toEqual([
      'medium heuristic_root eu.chainfire.supersu',
      'medium heuristic_root ro.secure=0',
      'medium heuristic_root ro.debuggable=1',
      'medium heuristic_root /sbin/su',
      'medium heuristic_root daemonsu',
    ]);
    expect(run({ getprop: new Map([['ro.build.tags', 'release-keys'], ['ro.boot.verifiedbootstate', 'green']]) })).toEqual([]);
  });

  it('ask about accessibility services and device admins of non-system apps only', () => {
    const packages = [
      { name: 'com.system.a11y', system: true, files: [] },
      { name: 'com.user.app', system: false, files: [] },
      { name: 'com.pm.listed', path: '/product/app/x.apk', files: [] },
    ];
    const secure = new Map([['enabled_accessibility_services', 'com.system.a11y/.S:com.user.app/.S:com.pm.listed/.S:com.not.listed/.S']]);
    expect(run({ packages, settings: { secure }, deviceAdmins: ['com.system.a11y/.Admin', 'com.user.app/.Admin'] })).toEqual([
      'medium heuristic_accessibility_service com.user.app/.S',
      'medium heuristic_accessibility_service com.not.listed/.S',
      'medium heuristic_device_admin com.user.app/.Admin',
    ]);
    expect(run({ settings: { secure: new Map([['enabled_accessibility_services', 'null']]) } })).toEqual([]);
  });

  it('stay silent about packages an indicator already covers', () => {
    const secure = new Map([['enabled_accessibility_services', 'com.spy.one/.S']]);
    const packages = [{ name: 'com.spy.one', installer: null, files: [] }];
    expect(run({ packages, settings: { secure }, deviceAdmins: ['com.spy.one/.A'], flaggedPackages: new Set(['com.spy.one']) })).toEqual([]);
    expect(run({ packages })).toEqual(['medium heuristic_sideloaded_app com.spy.one (installer: none)']);
  });

  it('do not judge installs when the input does not record the installer, or the store did it', () => {
    expect(run({ packages: [{ name: 'a.b', files: [] }, { name: 'c.d', installer: 'com.sec.android.app.samsungapps', files: [] }, { name: 'e.f', installer: 'org.fdroid.fdroid', files: [] }] })).toEqual([]);
  });
});
