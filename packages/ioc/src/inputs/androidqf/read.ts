/**
 * Reads an androidqf acquisition from a folder, a zip file path, zip bytes (an upload) or a set
 * of already-separated files. Only the few files the scan needs are read; the APKs that make an
 * acquisition large are never touched.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { IocInputError, throwIfAborted } from '../../errors.ts';
import { resolveLimits, type IocLimits } from '../../limits.ts';
import type { InstalledPackage } from '../../scan/packages.ts';
import { readZipDirectory, type ZipEntry } from '../zip/directory.ts';
import { extractZipEntry } from '../zip/extract.ts';
import { bytesSource, fileSource, type RandomAccessSource } from '../zip/random-access.ts';
import { parsePackagesJson } from './packages-json.ts';
import { parseDeviceAdmins, parseGetprop, parseProcesses, parseRootBinaries, parseSettings } from './text-files.ts';

export const ANDROIDQF_FILES = [
  'packages.json',
  'getprop.txt',
  'settings_secure.txt',
  'settings_global.txt',
  'settings_system.txt',
  'processes.txt',
  'ps.txt',
  'dumpsys.txt',
  'root_binaries.json',
] as const;

export interface AndroidQfAcquisition {
  name: string;
  packages: InstalledPackage[];
  getprop?: Map<string, string>;
  settings: { secure?: Map<string, string>; global?: Map<string, string>; system?: Map<string, string> };
  processes?: string[];
  /** Name of the file the process list came from. */
  processesFile?: string;
  deviceAdmins?: string[];
  rootBinaries?: string[];
  /** The androidqf files found and read. */
  filesRead: string[];
}

export interface AndroidQfReadOptions {
  /** Input name for reports; defaults to the path's base name or "androidqf.zip". */
  name?: string;
  limits?: Partial<IocLimits>;
  signal?: AbortSignal;
  /** Bytes read so far (compressed bytes for a zip). */
  onProgress?: (bytesRead: number) => void;
}

const WANTED: ReadonlySet<string> = new Set(ANDROIDQF_FILES);

function text(content: string | Uint8Array): string {
  const s = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Builds an acquisition from files keyed by base name (e.g. separately uploaded files). */
export function parseAndroidQfFiles(files: Readonly<Record<string, string | Uint8Array>>, options: { name?: string; limits?: Partial<IocLimits> } = {}): AndroidQfAcquisition {
  const limits = resolveLimits(options.limits);
  const get = (name: string): string | undefined => (files[name] === undefined ? undefined : text(files[name] as string | Uint8Array));
  const packagesText = get('packages.json');
  if (packagesText === undefined) {
    throw new IocInputError('androidqf_missing_packages', 'The acquisition has no packages.json', { file: options.name ?? 'androidqf' });
  }
  const acquisition: AndroidQfAcquisition = {
    name: options.name ?? 'androidqf',
    packages: parsePackagesJson(packagesText, { maxPackages: limits.maxPackages }),
    settings: {},
    filesRead: ANDROIDQF_FILES.filter((f) => files[f] !== undefined),
  };
  const getprop = get('getprop.txt');
  if (getprop !== undefined) acquisition.getprop = parseGetprop(getprop);
  for (const ns of ['secure', 'global', 'system'] as const) {
    const content = get(`settings_${ns}.txt`);
    if (content !== undefined) acquisition.settings[ns] = parseSettings(content);
  }
  const processesFile = files['processes.txt'] !== undefined ? 'processes.txt' : files['ps.txt'] !== undefined ? 'ps.txt' : undefined;
  if (processesFile !== undefined) {
    acquisition.processes = parseProcesses(get(processesFile) as string, processesFile);
    acquisition.processesFile = processesFile;
  }
  const dumpsys = get('dumpsys.txt');
  if (dumpsys !== undefined) acquisition.deviceAdmins = parseDeviceAdmins(dumpsys);
  const root = get('root_binaries.json');
  if (root !== undefined) acquisition.rootBinaries = parseRootBinaries(root);
  return acquisition;
}

/** The wanted entries of a zip, preferring the shallowest copy, at most one folder deep. */
function pickEntries(entries: ZipEntry[]): Map<string, ZipEntry> {
  const picked = new Map<string, { entry: ZipEntry; depth: number }>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const parts = entry.name.replace(/\\/g, '/').split('/');
    const base = parts[parts.length - 1] as string;
    const depth = parts.length - 1;
    if (!WANTED.has(base) || depth > 1) continue;
    const current = picked.get(base);
    if (current === undefined || depth < current.depth) picked.set(base, { entry, depth });
  }
  return new Map([...picked].map(([k, v]) => [k, v.entry]));
}

async function readZip(src: RandomAccessSource, name: string, limits: IocLimits, options: AndroidQfReadOptions): Promise<AndroidQfAcquisition> {
  const entries = await readZipDirectory(src, { file: name, maxEntries: limits.maxZipEntries });
  const picked = pickEntries(entries);
  const budget = { remaining: limits.maxTotalUncompressedBytes };
  let compressed = 0;
  const files: Record<string, Uint8Array> = {};
  for (const [base, entry] of picked) {
    throwIfAborted(options.signal, { file: name });
    files[base] = await extractZipEntry(src, entry, budget, {
      file: name,
      maxEntryBytes: limits.maxEntryBytes,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onCompressedBytes: (n) => options.onProgress?.((compressed += n)),
    });
  }
  return parseAndroidQfFiles(files, { name, limits });
}

async function findFolder(dir: string): Promise<string> {
  if ((await stat(join(dir, 'packages.json')).catch(() => undefined))?.isFile()) return dir;
  for (const child of await readdir(dir, { withFileTypes: true })) {
    if (child.isDirectory() && (await stat(join(dir, child.name, 'packages.json')).catch(() => undefined))?.isFile()) return join(dir, child.name);
  }
  return dir;
}

async function readFolder(dir: string, name: string, limits: IocLimits, options: AndroidQfReadOptions): Promise<AndroidQfAcquisition> {
  const folder = await findFolder(dir);
  const files: Record<string, Uint8Array> = {};
  let total = 0;
  for (const base of ANDROIDQF_FILES) {
    throwIfAborted(options.signal, { file: name });
    const path = join(folder, base);
    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile()) continue;
    if (info.size > limits.maxEntryBytes) {
      throw new IocInputError('input_too_large', `${base} is ${info.size} bytes, more than the limit of ${limits.maxEntryBytes}`, { file: base });
    }
    files[base] = await readFile(path);
    options.onProgress?.((total += info.size));
  }
  return parseAndroidQfFiles(files, { name, limits });
}

/** Reads an acquisition from a folder or zip path, or from zip bytes. */
export async function readAndroidQf(source: string | Uint8Array, options: AndroidQfReadOptions = {}): Promise<AndroidQfAcquisition> {
  const limits = resolveLimits(options.limits);
  if (typeof source !== 'string') {
    return readZip(bytesSource(source), options.name ?? 'androidqf.zip', limits, options);
  }
  const name = options.name ?? basename(source);
  const info = await stat(source).catch((error: unknown) => {
    throw new IocInputError('androidqf_missing_packages', `Cannot open the acquisition: ${(error as Error).message}`, { file: name }, { cause: error });
  });
  if (info.isDirectory()) return readFolder(source, name, limits, options);
  const src = await fileSource(source);
  try {
    return await readZip(src, name, limits, options);
  } finally {
    await src.close();
  }
}
