/**
 * Scans an androidqf acquisition: installed packages (names, APK hashes, signing certificates),
 * running processes named like a known package, then the heuristics.
 */
import { runHeuristics } from '../../heuristics/index.ts';
import type { IndicatorIndex } from '../../index/indicator-index.ts';
import type { ScanResult } from '../../report/model.ts';
import { FindingCollector } from '../../scan/collector.ts';
import { scanPackages } from '../../scan/packages.ts';
import type { AndroidQfAcquisition } from './read.ts';

export function scanAndroidQf(acquisition: AndroidQfAcquisition, index: IndicatorIndex): ScanResult {
  const collector = new FindingCollector(acquisition.name);
  scanPackages(acquisition.packages, index, collector);
  for (const process of acquisition.processes ?? []) {
    // App processes are named after their package, optionally with ":service".
    const name = process.split(':')[0] as string;
    const entries = index.lookupPackage(name);
    if (entries !== undefined) {
      collector.indicator(entries, 'package', name, { value: process, package: name, path: acquisition.processesFile ?? 'processes.txt' });
    }
  }
  runHeuristics(
    {
      packages: acquisition.packages,
      ...(acquisition.getprop === undefined ? {} : { getprop: acquisition.getprop }),
      settings: acquisition.settings,
      ...(acquisition.processes === undefined ? {} : { processes: acquisition.processes }),
      ...(acquisition.processesFile === undefined ? {} : { processesFile: acquisition.processesFile }),
      ...(acquisition.deviceAdmins === undefined ? {} : { deviceAdmins: acquisition.deviceAdmins }),
      ...(acquisition.rootBinaries === undefined ? {} : { rootBinaries: acquisition.rootBinaries }),
      flaggedPackages: collector.flaggedPackages(),
    },
    collector,
  );
  return {
    input: {
      name: acquisition.name,
      kind: 'androidqf',
      stats: {
        packages: acquisition.packages.length,
        apkFiles: acquisition.packages.reduce((n, p) => n + p.files.length, 0),
        filesRead: acquisition.filesRead.length,
        processes: acquisition.processes?.length ?? 0,
        deviceAdmins: acquisition.deviceAdmins?.length ?? 0,
      },
    },
    findings: collector.findings(),
  };
}
