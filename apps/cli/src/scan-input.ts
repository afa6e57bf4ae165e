import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { scanInput } from '@destalk/core/stalkerware/commands/run-check';
import { type IndicatorIndex, readAndroidQf, type ScanResult, scanAndroidQf, scanPcapFile } from '@destalk/ioc';
import { ProgressBar } from './progress.ts';

export const INPUT_KINDS = ['androidqf', 'pm_list', 'package_list', 'network_capture', 'zeek_log', 'indicator_list'] as const;
type Kind = (typeof INPUT_KINDS)[number];

const PCAP_MAGICS = new Set(['a1b2c3d4', 'd4c3b2a1', 'a1b23c4d', '4d3cb2a1', '0a0d0d0a']);

/** Guesses what a file is from its kind of content (magic numbers, first lines), not only its name. */
export async function guessKind(path: string): Promise<Kind> {
  const info = await stat(path);
  if (info.isDirectory()) return 'androidqf';
  const handle = await open(path, 'r');
  const head = Buffer.alloc(4096);
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  await handle.close();
  const start = head.subarray(0, bytesRead);
  if (start.subarray(0, 4).toString('hex') === '504b0304') return 'androidqf';
  if (PCAP_MAGICS.has(start.subarray(0, 4).toString('hex')) || ['.pcap', '.pcapng', '.cap'].includes(extname(path).toLowerCase())) return 'network_capture';
  const text = start.toString('utf8');
  if (/^#separator /m.test(text) || /^#path\t/m.test(text)) return 'zeek_log';
  if (/^package:/m.test(text)) return 'pm_list';
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  // Package names are reversed domains (com.example.app), host names end with their TLD
  // (app.example.com): whichever end carries the common TLDs decides. --kind overrides.
  const tld = /^(com|org|net|io|app|info|co|de|fr|it|es|uk|ru|cn|me|tv)$/i;
  const labels = lines.filter((l) => /^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i.test(l)).map((l) => l.split('.'));
  const reversed = labels.filter((parts) => tld.test(parts[0] ?? '')).length;
  const forward = labels.filter((parts) => tld.test(parts.at(-1) ?? '')).length;
  if (labels.length > 0 && reversed > forward) return 'package_list';
  return 'indicator_list';
}

/** Scans one path; big files are streamed, with a progress bar on a terminal. */
export async function scanPath(path: string, index: IndicatorIndex, options: { kind?: Kind; progress?: NodeJS.WriteStream }): Promise<ScanResult> {
  const kind = options.kind ?? (await guessKind(path));
  const info = await stat(path);
  const bar = info.isFile() && info.size > 8 * 1024 * 1024 && options.progress?.isTTY ? new ProgressBar(options.progress, info.size, path) : undefined;
  const onProgress = bar ? (bytes: number) => bar.update(bytes) : undefined;
  try {
    if (kind === 'androidqf') return scanAndroidQf(await readAndroidQf(path, { name: path }), index);
    if (kind === 'network_capture') return await scanPcapFile(path, index, { name: path, ...(onProgress ? { onProgress } : {}) });
    return await scanInput({ kind, name: path, source: createReadStream(path) }, index);
  } finally {
    bar?.done();
  }
}
