/**
 * Streaming reader for pcap and pcapng captures.
 *
 * Chunks of any size are pushed in; complete records are handed to the packet handler straight
 * out of the chunk (no copy). Only a record cut by a chunk boundary is copied, into one reusable
 * carry-over buffer that never grows beyond the largest allowed record, so memory stays bounded
 * whatever the capture size. Absurd lengths are rejected before anything is buffered, with the
 * byte offset and packet number; a capture that ends inside a record is reported by `end()`.
 */
import { IocInputError } from '../../errors.ts';
import { newPcapngState, readPcapngBlock, type PcapngState } from './pcapng.ts';

/** Receives each packet; `buf` is only valid during the call. `timeMs` is NaN when unknown. */
export type PacketHandler = (buf: Buffer, offset: number, length: number, linkType: number, timeMs: number, packetNo: number) => void;

export interface ReaderLimits {
  maxPacketBytes: number;
  maxBlockBytes: number;
}

/** Reader states (plain numbers: no enum, so any TypeScript transpiler can strip the types). */
const Format = { Unknown: 0, PcapHeader: 1, Pcap: 2, Pcapng: 3 } as const;
type Format = (typeof Format)[keyof typeof Format];

export class CaptureReader {
  private format: Format = Format.Unknown;
  private le = true;
  /** Divisor turning the pcap fractional timestamp into milliseconds (µs: 1e3, ns: 1e6). */
  private fracPerMs = 1000;
  private linkType = -1;
  private carry: Buffer = Buffer.alloc(0);
  private carryLen = 0;
  /** Absolute offset of the record being assembled or read next. */
  private recordStart = 0;
  packets = 0;
  readonly pcapng: PcapngState = newPcapngState();

  constructor(
    private readonly onPacket: PacketHandler,
    private readonly limits: ReaderLimits,
    private readonly file: string,
  ) {}

  get bytesConsumed(): number {
    return this.recordStart;
  }

  get formatName(): 'pcap' | 'pcapng' | 'unknown' {
    return this.format === Format.Pcapng ? 'pcapng' : this.format === Format.Unknown ? 'unknown' : 'pcap';
  }

  private fail(code: 'pcap_bad_magic' | 'pcap_truncated' | 'pcap_malformed' | 'pcap_unsupported_link', message: string, offset: number, packet?: number): IocInputError {
    return new IocInputError(code, message, { file: this.file, offset, ...(packet === undefined ? {} : { packet }) });
  }

  /** Bytes needed before the next record's length can be known. */
  private headerNeed(): number {
    switch (this.format) {
      case Format.Unknown:
        return 4;
      case Format.PcapHeader:
        return 24;
      case Format.Pcap:
        return 16;
      case Format.Pcapng:
        return 12;
    }
  }

  /** Length of the record at `off`, or -1 when more bytes are needed to tell. */
  private recordLength(b: Buffer, off: number, avail: number): number {
    if (this.format === Format.Unknown) {
      if (avail < 4) return -1;
      const magic = b.readUInt32BE(off);
      if (magic === 0xa1b2c3d4 || magic === 0xa1b23c4d) this.le = false;
      else if (magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1) this.le = true;
      else if (magic === 0x0a0d0d0a) this.format = Format.Pcapng;
      else {
        const hint = magic >>> 16 === 0x1f8b ? ' (it looks gzip-compressed: decompress it first)' : '';
        throw this.fail('pcap_bad_magic', `Not a pcap or pcapng capture: magic 0x${magic.toString(16).padStart(8, '0')}${hint}`, 0);
      }
      if (this.format === Format.Unknown) {
        this.format = Format.PcapHeader;
        this.fracPerMs = magic === 0xa1b23c4d || magic === 0x4d3cb2a1 ? 1e6 : 1e3;
      }
    }
    if (avail < this.headerNeed()) return -1;
    if (this.format === Format.PcapHeader) return 24;
    if (this.format === Format.Pcap) {
      const captured = this.le ? b.readUInt32LE(off + 8) : b.readUInt32BE(off + 8);
      if (captured > this.limits.maxPacketBytes) {
        throw this.fail('pcap_malformed', `Packet record announces ${captured} captured bytes, more than the limit of ${this.limits.maxPacketBytes}`, this.recordStart, this.packets + 1);
      }
      return 16 + captured;
    }
    const le = b.readUInt32BE(off) === 0x0a0d0d0a ? b.readUInt32BE(off + 8) === 0x4d3c2b1a : this.pcapng.le;
    const length = le ? b.readUInt32LE(off + 4) : b.readUInt32BE(off + 4);
    if (length < 12 || length % 4 !== 0 || length > this.limits.maxBlockBytes) {
      throw this.fail('pcap_malformed', `pcapng block announces an invalid length of ${length} bytes (limit ${this.limits.maxBlockBytes})`, this.recordStart, this.packets + 1);
    }
    return length;
  }

