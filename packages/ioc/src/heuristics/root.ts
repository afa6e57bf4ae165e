/**
 * Signs of root. Rooting removes Android's app isolation; the most intrusive stalkerware
 * features (reading other apps' data, recording calls) need it, and installers root phones to
 * enable them. Enthusiasts root their own phones too, hence a medium heuristic.
 */
import type { FindingCollector } from '../scan/collector.ts';
import type { HeuristicInput } from './types.ts';

/** Root managers and root-hiding tools. */
export const ROOT_PACKAGES: ReadonlySet<string> = new Set([
  'com.topjohnwu.magisk',
  'io.github.vvb2060.magisk',
  'me.weishu.kernelsu',
  'me.bmax.apatch',
  'eu.chainfire.supersu',
  'eu.chainfire.supersu.pro',
  'com.noshufou.android.su',
  'com.noshufou.android.su.elite',
  'com.koushikdutta.superuser',
  'com.thirdparty.superuser',
  'com.yellowes.su',
  'me.phh.superuser',
  'com.kingroot.kinguser',
  'com.kingo.root',
  'com.kingouser.com',
  'com.zhiqupk.root.global',
  'com.alephzain.framaroot',
  'com.devadvance.rootcloak',
  'com.devadvance.rootcloakplus',
  'com.amphoras.hidemyroot',
  'com.amphoras.hidemyrootadfree',
  'com.formyhm.hideroot',
  'com.formyhm.hiderootPremium',
  'de.robv.android.xposed.installer',
  'org.lsposed.manager',
  'com.saurik.substrate',
]);

const ROOT_PROCESSES: ReadonlySet<string> = new Set(['magiskd', 'daemonsu', 'ksud', 'su']);

const PROPERTY_SIGNS: readonly { key: string; test: (v: string) => boolean; meaning: string }[] = [
  { key: 'ro.build.tags', test: (v) => v.includes('test-keys'), meaning: 'the system is signed with test keys (a custom or modified system)' },
  { key: 'ro.secure', test: (v) => v === '0', meaning: 'the system runs without its security restrictions' },
  { key: 'ro.debuggable', test: (v) => v === '1', meaning: 'the system is a debuggable build' },
  { key: 'ro.boot.verifiedbootstate', test: (v) => v === 'orange', meaning: 'the bootloader is unlocked, which is needed to root a phone' },
];

export function checkRoot(input: HeuristicInput, collector: FindingCollector): void {
  const explain = (what: string): string =>
    `${what}. Rooting removes Android's protections between apps; the most intrusive stalkerware needs it. If you did not root this phone yourself, ask for help.`;
  for (const pkg of input.packages ?? []) {
    if (!ROOT_PACKAGES.has(pkg.name)) continue;
    collector.heuristic('heuristic_root', { value: pkg.name, package: pkg.name, ...(pkg.line === undefined ? {} : { line: pkg.line }) }, explain(`The rooting tool "${pkg.name}" is installed`), `package:${pkg.name}`);
  }
  for (const sign of PROPERTY_SIGNS) {
    const value = input.getprop?.get(sign.key);
    if (value === undefined || !sign.test(value)) continue;
    collector.heuristic('heuristic_root', { value: `${sign.key}=${value}`, path: 'getprop.txt' }, explain(`The phone reports that ${sign.meaning}`), `prop:${sign.key}`);
  }
  for (const path of input.rootBinaries ?? []) {
    collector.heuristic('heuristic_root', { value: path, path: 'root_binaries.json' }, explain(`The root tool "${path}" was found on the phone`), `binary:${path}`);
  }
  for (const name of input.processes ?? []) {
    if (!ROOT_PROCESSES.has(name)) continue;
    collector.heuristic('heuristic_root', { value: name, path: input.processesFile ?? 'processes.txt' }, explain(`The root process "${name}" is running`), `process:${name}`);
  }
}
