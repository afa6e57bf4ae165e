/**
 * Extracts one zip entry with limits enforced while inflating (zip bombs lie about sizes in
 * their headers, so the declared size is only a first check). Compressed data is read and fed
 * to the inflater in small pieces so that even a maximally compressible piece cannot expand to
 * more than a few megabytes before the running total is checked.
 */
import * as zlib from 'node:zlib';
import { Inflate } from 'fflate';
import { IocInputError, throwIfAborted } from '../../errors.ts';
import type { ZipEntry } from './directory.ts';
import type { RandomAccessSource } from './random-access.ts';

const LOCAL_SIG = 0x04034b50;
const READ_CHUNK = 64 * 1024;
const PUSH_PIECE = 4 * 1024;

export interface ExtractBudget {
  /** Bytes still allowed for the whole archive; decreased as entries are inflated. */
  remaining: number;
}

export interface ExtractOptions {
  file: string;
  maxEntryBytes: number;
  signal?: AbortSignal;
  onCompressedBytes?: (bytes: number) => void;
}

function bomb(entry: ZipEntry, file: string, limit: number, what: string): IocInputError {
  return new IocInputError('zip_bomb', `Zip entry "${entry.name}" ${what} more than the limit of ${limit} bytes`, { file, objectId: entry.name });
}

export async function extractZipEntry(src: RandomAccessSource, entry: ZipEntry, budget: ExtractBudget, options: ExtractOptions): Promise<Uint8Array> {
  const { file } = options;
  const where = { file, objectId: entry.name };
  if (entry.flags & 0x1) throw new IocInputError('zip_unsupported', `Zip entry "${entry.name}" is encrypted`, where);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new IocInputError('zip_unsupported', `Zip entry "${entry.name}" uses compression method ${entry.method}`, where);
  }
  const limit = Math.min(options.maxEntryBytes, budget.remaining);
  if (entry.uncompressedSize > limit) throw bomb(entry, file, limit, 'declares');

  const header = await src.read(entry.localHeaderOffset, 30);
  const dv = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.length < 30 || dv.getUint32(0, true) !== LOCAL_SIG) {
    throw new IocInputError('zip_malformed', `Bad local header for "${entry.name}"`, { ...where, offset: entry.localHeaderOffset });
  }
  const dataStart = entry.localHeaderOffset + 30 + dv.getUint16(26, true) + dv.getUint16(28, true);
  if (dataStart + entry.compressedSize > src.size) {
    throw new IocInputError('zip_malformed', `Zip entry "${entry.name}" runs past the end of the file`, { ...where, offset: dataStart });
  }

  const chunks: Uint8Array[] = [];
  let produced = 0;
  // A header that understates the size is how bombs get past the first check: stop as soon as
  // the output passes the declared size, so memory never exceeds what the header admitted to.
  const accept = (data: Uint8Array): void => {
    produced += data.length;
    if (produced > entry.uncompressedSize) {
      throw new IocInputError('zip_bomb', `Zip entry "${entry.name}" inflates beyond its declared ${entry.uncompressedSize} bytes`, where);
    }
    chunks.push(data);
  };
  const inflater = entry.method === 8 ? new Inflate((data) => accept(data)) : undefined;
  let read = 0;
  while (read < entry.compressedSize) {
    throwIfAborted(options.signal, where);
    const piece = await src.read(dataStart + read, Math.min(READ_CHUNK, entry.compressedSize - read));
    if (piece.length === 0) throw new IocInputError('zip_malformed', `Zip entry "${entry.name}" is truncated`, where);
    read += piece.length;
    options.onCompressedBytes?.(piece.length);
    if (inflater === undefined) {
      accept(piece.slice());
      continue;
    }
    for (let i = 0; i < piece.length; i += PUSH_PIECE) {
      const last = read === entry.compressedSize && i + PUSH_PIECE >= piece.length;
      try {
        inflater.push(piece.subarray(i, Math.min(piece.length, i + PUSH_PIECE)), last);
      } catch (error) {
        if (error instanceof IocInputError) throw error;
        throw new IocInputError('zip_malformed', `Zip entry "${entry.name}" has corrupt compressed data`, where, { cause: error });
      }
    }
  }
  if (entry.compressedSize === 0 && inflater !== undefined) inflater.push(new Uint8Array(0), true);
  const out = Buffer.concat(chunks, produced);
  if (produced !== entry.uncompressedSize) {
    throw new IocInputError('zip_malformed', `Zip entry "${entry.name}" inflates to ${produced} bytes, not the declared ${entry.uncompressedSize}`, where);
  }
  const crc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc !== undefined && crc(out) >>> 0 !== entry.crc32 >>> 0) {
    throw new IocInputError('zip_malformed', `Zip entry "${entry.name}" fails its CRC-32 check`, where);
  }
  budget.remaining -= produced;
  return out;
}
