/**
 * Per-packet decoding: link layer (Ethernet with VLAN/PPPoE, Linux SLL and SLL2, raw IP,
 * loopback), IPv4 and IPv6 (with extension headers), then UDP DNS, TCP DNS, TLS ClientHello
 * SNI and HTTP Host. Every address is checked against the IP indicators.
 *
 * This is the hot loop of a multi-gigabyte scan: fields are read straight from the buffer,
 * nothing is allocated unless a packet carries a name (DNS, SNI, Host) or an address matches.
 * Malformed packets are counted and skipped; one bad packet never stops a scan.
 */
import type { IndicatorIndex } from '../../index/indicator-index.ts';
import type { ObservationVia } from '../../report/model.ts';
import type { NetworkMatcher } from '../../scan/network.ts';
import { u16, u32 } from './bytes.ts';
import { DnsParser, type DnsSink } from './dns.ts';
import { mayBeHttpRequest, parseHttpRequest, stripPort } from './http.ts';
import { ClientHelloAssembler } from './tcp-hello.ts';
import { NEED_MORE, clientHelloRecordLength, parseClientHello } from './tls.ts';

export interface PacketStats {
  packets: number;
  ipv4: number;
  ipv6: number;
  nonIp: number;
  unsupportedLink: number;
  fragments: number;
  malformed: number;
  dnsMessages: number;
  dnsNames: number;
  tlsClientHellos: number;
  tlsSni: number;
  tlsReassembled: number;
  httpRequests: number;
}

export class PacketDecoder implements DnsSink {
  readonly stats: PacketStats = {
    packets: 0, ipv4: 0, ipv6: 0, nonIp: 0, unsupportedLink: 0, fragments: 0, malformed: 0,
    dnsMessages: 0, dnsNames: 0, tlsClientHellos: 0, tlsSni: 0, tlsReassembled: 0, httpRequests: 0,
  };
  private readonly dns = new DnsParser();
  private readonly hellos = new ClientHelloAssembler();
  private readonly sni = Buffer.allocUnsafe(255);
  private readonly ipv4Table: ReadonlyMap<number, unknown>;
  private readonly watchIpv6: boolean;
  private readonly watchUrls: boolean;
  // Context of the packet being decoded, for evidence.
  private timeMs = Number.NaN;
  private packetNo = 0;

  constructor(
    index: IndicatorIndex,
    private readonly matcher: NetworkMatcher,
  ) {
    this.ipv4Table = index.ipv4;
    this.watchIpv6 = index.ipv6.size > 0;
    this.watchUrls = index.urls.size > 0;
  }

  /** Handler for CaptureReader. */
  readonly onPacket = (b: Buffer, off: number, length: number, linkType: number, timeMs: number, packetNo: number): void => {
    this.stats.packets++;
    this.timeMs = timeMs;
    this.packetNo = packetNo;
    const end = off + length;
    let p = off;
    let ethertype = 0;
    switch (linkType) {
      case 1: // Ethernet
        if (length < 14) return this.bad();
        ethertype = u16(b, off + 12);
        p = off + 14;
        while (ethertype === 0x8100 || ethertype === 0x88a8 || ethertype === 0x9100) {
          if (p + 4 > end) return this.bad();
          ethertype = u16(b, p + 2);
          p += 4;
        }
        if (ethertype === 0x8864) { // PPPoE session
          if (p + 8 > end) return this.bad();
          const ppp = u16(b, p + 6);
          ethertype = ppp === 0x0021 ? 0x0800 : ppp === 0x0057 ? 0x86dd : 0;
          p += 8;
        }
        break;
      case 113: // Linux cooked capture (SLL)
        if (length < 16) return this.bad();
        ethertype = u16(b, off + 14);
        p = off + 16;
        break;
      case 276: // Linux cooked capture v2 (SLL2)
        if (length < 20) return this.bad();
        ethertype = u16(b, off);
        p = off + 20;
        break;
      case 101: // raw IP (also 12 and 14 on some systems)
      case 12:
      case 14:
        if (length < 1) return this.bad();
        ethertype = (b[off] as number) >> 4 === 4 ? 0x0800 : (b[off] as number) >> 4 === 6 ? 0x86dd : 0;
        break;
      case 228:
        ethertype = 0x0800;
        break;
      case 229:
        ethertype = 0x86dd;
        break;
      case 0: // BSD loopback: address family in host byte order
      case 108: { // OpenBSD loopback: network byte order
        if (length < 4) return this.bad();
        let family = linkType === 108 ? u32(b, off) : b.readUInt32LE(off);
        if (family > 0xffff) family = b.readUInt32BE(off);
        ethertype = family === 2 ? 0x0800 : family === 10 || family === 24 || family === 28 || family === 30 ? 0x86dd : 0;
        p = off + 4;
        break;
      }
      default:
        this.stats.unsupportedLink++;
        return;
    }
    if (ethertype === 0x0800) this.ipv4(b, p, end);
    else if (ethertype === 0x86dd) this.ipv6(b, p, end);
    else this.stats.nonIp++;
  };

