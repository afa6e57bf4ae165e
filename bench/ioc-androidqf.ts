/**
 * androidqf scan and feed load against the real Echap feeds.
 *
 *   node_modules/.bin/tsx bench/ioc-androidqf.ts
 *
 * Budgets:
 * - feed load (ioc.yaml + watchware.yaml + samples.csv, parsed and indexed) ≤ 300 ms, measured
 *   cold: each run in a fresh process, median of 7 (a warm in-process median is shown too);
 * - scan of a 500-package acquisition (zip bytes → packages.json, getprop, settings → findings)
 *   ≤ 20 ms once the feeds are loaded, median of 25 runs (the first run is shown too).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIndex, loadEchapFeeds, readAndroidQf, scanAndroidQf } from '../packages/ioc/src/index.ts';
import { packagesJson, type PackageSpec } from '../packages/ioc/src/test-support/androidqf.ts';
import { buildZip } from '../packages/ioc/src/test-support/zip-builder.ts';
import { childCommand, FEEDS_DIR, median, printTable, run } from './ioc-run.ts';

const LOAD_BUDGET_MS = 300;
const SCAN_BUDGET_MS = 20;
const COLD_RUNS = 7;
const SCAN_RUNS = 25;

/** 500 packages: system apps, store apps, a few sideloaded ones, and 6 real stalkerware hits. */
function acquisition(): Buffer {
  const hex = (seed: number, length: number): string => {
    let out = '';
    let x = seed * 2654435761;
    while (out.length < length) {
      x = (x * 1103515245 + 12345) >>> 0;
      out += x.toString(16).padStart(8, '0');
    }
    return out.slice(0, length);
  };
  const specs: PackageSpec[] = [];
  for (let i = 0; i < 493; i++) {
    const system = i < 200;
    specs.push({
      name: system ? `com.android.system.component${i}` : `com.vendor${i % 37}.app${i}`,
      system,
      installer: system ? null : i % 25 === 0 ? 'com.google.android.packageinstaller' : 'com.android.vending',
      sha256: hex(i + 1, 64),
      certSha1: hex(i + 10_000, 40),
    });
  }
  specs.push(
    { name: 'com.google.android.marvin.talkback', system: true, installer: null },
    { name: 'com.thetruth', installer: null },
    { name: 'com.mxspy', installer: null },
    { name: 'com.wondershare.famisafe' },
    { name: 'com.sys.helper', certSha1: '31A6ECECD97CF39BC4126B8745CD94A7C30BF81C' },
    { name: 'com.other.helper', sha256: '2f3bc9ebe8c249f0416f5b0367f34b4b8f6aaa7d351dc5b4912fe2558491b6b7' },
    { name: 'com.topjohnwu.magisk', installer: null },
  );
  return buildZip([
    { name: 'acq/packages.json', data: Buffer.from(packagesJson(specs)) },
    { name: 'acq/getprop.txt', data: Buffer.from('[ro.build.tags]: [release-keys]\n[ro.boot.verifiedbootstate]: [green]\n') },
    { name: 'acq/settings_global.txt', data: Buffer.from('package_verifier_enable=1\n') },
    { name: 'acq/settings_secure.txt', data: Buffer.from('enabled_accessibility_services=com.google.android.marvin.talkback/.TalkBackService\n') },
  ]);
}

async function main(): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-bench-'));
  try {
    const child = await childCommand(tmp);
    const cold: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const result = await run([...child, 'load', FEEDS_DIR]);
      if (result.code !== 0) throw new Error(`feed load failed: ${result.stderr}`);
      cold.push((JSON.parse(result.stdout) as { loadMs: number }).loadMs);
    }
    const warm: number[] = [];
    let index = buildIndex(await loadEchapFeeds(FEEDS_DIR));
    for (let i = 0; i < COLD_RUNS; i++) {
      const start = performance.now();
      index = buildIndex(await loadEchapFeeds(FEEDS_DIR));
      warm.push(performance.now() - start);
    }

    const zip = acquisition();
    const times: number[] = [];
    let findings: string[] = [];
    let packageCount = 0;
    for (let i = 0; i < SCAN_RUNS; i++) {
      const start = performance.now();
      const result = scanAndroidQf(await readAndroidQf(zip, { name: 'bench.zip' }), index);
      times.push(performance.now() - start);
      packageCount = result.input.stats['packages'] ?? 0;
      findings = result.findings.map((f) => `${f.level} ${f.kind} ${f.app?.name ?? f.evidence.value}`);
    }
    const expected = [
      'high stalkerware_package TheTruthSpy',
      'high stalkerware_package TheTruthSpy',
      'medium watchware_package FamiSafe',
      'high stalkerware_certificate TheTruthSpy',
      'high stalkerware_file_hash HelloSpy',
    ];
    const indicatorFindings = findings.filter((f) => !f.includes(' heuristic_'));
    const heuristics = findings.filter((f) => f.includes(' heuristic_'));
    const sideloaded = heuristics.filter((f) => f.includes('heuristic_sideloaded_app')).length;
    const ok = printTable('androidqf scan against the full Echap feeds', [
      { metric: `feed load, cold (median of ${COLD_RUNS} fresh processes)`, measured: `${median(cold).toFixed(1)} ms`, budget: `≤ ${LOAD_BUDGET_MS} ms`, ok: median(cold) <= LOAD_BUDGET_MS },
      { metric: 'feed load, cold (slowest run)', measured: `${Math.max(...cold).toFixed(1)} ms`, budget: '', ok: undefined },
      { metric: `feed load, warm (median of ${COLD_RUNS})`, measured: `${median(warm).toFixed(1)} ms`, budget: '', ok: undefined },
      { metric: `500-package scan (median of ${SCAN_RUNS})`, measured: `${median(times).toFixed(2)} ms`, budget: `≤ ${SCAN_BUDGET_MS} ms`, ok: median(times) <= SCAN_BUDGET_MS },
      { metric: '500-package scan (first run)', measured: `${(times[0] as number).toFixed(2)} ms`, budget: '', ok: undefined },
      { metric: 'packages in the acquisition', measured: `${packageCount}`, budget: '500', ok: packageCount === 500 },
      { metric: 'indicator findings', measured: `${indicatorFindings.length}`, budget: `${expected.length}`, ok: JSON.stringify(indicatorFindings) === JSON.stringify(expected) },
      // 12 packages installed through the package installer, and Magisk installed over adb.
      { metric: 'heuristic findings (13 sideloaded, 1 root)', measured: `${sideloaded} + ${heuristics.length - sideloaded}`, budget: '13 + 1', ok: sideloaded === 13 && heuristics.length === 14 },
    ]);
    return ok ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