  private record(b: Buffer, off: number, length: number): void {
    switch (this.format) {
      case Format.PcapHeader: {
        const major = this.le ? b.readUInt16LE(off + 4) : b.readUInt16BE(off + 4);
        if (major !== 2) throw this.fail('pcap_malformed', `Unsupported pcap version ${major}`, this.recordStart);
        this.linkType = (this.le ? b.readUInt32LE(off + 20) : b.readUInt32BE(off + 20)) & 0xffff;
        if (!SUPPORTED_LINK_TYPES.has(this.linkType)) {
          throw this.fail('pcap_unsupported_link', `Unsupported link-layer type ${this.linkType}`, this.recordStart);
        }
        this.format = Format.Pcap;
        break;
      }
      case Format.Pcap: {
        const le = this.le;
        const seconds = le ? b.readUInt32LE(off) : b.readUInt32BE(off);
        const fraction = le ? b.readUInt32LE(off + 4) : b.readUInt32BE(off + 4);
        this.packets++;
        this.onPacket(b, off + 16, length - 16, this.linkType, seconds * 1000 + fraction / this.fracPerMs, this.packets);
        break;
      }
      case Format.Pcapng: {
        const state = this.pcapng;
        const isPacket = readPcapngBlock(state, b, off, length, (reason) => this.fail('pcap_malformed', reason, this.recordStart, this.packets + 1));
        if (isPacket) {
          this.packets++;
          this.onPacket(b, state.packetOffset, state.packetLength, state.packetLinkType, state.packetTimeMs, this.packets);
        }
        break;
      }
      case Format.Unknown:
        break;
    }
    this.recordStart += length;
  }

  /** Feeds the next chunk of the capture. */
  push(chunk: Buffer): void {
    let off = 0;
    const n = chunk.length;
    while (this.carryLen > 0) {
      const known = this.recordLength(this.carry, 0, this.carryLen);
      const target = known === -1 ? this.headerNeed() : known;
      if (this.carry.length < target) {
        const grown = Buffer.allocUnsafe(Math.max(target, 64 * 1024));
        this.carry.copy(grown, 0, 0, this.carryLen);
        this.carry = grown;
      }
      const take = Math.min(target - this.carryLen, n - off);
      chunk.copy(this.carry, this.carryLen, off, off + take);
      this.carryLen += take;
      off += take;
      if (this.carryLen < target) return;
      if (known === -1) continue; // the header is complete now: learn the real length
      this.record(this.carry, 0, known);
      this.carryLen = 0;
    }
    while (off < n) {
      const avail = n - off;
      const length = this.recordLength(chunk, off, avail);
      if (length === -1 || length > avail) break;
      this.record(chunk, off, length);
      off += length;
    }
    if (off < n) {
      const rest = n - off;
      if (this.carry.length < rest) this.carry = Buffer.allocUnsafe(Math.max(rest, 64 * 1024));
      chunk.copy(this.carry, 0, off, n);
      this.carryLen = rest;
    }
  }

  /** Call at the end of the input: reports a capture that ends inside a record. */
  end(): void {
    if (this.format === Format.Unknown && this.carryLen === 0) {
      throw this.fail('pcap_truncated', 'The capture is empty', 0);
    }
    if (this.carryLen === 0) return;
    const known = this.carryLen >= this.headerNeed() ? this.recordLength(this.carry, 0, this.carryLen) : -1;
    const what = this.format === Format.Unknown || this.format === Format.PcapHeader ? 'the file header' : `packet ${this.packets + 1}`;
    const need = known === -1 ? `its header needs ${this.headerNeed()} bytes` : `it needs ${known} bytes`;
    throw this.fail('pcap_truncated', `The capture ends inside ${what}: ${need}, only ${this.carryLen} are present`, this.recordStart, this.packets + 1);
  }
}

/** Link layers the packet decoder understands (see decode.ts). */
export const SUPPORTED_LINK_TYPES: ReadonlySet<number> = new Set([0, 1, 12, 14, 101, 108, 113, 228, 229, 276]);
