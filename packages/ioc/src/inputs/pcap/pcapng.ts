/**
 * pcapng blocks: Section Header (byte order, new section), Interface Description (link type,
 * timestamp resolution), Enhanced Packet, Simple Packet and the obsolete Packet block. Other
 * blocks (statistics, name resolution, custom) are skipped.
 *
 * The packet found in a block is written into the reusable `state.packet*` fields rather than
 * returned as an object, so reading a packet allocates nothing.
 */
import type { IocInputError } from '../../errors.ts';

interface PcapngInterface {
  linkType: number;
  /** Timestamp units per second (if_tsresol; 10^6 by default). */
  unitsPerSecond: number;
}

export interface PcapngState {
  le: boolean;
  interfaces: PcapngInterface[];
  packetOffset: number;
  packetLength: number;
  packetLinkType: number;
  packetTimeMs: number;
}

export function newPcapngState(): PcapngState {
  return { le: true, interfaces: [], packetOffset: 0, packetLength: 0, packetLinkType: 0, packetTimeMs: Number.NaN };
}

const SHB = 0x0a0d0d0a;
const IDB = 1;
const PB = 2;
const SPB = 3;
const EPB = 6;

function tsresol(b: Buffer, off: number, end: number, le: boolean): number {
  let p = off;
  while (p + 4 <= end) {
    const code = le ? b.readUInt16LE(p) : b.readUInt16BE(p);
    const length = le ? b.readUInt16LE(p + 2) : b.readUInt16BE(p + 2);
    if (code === 0) break;
    if (code === 9 && length === 1 && p + 5 <= end) {
      const v = b[p + 4] as number;
      return v & 0x80 ? 2 ** (v & 0x7f) : 10 ** v;
    }
    p += 4 + ((length + 3) & ~3);
  }
  return 1e6;
}

/**
 * Interprets one block. Returns true when it holds a packet (then `state.packet*` describe it).
 * `fail` builds the error for an inconsistent block.
 */
export function readPcapngBlock(state: PcapngState, b: Buffer, off: number, length: number, fail: (reason: string) => IocInputError): boolean {
  const type = b.readUInt32BE(off) === SHB ? SHB : state.le ? b.readUInt32LE(off) : b.readUInt32BE(off);
  if (type === SHB) {
    if (length < 28) throw fail('Section header block is too short');
    state.le = b.readUInt32BE(off + 8) === 0x4d3c2b1a;
    if (!state.le && b.readUInt32BE(off + 8) !== 0x1a2b3c4d) throw fail('Section header block has an invalid byte-order magic');
    const major = state.le ? b.readUInt16LE(off + 12) : b.readUInt16BE(off + 12);
    if (major !== 1) throw fail(`Unsupported pcapng version ${major}`);
    state.interfaces = [];
  }
  const le = state.le;
  const trailer = le ? b.readUInt32LE(off + length - 4) : b.readUInt32BE(off + length - 4);
  if (trailer !== length) throw fail(`pcapng block length ${length} does not match its trailing copy ${trailer}`);
  switch (type) {
    case IDB: {
      if (length < 20) throw fail('Interface description block is too short');
      const linkType = le ? b.readUInt16LE(off + 8) : b.readUInt16BE(off + 8);
      state.interfaces.push({ linkType, unitsPerSecond: tsresol(b, off + 16, off + length - 4, le) });
      return false;
    }
    case EPB:
    case PB: {
      if (length < 32) throw fail('Packet block is too short');
      const ifIndex = type === EPB ? (le ? b.readUInt32LE(off + 8) : b.readUInt32BE(off + 8)) : le ? b.readUInt16LE(off + 8) : b.readUInt16BE(off + 8);
      const iface = state.interfaces[ifIndex];
      if (iface === undefined) throw fail(`Packet refers to interface ${ifIndex}, which is not described`);
      const captured = le ? b.readUInt32LE(off + 20) : b.readUInt32BE(off + 20);
      if (28 + captured > length - 4) throw fail(`Packet of ${captured} captured bytes does not fit its ${length}-byte block`);
      const high = le ? b.readUInt32LE(off + 12) : b.readUInt32BE(off + 12);
      const low = le ? b.readUInt32LE(off + 16) : b.readUInt32BE(off + 16);
      state.packetOffset = off + 28;
      state.packetLength = captured;
      state.packetLinkType = iface.linkType;
      state.packetTimeMs = ((high * 4294967296 + low) / iface.unitsPerSecond) * 1000;
      return true;
    }
    case SPB: {
      if (length < 16) throw fail('Simple packet block is too short');
      const iface = state.interfaces[0];
      if (iface === undefined) throw fail('Simple packet block before any interface description');
      const original = le ? b.readUInt32LE(off + 8) : b.readUInt32BE(off + 8);
      state.packetOffset = off + 12;
      state.packetLength = Math.min(original, length - 16);
      state.packetLinkType = iface.linkType;
      state.packetTimeMs = Number.NaN;
      return true;
    }
    default:
      return false;
  }
}