  private bad(): void {
    this.stats.malformed++;
  }

  private ipDetails(via: ObservationVia): { via: ObservationVia; packet: number } {
    return { via, packet: this.packetNo };
  }

  private ipv4(b: Buffer, p: number, end: number): void {
    if (p + 20 > end || (b[p] as number) >> 4 !== 4) return this.bad();
    this.stats.ipv4++;
    const headerLength = ((b[p] as number) & 0x0f) * 4;
    const total = u16(b, p + 2);
    if (headerLength < 20 || total < headerLength) return this.bad();
    const ipEnd = Math.min(end, p + total);
    const dst = u32(b, p + 16);
    const src = u32(b, p + 12);
    if (this.ipv4Table.size > 0) {
      if (this.ipv4Table.has(dst)) this.matcher.ipv4(dst, this.ipDetails('destination_ip'), this.timeMs);
      if (this.ipv4Table.has(src)) this.matcher.ipv4(src, this.ipDetails('source_ip'), this.timeMs);
    }
    if ((u16(b, p + 6) & 0x1fff) !== 0) {
      this.stats.fragments++;
      return;
    }
    this.transport(b[p + 9] as number, b, p + headerLength, ipEnd, p + 12, 8);
  }

  private ipv6(b: Buffer, p: number, end: number): void {
    if (p + 40 > end || (b[p] as number) >> 4 !== 6) return this.bad();
    this.stats.ipv6++;
    const payloadLength = u16(b, p + 4);
    const ipEnd = payloadLength === 0 ? end : Math.min(end, p + 40 + payloadLength);
    if (this.watchIpv6) {
      this.matcher.ipv6(b, p + 24, this.ipDetails('destination_ip'), this.timeMs);
      this.matcher.ipv6(b, p + 8, this.ipDetails('source_ip'), this.timeMs);
    }
    let next = b[p + 6] as number;
    let q = p + 40;
    for (let hops = 0; hops < 8; hops++) {
      if (next === 0 || next === 43 || next === 60) {
        if (q + 2 > ipEnd) return this.bad();
        next = b[q] as number;
        q += ((b[q + 1] as number) + 1) * 8;
      } else if (next === 44) {
        if (q + 8 > ipEnd) return this.bad();
        next = b[q] as number;
        if ((u16(b, q + 2) & 0xfff8) !== 0) {
          this.stats.fragments++;
          return;
        }
        q += 8;
      } else if (next === 51) {
        if (q + 2 > ipEnd) return this.bad();
        next = b[q] as number;
        q += ((b[q + 1] as number) + 2) * 4;
      } else break;
    }
    this.transport(next, b, q, ipEnd, p + 8, 32);
  }

