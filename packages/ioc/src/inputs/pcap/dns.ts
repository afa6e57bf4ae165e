/**
 * DNS message parsing for the packet scanner: question names, and in responses the A, AAAA
 * and CNAME answers (a C2 address can show up only as an answer, and CNAME chains reveal the
 * real host behind an innocent-looking name).
 *
 * Names are decoded into one reused scratch buffer, lower-cased on the way, and turned into a
 * string once per name. Compression pointers are followed with a hop limit, and every read is
 * bounds-checked: a malformed message is counted and skipped, never thrown.
 */
import { u16, u32 } from './bytes.ts';

export interface DnsSink {
  name(name: string, answer: boolean): void;
  ipv4Answer(value: number): void;
  ipv6Answer(bytes: Uint8Array, offset: number): void;
}

const MAX_QUESTIONS = 16;
const MAX_ANSWERS = 128;

export class DnsParser {
  private readonly scratch = Buffer.allocUnsafe(256);
  private nameLength = 0;

  /**
   * Decodes the name at `p` into the scratch buffer. Returns the offset after the name in the
   * message (not after a pointer target), or -1 when the name is malformed.
   */
  private readName(b: Uint8Array, message: number, p: number, end: number): number {
    let out = 0;
    let after = -1;
    let hops = 0;
    const scratch = this.scratch;
    for (;;) {
      if (p >= end) return -1;
      const length = b[p] as number;
      if (length === 0) {
        if (after === -1) after = p + 1;
        break;
      }
      if ((length & 0xc0) === 0xc0) {
        if (p + 1 >= end || ++hops > 32) return -1;
        if (after === -1) after = p + 2;
        p = message + (((length & 0x3f) << 8) | (b[p + 1] as number));
        continue;
      }
      if ((length & 0xc0) !== 0 || p + 1 + length > end || out + length + 1 > 255) return -1;
      if (out > 0) scratch[out++] = 0x2e;
      for (let i = p + 1, stop = p + 1 + length; i < stop; i++) {
        const c = b[i] as number;
        scratch[out++] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
      }
      p += 1 + length;
    }
    this.nameLength = out;
    return after;
  }

  private skipName(b: Uint8Array, p: number, end: number): number {
    while (p < end) {
      const length = b[p] as number;
      if (length === 0) return p + 1;
      if ((length & 0xc0) === 0xc0) return p + 2;
      if ((length & 0xc0) !== 0) return -1;
      p += 1 + length;
    }
    return -1;
  }

  private nameString(): string {
    return this.scratch.toString('latin1', 0, this.nameLength);
  }

  /** Parses the DNS message in `b[start, end)`. Returns false when it is malformed. */
  parse(b: Uint8Array, start: number, end: number, sink: DnsSink): boolean {
    if (end - start < 12) return false;
    const response = (b[start + 2] as number) & 0x80;
    const questions = u16(b, start + 4);
    const answers = u16(b, start + 6);
    if (questions > MAX_QUESTIONS) return false;
    let p = start + 12;
    for (let i = 0; i < questions; i++) {
      p = this.readName(b, start, p, end);
      if (p === -1 || p + 4 > end) return false;
      p += 4;
      if (this.nameLength > 0) sink.name(this.nameString(), false);
    }
    if (response === 0) return true;
    const count = Math.min(answers, MAX_ANSWERS);
    for (let i = 0; i < count; i++) {
      p = this.skipName(b, p, end);
      if (p === -1 || p + 10 > end) return false;
      const type = u16(b, p);
      const rdLength = u16(b, p + 8);
      const rdata = p + 10;
      if (rdata + rdLength > end) return false;
      if (type === 1 && rdLength === 4) sink.ipv4Answer(u32(b, rdata));
      else if (type === 28 && rdLength === 16) sink.ipv6Answer(b, rdata);
      else if (type === 5 && this.readName(b, start, rdata, rdata + rdLength) !== -1 && this.nameLength > 0) {
        sink.name(this.nameString(), true);
      }
      p = rdata + rdLength;
    }
    return true;
  }
}
