/**
 * Builders for network packets (test and benchmark data): Ethernet/SLL/raw framing, IPv4 and
 * IPv6, UDP and TCP, DNS queries and responses, TLS ClientHellos and HTTP requests. Real wire
 * formats, so the same bytes can be read by tshark.
 */
import { parseIpv4, parseIpv6 } from '../util/ip.ts';

export function ipBytes(ip: string): Buffer {
  const v4 = parseIpv4(ip);
  if (v4 !== undefined) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v4);
    return b;
  }
  const v6 = parseIpv6(ip);
  if (v6 === undefined) throw new Error(`bad IP ${ip}`);
  return Buffer.from(v6);
}

function checksum(b: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 1 < b.length; i += 2) sum += b.readUInt16BE(i);
  if (b.length % 2 === 1) sum += (b[b.length - 1] as number) << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export function udp(sport: number, dport: number, payload: Buffer): { protocol: 17; bytes: Buffer } {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt16BE(8 + payload.length, 4);
  return { protocol: 17, bytes: Buffer.concat([h, payload]) };
}

export function tcp(sport: number, dport: number, payload: Buffer, options: { seq?: number; flags?: number } = {}): { protocol: 6; bytes: Buffer } {
  const h = Buffer.alloc(20);
  h.writeUInt16BE(sport, 0);
  h.writeUInt16BE(dport, 2);
  h.writeUInt32BE((options.seq ?? 1000) >>> 0, 4);
  h.writeUInt32BE(1, 8);
  h[12] = 5 << 4;
  h[13] = options.flags ?? 0x18; // PSH+ACK
  h.writeUInt16BE(65535, 14);
  return { protocol: 6, bytes: Buffer.concat([h, payload]) };
}

export interface IpOptions {
  /** IPv4 fragment offset in 8-byte units (non-zero: a later fragment). */
  fragmentOffset?: number;
  /** IPv6 extension headers to insert before the transport header (hop-by-hop, dest opts). */
  ipv6Extensions?: number[];
}

/** Fills in the UDP/TCP checksum over the pseudo-header (tshark flags a zero IPv6 UDP checksum). */
function withChecksum(s: Buffer, d: Buffer, l4: { protocol: number; bytes: Buffer }): Buffer {
  const bytes = Buffer.from(l4.bytes);
  const at = l4.protocol === 17 ? 6 : l4.protocol === 6 ? 16 : -1;
  if (at === -1) return bytes;
  bytes.writeUInt16BE(0, at);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  const sum = checksum(Buffer.concat([s, d, Buffer.from([0, 0, 0, l4.protocol]), length, bytes]));
  bytes.writeUInt16BE(sum === 0 && l4.protocol === 17 ? 0xffff : sum, at);
  return bytes;
}

export function ip(src: string, dst: string, transport: { protocol: number; bytes: Buffer }, options: IpOptions = {}): Buffer {
  const s = ipBytes(src);
  const d = ipBytes(dst);
  const l4 = { protocol: transport.protocol, bytes: withChecksum(s, d, transport) };
  if (s.length === 4) {
    const h = Buffer.alloc(20);
    h[0] = 0x45;
    h.writeUInt16BE(20 + l4.bytes.length, 2);
    h.writeUInt16BE(0x1234, 4);
    h.writeUInt16BE(options.fragmentOffset ?? 0, 6);
    h[8] = 64;
    h[9] = l4.protocol;
    s.copy(h, 12);
    d.copy(h, 16);
    h.writeUInt16BE(checksum(h), 10);
    return Buffer.concat([h, l4.bytes]);
  }
  const extensions = options.ipv6Extensions ?? [];
  const chain: Buffer[] = [];
  for (let i = 0; i < extensions.length; i++) {
    const ext = Buffer.alloc(8);
    ext[0] = i + 1 < extensions.length ? (extensions[i + 1] as number) : l4.protocol;
    ext[1] = 0; // length: 8 bytes
    chain.push(ext);
  }
  const payload = Buffer.concat([...chain, l4.bytes]);
  const h = Buffer.alloc(40);
  h[0] = 0x60;
  h.writeUInt16BE(payload.length, 4);
  h[6] = extensions.length > 0 ? (extensions[0] as number) : l4.protocol;
  h[7] = 64;
  s.copy(h, 8);
  d.copy(h, 24);
  return Buffer.concat([h, payload]);
}

export type Link = 'ethernet' | 'sll' | 'sll2' | 'raw';

export const LINK_TYPES: Record<Link, number> = { ethernet: 1, sll: 113, sll2: 276, raw: 101 };

