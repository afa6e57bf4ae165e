/**
 * Writers for pcap and pcapng files (test and benchmark data). Both produce spec-conformant
 * files: tshark and Wireshark read them.
 */

export interface PcapOptions {
  linkType: number;
  littleEndian?: boolean;
  /** Nanosecond timestamps (magic a1b23c4d). */
  nanoseconds?: boolean;
  snaplen?: number;
}

export function pcapHeader(options: PcapOptions): Buffer {
  const h = Buffer.alloc(24);
  const le = options.littleEndian ?? true;
  const magic = options.nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4;
  if (le) {
    h.writeUInt32LE(magic, 0);
    h.writeUInt16LE(2, 4);
    h.writeUInt16LE(4, 6);
    h.writeUInt32LE(options.snaplen ?? 262144, 16);
    h.writeUInt32LE(options.linkType, 20);
  } else {
    h.writeUInt32BE(magic, 0);
    h.writeUInt16BE(2, 4);
    h.writeUInt16BE(4, 6);
    h.writeUInt32BE(options.snaplen ?? 262144, 16);
    h.writeUInt32BE(options.linkType, 20);
  }
  return h;
}

/** One pcap record: 16-byte header + packet bytes. */
export function pcapRecord(packet: Buffer, timeMs: number, options: { littleEndian?: boolean; nanoseconds?: boolean } = {}): Buffer {
  const h = Buffer.alloc(16);
  const seconds = Math.floor(timeMs / 1000);
  const fraction = Math.round((timeMs - seconds * 1000) * (options.nanoseconds ? 1e6 : 1e3));
  const le = options.littleEndian ?? true;
  const w = (v: number, o: number): number => (le ? h.writeUInt32LE(v, o) : h.writeUInt32BE(v, o));
  w(seconds, 0);
  w(fraction, 4);
  w(packet.length, 8);
  w(packet.length, 12);
  return Buffer.concat([h, packet]);
}

export function buildPcap(packets: readonly { bytes: Buffer; timeMs: number }[], options: PcapOptions): Buffer {
  return Buffer.concat([pcapHeader(options), ...packets.map((p) => pcapRecord(p.bytes, p.timeMs, options))]);
}

function pad4(b: Buffer): Buffer {
  const rest = (4 - (b.length % 4)) % 4;
  return rest === 0 ? b : Buffer.concat([b, Buffer.alloc(rest)]);
}

/** Builds pcapng blocks in one byte order. */
export class PcapngWriter {
  private readonly blocks: Buffer[] = [];

  constructor(private readonly littleEndian = true) {
    this.section();
  }

  private u32(v: number): Buffer {
    const b = Buffer.alloc(4);
    if (this.littleEndian) b.writeUInt32LE(v >>> 0);
    else b.writeUInt32BE(v >>> 0);
    return b;
  }

  private u16(v: number): Buffer {
    const b = Buffer.alloc(2);
    if (this.littleEndian) b.writeUInt16LE(v);
    else b.writeUInt16BE(v);
    return b;
  }

  block(type: number, body: Buffer): this {
    const padded = pad4(body);
    const length = 12 + padded.length;
    this.blocks.push(Buffer.concat([this.u32(type), this.u32(length), padded, this.u32(length)]));
    return this;
  }

  /** Starts a new section (a Section Header Block). */
  section(): this {
    const sectionLength = Buffer.alloc(8, 0xff); // unknown
    return this.block(0x0a0d0d0a, Buffer.concat([this.u32(0x1a2b3c4d), this.u16(1), this.u16(0), sectionLength]));
  }

  /** Interface Description Block; `tsresol` is the raw if_tsresol option byte (6 = µs). */
  interface(linkType: number, tsresol?: number): this {
    const options =
      tsresol === undefined
        ? Buffer.alloc(0)
        : Buffer.concat([this.u16(9), this.u16(1), Buffer.from([tsresol, 0, 0, 0]), this.u16(0), this.u16(0)]);
    return this.block(1, Buffer.concat([this.u16(linkType), this.u16(0), this.u32(262144), options]));
  }

  /** Enhanced Packet Block; `units` is the timestamp in interface units. */
  packet(interfaceId: number, bytes: Buffer, units: bigint): this {
    const high = Number(units >> 32n);
    const low = Number(units & 0xffffffffn);
    return this.block(6, Buffer.concat([this.u32(interfaceId), this.u32(high), this.u32(low), this.u32(bytes.length), this.u32(bytes.length), pad4(bytes)]));
  }

  simplePacket(bytes: Buffer): this {
    return this.block(3, Buffer.concat([this.u32(bytes.length), pad4(bytes)]));
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.blocks);
  }
}
