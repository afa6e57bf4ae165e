import { describe, expect, it } from 'vitest';
import { IocInputError } from '../../errors.ts';
import { buildPcap, PcapngWriter, pcapHeader } from '../../test-support/capture-writer.ts';
import { CaptureReader } from './reader.ts';

interface Seen {
  bytes: string;
  linkType: number;
  timeMs: number;
  packet: number;
}

const LIMITS = { maxPacketBytes: 65535, maxBlockBytes: 70000 };

function read(data: Buffer, chunkSize = data.length, limits = LIMITS): Seen[] {
  const seen: Seen[] = [];
  const reader = new CaptureReader((b, off, len, linkType, timeMs, packet) => seen.push({ bytes: b.toString('hex', off, off + len), linkType, timeMs, packet }), limits, 'test.pcap');
  for (let i = 0; i < data.length; i += chunkSize) reader.push(data.subarray(i, Math.min(data.length, i + chunkSize)));
  reader.end();
  return seen;
}

function failure(data: Buffer, limits = LIMITS): IocInputError {
  try {
    read(data, data.length, limits);
  } catch (error) {
    if (error instanceof IocInputError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const P1 = Buffer.from('aabbcc', 'hex');
const P2 = Buffer.from('0102030405060708090a', 'hex');

describe('classic pcap', () => {
  it.each([
    ['little-endian µs', { littleEndian: true }],
    ['big-endian µs', { littleEndian: false }],
    ['little-endian ns', { littleEndian: true, nanoseconds: true }],
    ['big-endian ns', { littleEndian: false, nanoseconds: true }],
  ])('reads %s captures with their timestamps', (_, options) => {
    const data = buildPcap([{ bytes: P1, timeMs: 1_700_000_000_123.5 }, { bytes: P2, timeMs: 1_700_000_001_000 }], { linkType: 1, ...options });
    expect(read(data)).toEqual([
      { bytes: 'aabbcc', linkType: 1, timeMs: 1_700_000_000_123.5, packet: 1 },
      { bytes: '0102030405060708090a', linkType: 1, timeMs: 1_700_000_001_000, packet: 2 },
    ]);
  });

  it('gives the same packets whatever the chunk boundaries', () => {
    const data = buildPcap([{ bytes: P1, timeMs: 1000 }, { bytes: P2, timeMs: 2000 }, { bytes: P1, timeMs: 3000 }], { linkType: 113 });
    const whole = read(data);
    for (let size = 1; size <= data.length; size++) expect(read(data, size)).toEqual(whole);
  });

  it('reports a truncated capture with the packet and offset', () => {
    const data = buildPcap([{ bytes: P1, timeMs: 1000 }, { bytes: P2, timeMs: 2000 }], { linkType: 1 });
    const error = failure(data.subarray(0, data.length - 3));
    expect(error.code).toBe('pcap_truncated');
    expect(error.location).toEqual({ file: 'test.pcap', offset: 43, packet: 2 });
    expect(error.message).toBe('The capture ends inside packet 2: it needs 26 bytes, only 23 are present (file test.pcap, packet 2, byte offset 43)');
    expect(failure(data.subarray(0, 30)).message).toContain('its header needs 16 bytes, only 6 are present');
    expect(failure(data.subarray(0, 10)).message).toContain('The capture ends inside the file header');
    expect(failure(Buffer.alloc(0)).message).toBe('The capture is empty (file test.pcap, byte offset 0)');
  });

  it('rejects a wrong magic, naming gzip when it is one', () => {
    expect(failure(Buffer.from('not a capture at all')).code).toBe('pcap_bad_magic');
    expect(failure(Buffer.from('not a capture at all')).message).toBe('Not a pcap or pcapng capture: magic 0x6e6f7420 (file test.pcap, byte offset 0)');
    expect(failure(Buffer.from('1f8b0800000000000003', 'hex')).message).toContain('gzip-compressed');
  });

  it('rejects an absurd packet length before buffering it', () => {
    const header = pcapHeader({ linkType: 1 });
    const record = Buffer.alloc(16);
    record.writeUInt32LE(0x7fffffff, 8);
    const error = failure(Buffer.concat([header, record]));
    expect(error.code).toBe('pcap_malformed');
    expect(error.location).toEqual({ file: 'test.pcap', offset: 24, packet: 1 });
  });

  it('rejects unsupported link layers and versions', () => {
    expect(failure(pcapHeader({ linkType: 147 })).code).toBe('pcap_unsupported_link');
    const v3 = pcapHeader({ linkType: 1 });
    v3.writeUInt16LE(3, 4);
    expect(failure(v3).message).toContain('Unsupported pcap version 3');
  });
});

describe('pcapng', () => {
  it.each([true, false])('reads interfaces, enhanced and simple packets (little-endian: %s)', (le) => {
    const data = new PcapngWriter(le)
      .interface(1)
      .interface(113, 9) // nanoseconds
      .packet(0, P1, 1_700_000_000_123_456n)
      .packet(1, P2, 1_700_000_000_500_000_000n)
      .block(5, Buffer.alloc(8)) // interface statistics: skipped
      .simplePacket(P1)
      .toBuffer();
    expect(read(data)).toEqual([
      { bytes: 'aabbcc', linkType: 1, timeMs: 1_700_000_000_123.456, packet: 1 },
      { bytes: '0102030405060708090a', linkType: 113, timeMs: 1_700_000_000_500, packet: 2 },
      { bytes: 'aabbcc', linkType: 1, timeMs: Number.NaN, packet: 3 },
    ]);
  });

  it('resets interfaces at a new section and handles every chunk size', () => {
    const writer = new PcapngWriter(true).interface(1).packet(0, P1, 1_000_000n);
    writer.section().interface(101).packet(0, P2, 2_000_000n);
    const data = writer.toBuffer();
    const whole = read(data);
    expect(whole.map((s) => [s.linkType, s.timeMs])).toEqual([[1, 1000], [101, 2000]]);
    for (let size = 1; size <= data.length; size += 3) expect(read(data, size)).toEqual(whole);
  });

  it('reports inconsistent blocks', () => {
    const good = new PcapngWriter(true).interface(1).packet(0, P1, 1n).toBuffer();
    const badTrailer = Buffer.from(good);
    badTrailer.writeUInt32LE(999, badTrailer.length - 4);
    expect(failure(badTrailer).message).toContain('does not match its trailing copy 999');
    const noInterface = new PcapngWriter(true).packet(0, P1, 1n).toBuffer();
    expect(failure(noInterface).message).toContain('Packet refers to interface 0, which is not described');
    const absurd = Buffer.from(good);
    absurd.writeUInt32LE(0x7ffffff0, 28 + 4); // length of the interface block
    expect(failure(absurd).code).toBe('pcap_malformed');
    expect(failure(absurd).location).toEqual({ file: 'test.pcap', offset: 28, packet: 1 });
    expect(failure(good.subarray(0, good.length - 1)).code).toBe('pcap_truncated');
  });
});