/** Frames an IP packet for a link layer; `vlans` adds 802.1Q tags (Ethernet only). */
export function frame(ipPacket: Buffer, link: Link = 'ethernet', vlans: number[] = []): Buffer {
  const ethertype = (ipPacket[0] as number) >> 4 === 6 ? 0x86dd : 0x0800;
  switch (link) {
    case 'raw':
      return ipPacket;
    case 'sll': {
      const h = Buffer.alloc(16);
      h.writeUInt16BE(4, 0); // sent by us
      h.writeUInt16BE(1, 2);
      h.writeUInt16BE(6, 4);
      Buffer.from([2, 0, 0, 0, 0, 1]).copy(h, 6);
      h.writeUInt16BE(ethertype, 14);
      return Buffer.concat([h, ipPacket]);
    }
    case 'sll2': {
      const h = Buffer.alloc(20);
      h.writeUInt16BE(ethertype, 0);
      h.writeUInt32BE(2, 4);
      h.writeUInt16BE(1, 8);
      h[10] = 4;
      h[11] = 6;
      return Buffer.concat([h, ipPacket]);
    }
    case 'ethernet': {
      const tags = vlans.map((id) => {
        const t = Buffer.alloc(4);
        t.writeUInt16BE(0x8100, 0);
        t.writeUInt16BE(id, 2);
        return t;
      });
      const mac = Buffer.from([0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02]);
      const type = Buffer.alloc(2);
      type.writeUInt16BE(ethertype);
      // Each 802.1Q tag (TPID 0x8100 + TCI) sits between the MAC addresses and the ethertype.
      return Buffer.concat([mac, ...tags, type, ipPacket]);
    }
  }
}

function dnsName(name: string): Buffer {
  const parts = name.split('.').filter((p) => p !== '');
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, 'latin1')])), Buffer.from([0])]);
}

export function dnsQuery(name: string, options: { id?: number; type?: number } = {}): Buffer {
  const h = Buffer.alloc(12);
  h.writeUInt16BE(options.id ?? 0x1a2b, 0);
  h.writeUInt16BE(0x0100, 2); // recursion desired
  h.writeUInt16BE(1, 4);
  const q = Buffer.alloc(4);
  q.writeUInt16BE(options.type ?? 1, 0);
  q.writeUInt16BE(1, 2);
  return Buffer.concat([h, dnsName(name), q]);
}

export type DnsAnswer = { type: 'A' | 'AAAA'; ip: string } | { type: 'CNAME'; name: string };

/** A response whose answers use compression pointers to the question name (offset 12). */
export function dnsResponse(name: string, answers: DnsAnswer[], options: { id?: number } = {}): Buffer {
  const h = Buffer.alloc(12);
  h.writeUInt16BE(options.id ?? 0x1a2b, 0);
  h.writeUInt16BE(0x8180, 2);
  h.writeUInt16BE(1, 4);
  h.writeUInt16BE(answers.length, 6);
  const question = Buffer.concat([dnsName(name), Buffer.from([0, 1, 0, 1])]);
  const records = answers.map((answer) => {
    const rdata = answer.type === 'CNAME' ? dnsName(answer.name) : ipBytes(answer.ip);
    const r = Buffer.alloc(12);
    r.writeUInt16BE(0xc00c, 0); // pointer to the question name
    r.writeUInt16BE(answer.type === 'A' ? 1 : answer.type === 'AAAA' ? 28 : 5, 2);
    r.writeUInt16BE(1, 4);
    r.writeUInt32BE(300, 6);
    r.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([r, rdata]);
  });
  return Buffer.concat([h, question, ...records]);
}

/**
 * A TLS 1.3-style ClientHello record. `paddingBefore` inserts an extension of that many bytes
 * before server_name (large key shares push the SNI past the first segment this way).
 */
export function tlsClientHello(sni: string | undefined, options: { paddingBefore?: number } = {}): Buffer {
  const extensions: Buffer[] = [];
  const ext = (type: number, body: Buffer): Buffer => {
    const h = Buffer.alloc(4);
    h.writeUInt16BE(type, 0);
    h.writeUInt16BE(body.length, 2);
    return Buffer.concat([h, body]);
  };
  if (options.paddingBefore !== undefined) extensions.push(ext(0x0033, Buffer.alloc(options.paddingBefore, 0x42)));
  if (sni !== undefined) {
    const name = Buffer.from(sni, 'latin1');
    const entry = Buffer.alloc(3);
    entry[0] = 0;
    entry.writeUInt16BE(name.length, 1);
    const list = Buffer.alloc(2);
    list.writeUInt16BE(3 + name.length);
    extensions.push(ext(0x0000, Buffer.concat([list, entry, name])));
  }
  extensions.push(ext(0x002b, Buffer.from([2, 0x03, 0x04]))); // supported_versions
  const extBlock = Buffer.concat(extensions);
  const extLength = Buffer.alloc(2);
  extLength.writeUInt16BE(extBlock.length);
  const body = Buffer.concat([
    Buffer.from([0x03, 0x03]),
    Buffer.alloc(32, 0x11),
    Buffer.from([32]),
    Buffer.alloc(32, 0x22),
    Buffer.from([0, 4, 0x13, 0x01, 0x13, 0x02]),
    Buffer.from([1, 0]),
    extLength,
    extBlock,
  ]);
  const hs = Buffer.alloc(4);
  hs[0] = 1;
  hs.writeUIntBE(body.length, 1, 3);
  const record = Buffer.alloc(5);
  record[0] = 0x16;
  record[1] = 3;
  record[2] = 1;
  record.writeUInt16BE(4 + body.length, 3);
  return Buffer.concat([record, hs, body]);
}

export function httpRequest(host: string, path = '/', method = 'GET'): Buffer {
  return Buffer.from(`${method} ${path} HTTP/1.1\r\nUser-Agent: test\r\nHost: ${host}\r\nAccept: */*\r\n\r\n`, 'latin1');
}
