/**
 * Reads a zip central directory (including ZIP64) and vets every entry name: an archive with
 * an absolute path or a `..` segment anywhere is rejected as a whole, since no legitimate
 * acquisition contains one and it signals a crafted file.
 */
import { IocInputError } from '../../errors.ts';
import type { RandomAccessSource } from './random-access.ts';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, offset: number, file: string): number {
  const value = dv.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new IocInputError('zip_malformed', 'ZIP64 value out of range', { file, offset });
  return Number(value);
}

/** Rejects absolute paths, drive letters, NUL bytes and `..` segments. */
export function checkEntryName(name: string, file: string): void {
  const normalized = name.replace(/\\/g, '/');
  if (normalized.startsWith('/') || /^[a-zA-Z]:/.test(normalized) || normalized.includes('\0') || normalized.split('/').includes('..')) {
    throw new IocInputError('zip_path_traversal', `Zip entry "${name}" points outside the archive`, { file, objectId: name });
  }
}

async function findEnd(src: RandomAccessSource, file: string): Promise<{ entries: number; size: number; offset: number }> {
  if (src.size < 22) throw new IocInputError('zip_malformed', 'File is too small to be a zip archive', { file });
  const tailLength = Math.min(src.size, 22 + 65535);
  const tailStart = src.size - tailLength;
  const tail = await src.read(tailStart, tailLength);
  const dv = view(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (dv.getUint32(i, true) !== EOCD_SIG) continue;
    let entries = dv.getUint16(i + 10, true);
    let size = dv.getUint32(i + 12, true);
    let offset = dv.getUint32(i + 16, true);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locatorAt = tailStart + i - 20;
      const locator = view(await src.read(locatorAt, 20));
      if (locatorAt < 0 || locator.byteLength < 20 || locator.getUint32(0, true) !== EOCD64_LOCATOR_SIG) {
        throw new IocInputError('zip_malformed', 'ZIP64 end of central directory locator missing', { file, offset: Math.max(0, locatorAt) });
      }
      const recordAt = u64(locator, 8, file);
      const record = view(await src.read(recordAt, 56));
      if (record.byteLength < 56 || record.getUint32(0, true) !== EOCD64_SIG) {
        throw new IocInputError('zip_malformed', 'ZIP64 end of central directory record missing', { file, offset: recordAt });
      }
      entries = u64(record, 32, file);
      size = u64(record, 40, file);
      offset = u64(record, 48, file);
    }
    return { entries, size, offset };
  }
  throw new IocInputError('zip_malformed', 'No zip end of central directory found: not a zip archive or truncated', { file });
}

/** Lists the entries of the archive; throws on traversal names, bad headers or too many entries. */
export async function readZipDirectory(src: RandomAccessSource, options: { file: string; maxEntries: number }): Promise<ZipEntry[]> {
  const { file } = options;
  const end = await findEnd(src, file);
  if (end.entries > options.maxEntries) {
    throw new IocInputError('zip_bomb', `Zip lists ${end.entries} entries, more than the limit of ${options.maxEntries}`, { file });
  }
  if (end.size > MAX_DIRECTORY_BYTES || end.offset + end.size > src.size) {
    throw new IocInputError('zip_malformed', 'Zip central directory is out of bounds', { file, offset: end.offset });
  }
  const directory = await src.read(end.offset, end.size);
  const dv = view(directory);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < end.entries; n++) {
    if (p + 46 > directory.length || dv.getUint32(p, true) !== CDH_SIG) {
      throw new IocInputError('zip_malformed', `Bad central directory header for entry ${n + 1}`, { file, offset: end.offset + p });
    }
    const flags = dv.getUint16(p + 8, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > directory.length) {
      throw new IocInputError('zip_malformed', `Central directory entry ${n + 1} overruns the directory`, { file, offset: end.offset + p });
    }
    const nameBytes = directory.subarray(p + 46, p + 46 + nameLength);
    const name = flags & 0x800 ? decoder.decode(nameBytes) : Buffer.from(nameBytes).toString('latin1');
    checkEntryName(name, file);
    const entry: ZipEntry = {
      name,
      flags,
      method: dv.getUint16(p + 10, true),
      crc32: dv.getUint32(p + 16, true),
      compressedSize: dv.getUint32(p + 20, true),
      uncompressedSize: dv.getUint32(p + 24, true),
      localHeaderOffset: dv.getUint32(p + 42, true),
    };
    readZip64Extra(dv, p + 46 + nameLength, extraLength, entry, file);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readZip64Extra(dv: DataView, start: number, length: number, entry: ZipEntry, file: string): void {
  let q = start;
  while (q + 4 <= start + length) {
    const id = dv.getUint16(q, true);
    const size = dv.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const take = (): number => {
        if (r + 8 > q + 4 + size) throw new IocInputError('zip_malformed', `Short ZIP64 extra field for "${entry.name}"`, { file, objectId: entry.name });
        const value = u64(dv, r, file);
        r += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    q += 4 + size;
  }
}
