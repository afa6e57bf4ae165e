/**
 * Random access to zip bytes, so the reader can jump to the central directory and to the few
 * entries it needs without loading an acquisition (which may hold gigabytes of APKs) in memory.
 */
import { open } from 'node:fs/promises';

export interface RandomAccessSource {
  readonly size: number;
  read(position: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return {
    size: bytes.byteLength,
    read: async (position, length) => bytes.subarray(position, Math.min(bytes.byteLength, position + length)),
    close: async () => {},
  };
}

export async function fileSource(path: string): Promise<RandomAccessSource> {
  const handle = await open(path, 'r');
  const size = (await handle.stat()).size;
  return {
    size,
    async read(position, length) {
      const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - position)));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
    close: () => handle.close(),
  };
}