  /** `addr`/`addrLength`: source+destination addresses, for TCP flow keys. */
  private transport(protocol: number, b: Buffer, p: number, end: number, addr: number, addrLength: number): void {
    if (protocol === 17) {
      if (p + 8 > end) return this.bad();
      const sport = u16(b, p);
      const dport = u16(b, p + 2);
      if (sport !== 53 && dport !== 53) return;
      const udpEnd = Math.min(end, p + Math.max(8, u16(b, p + 4)));
      this.dnsMessage(b, p + 8, udpEnd);
      return;
    }
    if (protocol !== 6) return;
    if (p + 20 > end) return this.bad();
    const dataOffset = ((b[p + 12] as number) >> 4) * 4;
    if (dataOffset < 20) return this.bad();
    const payload = p + dataOffset;
    if (payload >= end) return;
    const sport = u16(b, p);
    const dport = u16(b, p + 2);
    const ports = ((sport << 16) | dport) >>> 0;
    if (this.hellos.size > 0) {
      const key = ClientHelloAssembler.key(b, addr, addrLength, ports);
      const done = this.hellos.offer(key, b, addr, addrLength, ports, u32(b, p + 4), payload, end);
      if (done !== undefined) {
        this.stats.tlsReassembled++;
        const saved = [this.timeMs, this.packetNo] as const;
        this.timeMs = done.timeMs;
        this.packetNo = done.packet;
        this.clientHello(done.data, 0, done.data.length, -1, addr, addrLength, ports, 0);
        [this.timeMs, this.packetNo] = saved;
        return;
      }
    }
    const first = b[payload] as number;
    if (first === 0x16) this.clientHello(b, payload, end, u32(b, p + 4), addr, addrLength, ports, 1);
    else if (sport === 53 || dport === 53) {
      if (payload + 2 <= end) this.dnsMessage(b, payload + 2, Math.min(end, payload + 2 + u16(b, payload)));
    } else if (mayBeHttpRequest(b, payload)) this.http(b, payload, end);
  }

  /** `mayStart`: 1 when an incomplete record may be kept for reassembly. */
  private clientHello(b: Buffer, p: number, end: number, seq: number, addr: number, addrLength: number, ports: number, mayStart: number): void {
    const total = clientHelloRecordLength(b, p, end);
    if (total === -1) return;
    if (mayStart === 1) this.stats.tlsClientHellos++;
    const result = parseClientHello(b, p, end, this.sni);
    if (result > 0) {
      this.stats.tlsSni++;
      this.matcher.packetDomain(this.sni.toString('latin1', 0, result), 'tls_sni', this.packetNo, this.timeMs);
    } else if (result === NEED_MORE && mayStart === 1) {
      const key = ClientHelloAssembler.key(b, addr, addrLength, ports);
      this.hellos.start(key, b, addr, addrLength, ports, seq, p, end, total, this.timeMs, this.packetNo);
    }
  }

  private dnsMessage(b: Buffer, p: number, end: number): void {
    if (this.dns.parse(b, p, end, this)) this.stats.dnsMessages++;
    else this.bad();
  }

  private http(b: Buffer, p: number, end: number): void {
    const request = parseHttpRequest(b, p, end);
    if (request === undefined) return;
    this.stats.httpRequests++;
    const details = { via: 'http_host' as const, packet: this.packetNo };
    this.matcher.host(stripPort(request.host), details, this.timeMs);
    if (this.watchUrls) {
      const url = request.target.startsWith('/') ? `http://${request.host}${request.target}` : request.target;
      this.matcher.url(url, { via: 'http_url', packet: this.packetNo }, this.timeMs);
    }
  }

  // DnsSink
  name(name: string, answer: boolean): void {
    this.stats.dnsNames++;
    this.matcher.packetDomain(name, answer ? 'dns_answer' : 'dns_query', this.packetNo, this.timeMs);
  }

  ipv4Answer(value: number): void {
    if (this.ipv4Table.has(value)) this.matcher.ipv4(value, this.ipDetails('dns_answer'), this.timeMs);
  }

  ipv6Answer(bytes: Uint8Array, offset: number): void {
    if (this.watchIpv6) this.matcher.ipv6(bytes, offset, this.ipDetails('dns_answer'), this.timeMs);
  }
}
