import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_LIMITS, IocInputError } from '@destalk/ioc';

/** The files of an Echap stalkerware-indicators snapshot the platform imports. */
export const FEED_FILES = [
  { fileName: 'ioc.yaml', kind: 'echap-yaml', required: true },
  { fileName: 'watchware.yaml', kind: 'echap-yaml', required: true },
  { fileName: 'samples.csv', kind: 'samples-csv', required: false },
] as const;

export interface FeedFile {
  fileName: string;
  kind: string;
  content: string;
  sha256: string;
  bytes: number;
}

export interface FetchedFeeds {
  files: FeedFile[];
  /** The folder or URL, as given. */
  source: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function fileOf(spec: (typeof FEED_FILES)[number], content: string): FeedFile {
  return { fileName: spec.fileName, kind: spec.kind, content, sha256: sha256(content), bytes: Buffer.byteLength(content) };
}

/** A version for a snapshot without one: the digest of its files (same files, same version). */
export function contentVersion(files: FeedFile[]): string {
  return `sha256:${sha256(files.map((f) => `${f.fileName}:${f.sha256}`).join('\n')).slice(0, 16)}`;
}

async function fromFolder(dir: string, maxBytes: number): Promise<FeedFile[]> {
  const files: FeedFile[] = [];
  for (const spec of FEED_FILES) {
    const path = join(dir, spec.fileName);
    const size = await stat(path).then((s) => s.size, () => undefined);
    if (size === undefined) {
      if (spec.required) throw new IocInputError('feed_malformed', `${spec.fileName} is missing in ${dir}`, { file: spec.fileName });
      continue;
    }
    if (size > maxBytes) throw new IocInputError('feed_too_large', `${spec.fileName} is ${size} bytes, more than ${maxBytes}`, { file: spec.fileName });
    files.push(fileOf(spec, await readFile(path, 'utf8')));
  }
  return files;
}

/**
 * Downloads the files from a base URL (e.g. the raw files of Echap's repository), each bounded
 * in size and time. This is the only place the platform reaches outside the machine on its own.
 */
async function fromUrl(base: string, maxBytes: number, fetcher: typeof fetch): Promise<FeedFile[]> {
  const files: FeedFile[] = [];
  for (const spec of FEED_FILES) {
    const url = new URL(spec.fileName, base.endsWith('/') ? base : `${base}/`);
    const response = await fetcher(url, { signal: AbortSignal.timeout(60_000), redirect: 'follow' });
    if (response.status === 404 && !spec.required) continue;
    if (!response.ok || !response.body) throw new IocInputError('feed_malformed', `${url} answered ${response.status}`, { file: spec.fileName });
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new IocInputError('feed_too_large', `${spec.fileName} is ${declared} bytes, more than ${maxBytes}`, { file: spec.fileName });
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.body) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new IocInputError('feed_too_large', `${spec.fileName} is more than ${maxBytes} bytes`, { file: spec.fileName });
      chunks.push(chunk);
    }
    files.push(fileOf(spec, Buffer.concat(chunks).toString('utf8')));
  }
  return files;
}

export async function fetchFeeds(from: string, options: { maxBytes?: number; fetcher?: typeof fetch } = {}): Promise<FetchedFeeds> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxFeedBytes;
  const files = /^https?:\/\//i.test(from) ? await fromUrl(from, maxBytes, options.fetcher ?? fetch) : await fromFolder(from, maxBytes);
  return { files, source: from };
}
