/**
 * The text of `adb shell pm list packages -f -i -U`, one package per line:
 * `package:/data/app/~~abc==/com.x-xyz==/base.apk=com.x installer=com.android.vending uid:10123`.
 * The APK path itself may contain `=` (base64 folder names), so the package name is what
 * follows the last `=` of the path part. Without `-f`, `-i` or `-U` the matching parts are
 * simply absent. `installer=null` means no installer was recorded.
 */
import { IocInputError } from '../errors.ts';
import { runHeuristics } from '../heuristics/index.ts';
import type { IndicatorIndex } from '../index/indicator-index.ts';
import { resolveLimits } from '../limits.ts';
import type { ScanResult } from '../report/model.ts';
import { FindingCollector } from '../scan/collector.ts';
import { scanPackages, type InstalledPackage } from '../scan/packages.ts';
import { forEachLine, type TextSource } from '../util/text-source.ts';
import { textReadOptions, type InputOptions } from './options.ts';

const SYSTEM_PREFIXES = ['/system/', '/product/', '/vendor/', '/system_ext/', '/apex/', '/odm/', '/oem/'];

/** Parses one `pm list packages` line, or returns undefined when it is not a package line. */
export function parsePmListLine(text: string, line?: number): InstalledPackage | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('package:')) return undefined;
  let rest = trimmed.slice('package:'.length);
  let uid: number | undefined;
  let installer: string | null | undefined;
  const uidMatch = / uid:(\d+)(?:,\d+)*$/.exec(rest);
  if (uidMatch !== null) {
    uid = Number(uidMatch[1]);
    rest = rest.slice(0, uidMatch.index);
  }
  const installerMatch = / installer=(\S+)$/.exec(rest);
  if (installerMatch !== null) {
    installer = installerMatch[1] === 'null' ? null : (installerMatch[1] as string);
    rest = rest.slice(0, installerMatch.index);
  }
  let path: string | undefined;
  let name = rest.trim();
  const eq = name.lastIndexOf('=');
  if (eq !== -1 && name.startsWith('/')) {
    path = name.slice(0, eq);
    name = name.slice(eq + 1);
  }
  if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(name)) return undefined;
  const pkg: InstalledPackage = { name, files: path === undefined ? [] : [{ path }] };
  if (path !== undefined) {
    pkg.path = path;
    pkg.system = SYSTEM_PREFIXES.some((prefix) => path.startsWith(prefix));
  }
  if (installer !== undefined) pkg.installer = installer;
  if (uid !== undefined) pkg.uid = uid;
  if (line !== undefined) pkg.line = line;
  return pkg;
}

export async function parsePmList(source: TextSource, options: InputOptions = {}): Promise<{ packages: InstalledPackage[]; ignoredLines: number }> {
  const read = textReadOptions(options, 'pm-list.txt');
  const maxPackages = resolveLimits(options.limits).maxPackages;
  const packages: InstalledPackage[] = [];
  let ignoredLines = 0;
  await forEachLine(source, read, (text, line) => {
    if (text.trim() === '') return;
    const pkg = parsePmListLine(text, line);
    if (pkg === undefined) {
      ignoredLines++;
      return;
    }
    if (packages.length >= maxPackages) {
      throw new IocInputError('input_too_large', `More than ${maxPackages} packages`, { file: read.file, line });
    }
    packages.push(pkg);
  });
  if (packages.length === 0 && ignoredLines > 0) {
    throw new IocInputError('input_malformed', 'No "package:" line found: this is not the output of "pm list packages"', { file: read.file });
  }
  return { packages, ignoredLines };
}

/** Scans `pm list packages -f -i -U` output: indicators, then the sideloading heuristic. */
export async function scanPmList(source: TextSource, index: IndicatorIndex, options: InputOptions = {}): Promise<ScanResult> {
  const name = options.name ?? 'pm-list.txt';
  const { packages, ignoredLines } = await parsePmList(source, { ...options, name });
  const collector = new FindingCollector(name);
  scanPackages(packages, index, collector);
  runHeuristics({ packages, flaggedPackages: collector.flaggedPackages() }, collector);
  return { input: { name, kind: 'pm-list', stats: { packages: packages.length, ignoredLines } }, findings: collector.findings() };
}
