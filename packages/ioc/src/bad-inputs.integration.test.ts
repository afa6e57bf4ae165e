/**
 * Hostile and broken inputs written to disk, read the way the CLI reads them: every one must
 * end with a clear error code, quickly and without a memory spike.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IocInputError } from './errors.ts';
import { loadEchapFeeds } from './feeds/load-echap.ts';
import { buildIndex, type IndicatorIndex } from './index/indicator-index.ts';
import { readAndroidQf } from './inputs/androidqf/read.ts';
import { scanAndroidQf } from './inputs/androidqf/scan.ts';
import { scanPcapFile } from './inputs/pcap/scan.ts';
import { packagesJson } from './test-support/androidqf.ts';
import { buildPcap } from './test-support/capture-writer.ts';
import { REAL_FEEDS_DIR } from './test-support/fixtures.ts';
import { dnsQuery, frame, ip, udp } from './test-support/packets.ts';
import { buildZip } from './test-support/zip-builder.ts';

let dir: string;
let index: IndicatorIndex;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'destalk-ioc-'));
  index = buildIndex(await loadEchapFeeds(REAL_FEEDS_DIR));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Deflates `size` zero bytes in a stream, never holding them in memory. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1 << 20);
  for (let written = 0; written < size; written += block.length) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

async function measure<T>(fn: () => Promise<T>): Promise<{ error: IocInputError; ms: number; rssGrowth: number }> {
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  try {
    await fn();
  } catch (error) {
    if (!(error instanceof IocInputError)) throw error;
    return { error, ms: performance.now() - start, rssGrowth: Math.max(peak, process.memoryUsage().rss) - rss };
  } finally {
    clearInterval(timer);
  }
  throw new Error('expected an IocInputError');
}

describe('hostile and broken inputs', () => {
  it('stops a 1 GiB zip bomb that claims to be small, in bounded time and memory', async () => {
    const bomb = await deflatedZeros(1 << 30);
    expect(bomb.length).toBeLessThan(2 << 20);
    const path = join(dir, 'bomb.zip');
    await writeFile(path, buildZip([{ name: 'packages.json', data: Buffer.from('[]') }, { name: 'acq/dumpsys.txt', data: Buffer.alloc(0), declaredSize: 4096, crc: 0, compressed: bomb }]));
    const { error, ms, rssGrowth } = await measure(() => readAndroidQf(path));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toBe('Zip entry "acq/dumpsys.txt" inflates beyond its declared 4096 bytes (file bomb.zip, object acq/dumpsys.txt)');
    expect(ms).toBeLessThan(2000);
    expect(rssGrowth).toBeLessThan(64 << 20);
  });

  it('stops a zip bomb that declares a huge size before inflating anything', async () => {
    const path = join(dir, 'honest-bomb.zip');
    const bomb = await deflatedZeros(256 << 20);
    await writeFile(path, buildZip([{ name: 'packages.json', data: Buffer.from('[]') }, { name: 'dumpsys.txt', data: Buffer.alloc(0), declaredSize: 256 << 20, crc: 0, compressed: bomb }]));
    const { error, ms } = await measure(() => readAndroidQf(path));
    expect(error.code).toBe('zip_bomb');
    expect(error.message).toContain('declares more than the limit of 67108864 bytes');
    expect(ms).toBeLessThan(500);
  });

  it('rejects a zip with path traversal', async () => {
    const path = join(dir, 'traversal.zip');
    await writeFile(path, buildZip([{ name: 'packages.json', data: Buffer.from('[]') }, { name: '../../../home/user/.bashrc', data: Buffer.from('evil') }]));
    const { error } = await measure(() => readAndroidQf(path));
    expect(error).toMatchObject({ code: 'zip_path_traversal', location: { file: 'traversal.zip', objectId: '../../../home/user/.bashrc' } });
  });

  it('rejects a feed over the size limit without reading it', async () => {
    const feeds = join(dir, 'big-feed');
    await mkdir(feeds);
    await writeFile(join(feeds, 'ioc.yaml'), Buffer.alloc(51 * 1024 * 1024, 0x23));
    const { error, ms } = await measure(() => loadEchapFeeds(feeds, { files: { ioc: true, watchware: false, samples: false } }));
    expect(error).toMatchObject({ code: 'feed_too_large', location: { file: 'ioc.yaml' } });
    expect(error.message).toBe('Feed is 53477376 bytes, more than the limit of 52428800 bytes (file ioc.yaml)');
    expect(ms).toBeLessThan(200);
  });

  it('rejects a packages.json of the wrong shape in an acquisition folder', async () => {
    const acquisition = join(dir, 'acq-bad');
    await mkdir(acquisition);
    await writeFile(join(acquisition, 'packages.json'), JSON.stringify({ packages: [{ name: 'com.x' }] }));
    const { error } = await measure(() => readAndroidQf(acquisition));
    expect(error).toMatchObject({ code: 'androidqf_bad_shape', message: 'packages.json must be a JSON array of packages (file packages.json)' });
  });

  it('reads a well-formed acquisition folder (one level down) and finds real stalkerware', async () => {
    const root = join(dir, 'acq-good');
    await mkdir(join(root, '2f6c0e1b'), { recursive: true });
    await writeFile(join(root, '2f6c0e1b', 'packages.json'), packagesJson([{ name: 'com.thetruth', installer: null }, { name: 'com.whatsapp' }]));
    await writeFile(join(root, '2f6c0e1b', 'settings_global.txt'), 'package_verifier_enable=0\n');
    const result = scanAndroidQf(await readAndroidQf(root), index);
    expect(result.findings.map((f) => `${f.level} ${f.kind} ${f.app?.name ?? '-'}`)).toEqual([
      'high stalkerware_package TheTruthSpy',
      'medium heuristic_package_verification_disabled -',
    ]);
  });

  it('reports truncated captures and wrong magic read from files', async () => {
    const capture = buildPcap([{ bytes: frame(ip('10.0.0.2', '10.0.0.1', udp(4000, 53, dnsQuery('media-sync-a.copy9.com')))), timeMs: 0 }], { linkType: 1 });
    await writeFile(join(dir, 'cut.pcap'), capture.subarray(0, capture.length - 5));
    await writeFile(join(dir, 'photo.pcap'), Buffer.from('ffd8ffe000104a464946', 'hex'));
    expect((await measure(() => scanPcapFile(join(dir, 'cut.pcap'), index))).error).toMatchObject({ code: 'pcap_truncated', location: { file: 'cut.pcap', packet: 1, offset: 24 } });
    expect((await measure(() => scanPcapFile(join(dir, 'photo.pcap'), index))).error).toMatchObject({ code: 'pcap_bad_magic', location: { file: 'photo.pcap', offset: 0 } });
  });
});
