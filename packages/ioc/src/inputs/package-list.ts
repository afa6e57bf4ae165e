/**
 * A plain list of package names (or iOS bundle ids), one per line, as a person might paste
 * from another tool. `#` starts a comment; a `package:` prefix (plain `pm list packages`) is
 * accepted. Lines that are not package names are counted, not fatal.
 */
import { IocInputError } from '../errors.ts';
import type { IndicatorIndex } from '../index/indicator-index.ts';
import { resolveLimits } from '../limits.ts';
import type { ScanResult } from '../report/model.ts';
import { FindingCollector } from '../scan/collector.ts';
import { scanPackages, type InstalledPackage } from '../scan/packages.ts';
import { forEachLine, type TextSource } from '../util/text-source.ts';
import { textReadOptions, type InputOptions } from './options.ts';

const PACKAGE_RE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

export async function parsePackageList(source: TextSource, options: InputOptions = {}): Promise<{ packages: InstalledPackage[]; ignoredLines: number }> {
  const read = textReadOptions(options, 'packages.txt');
  const maxPackages = resolveLimits(options.limits).maxPackages;
  const packages: InstalledPackage[] = [];
  let ignoredLines = 0;
  await forEachLine(source, read, (text, line) => {
    let value = text.replace(/#.*$/, '').trim();
    if (value === '') return;
    if (value.startsWith('package:')) value = value.slice('package:'.length).trim();
    if (!PACKAGE_RE.test(value)) {
      ignoredLines++;
      return;
    }
    if (packages.length >= maxPackages) {
      throw new IocInputError('input_too_large', `More than ${maxPackages} packages`, { file: read.file, line });
    }
    packages.push({ name: value, files: [], line });
  });
  return { packages, ignoredLines };
}

export async function scanPackageList(source: TextSource, index: IndicatorIndex, options: InputOptions = {}): Promise<ScanResult> {
  const name = options.name ?? 'packages.txt';
  const { packages, ignoredLines } = await parsePackageList(source, { ...options, name });
  const collector = new FindingCollector(name);
  scanPackages(packages, index, collector);
  return { input: { name, kind: 'package-list', stats: { packages: packages.length, ignoredLines } }, findings: collector.findings() };
}
