import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test-support/zip-builder.ts';
import { checkEntryName, readZipDirectory } from './directory.ts';
import { extractZipEntry } from './extract.ts';
import { bytesSource } from './random-access.ts';

const OPTIONS = { file: 'a.zip', maxEntries: 100 };

async function extractAll(zip: Buffer, limits = { maxEntryBytes: 1 << 20, total: 1 << 21 }): Promise<Record<string, string>> {
  const src = bytesSource(zip);
  const budget = { remaining: limits.total };
  const out: Record<string, string> = {};
  for (const entry of await readZipDirectory(src, OPTIONS)) {
    out[entry.name] = Buffer.from(await extractZipEntry(src, entry, budget, { file: 'a.zip', maxEntryBytes: limits.maxEntryBytes })).toString();
  }
  return out;
}

describe('zip reading', () => {
  it('reads stored and deflated entries, and ZIP64 archives', async () => {
    const entries = [
      { name: 'x/packages.json', data: Buffer.from('[{"name":"com.a"}]') },
      { name: 'getprop.txt', data: Buffer.from('[ro.x]: [1]\n'), method: 0 },
    ];
    const expected = { 'x/packages.json': '[{"name":"com.a"}]', 'getprop.txt': '[ro.x]: [1]\n' };
    expect(await extractAll(buildZip(entries))).toEqual(expected);
    expect(await extractAll(buildZip(entries, { zip64: true }))).toEqual(expected);
  });

  it('rejects path traversal anywhere in the archive', async () => {
    for (const name of ['../evil.txt', 'a/../../evil', '/etc/passwd', 'C:\\evil', 'a\\..\\..\\evil']) {
      const zip = buildZip([{ name: 'packages.json', data: Buffer.from('[]') }, { name, data: Buffer.from('x') }]);
      await expect(readZipDirectory(bytesSource(zip), OPTIONS)).rejects.toMatchObject({ code: 'zip_path_traversal', location: { file: 'a.zip', objectId: name } });
    }
    expect(() => checkEntryName('a/..b/c..', 'a.zip')).not.toThrow();
  });

  it('stops a bomb that declares its size', async () => {
    const zip = buildZip([{ name: 'dumpsys.txt', data: Buffer.alloc(2 << 20) }]);
    await expect(extractAll(zip)).rejects.toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('declares more than the limit of 1048576 bytes') });
  });

  it('stops a bomb that lies about its size as soon as the output passes the declared size', async () => {
    const zip = buildZip([{ name: 'dumpsys.txt', data: Buffer.alloc(8 << 20), declaredSize: 1000 }]);
    await expect(extractAll(zip)).rejects.toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('inflates beyond its declared 1000 bytes') });
  });

  it('enforces the total budget across entries', async () => {
    const zip = buildZip([
      { name: 'a', data: Buffer.alloc(600_000) },
      { name: 'b', data: Buffer.alloc(600_000) },
    ]);
    await expect(extractAll(zip, { maxEntryBytes: 1 << 20, total: 1_000_000 })).rejects.toMatchObject({ code: 'zip_bomb', location: { objectId: 'b' } });
  });

  it('rejects encryption, unknown methods, corrupt data and bad CRCs', async () => {
    await expect(extractAll(buildZip([{ name: 'a', data: Buffer.from('x'), flags: 1 }]))).rejects.toMatchObject({ code: 'zip_unsupported' });
    await expect(extractAll(buildZip([{ name: 'a', data: Buffer.from('x'), method: 12, compressed: Buffer.from('x') }]))).rejects.toMatchObject({ code: 'zip_unsupported' });
    await expect(extractAll(buildZip([{ name: 'a', data: Buffer.from('hello'), compressed: Buffer.from('garbage!') }]))).rejects.toMatchObject({ code: 'zip_malformed' });
    await expect(extractAll(buildZip([{ name: 'a', data: Buffer.from('hello'), crc: 1234 }]))).rejects.toMatchObject({ code: 'zip_malformed', message: expect.stringContaining('CRC-32') });
    const short = deflateRawSync(Buffer.from('hello world'));
    await expect(extractAll(buildZip([{ name: 'a', data: Buffer.from('hello world'), declaredSize: 20, compressed: short }]))).rejects.toMatchObject({
      code: 'zip_malformed',
      message: expect.stringContaining('inflates to 11 bytes, not the declared 20'),
    });
  });

  it('rejects what is not a zip, and truncated archives', async () => {
    await expect(readZipDirectory(bytesSource(Buffer.from('PK not really a zip file at all, sorry')), OPTIONS)).rejects.toMatchObject({ code: 'zip_malformed' });
    await expect(readZipDirectory(bytesSource(Buffer.alloc(3)), OPTIONS)).rejects.toMatchObject({ code: 'zip_malformed' });
    const zip = buildZip([{ name: 'a', data: Buffer.from('hello') }]);
    await expect(readZipDirectory(bytesSource(zip.subarray(0, zip.length - 30)), OPTIONS)).rejects.toMatchObject({ code: 'zip_malformed' });
    await expect(readZipDirectory(bytesSource(zip), { file: 'a.zip', maxEntries: 0 })).rejects.toMatchObject({ code: 'zip_bomb' });
  });
});
