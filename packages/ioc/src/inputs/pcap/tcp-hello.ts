/**
 * Completes ClientHellos split over several TCP segments.
 *
 * When the first segment of a flow holds an incomplete ClientHello, its bytes are kept with the
 * sequence number expected next; in-order continuation segments are appended until the record
 * is complete. Bounded: at most MAX_PENDING flows (oldest evicted first), each holding at most
 * one TLS record (≤ 18 KiB), so at most ≈ 4.6 MB whatever the capture.
 *
 * Flows are keyed by a 32-bit hash of addresses and ports computed without allocation; the
 * stored addresses and ports are compared on a hash hit to rule out collisions.
 */
export const MAX_PENDING = 256;

interface Pending {
  addresses: Buffer;
  ports: number;
  nextSeq: number;
  data: Buffer;
  have: number;
  timeMs: number;
  packet: number;
}

export class ClientHelloAssembler {
  private readonly pending = new Map<number, Pending>();
  completed = 0;
  evicted = 0;

  get size(): number {
    return this.pending.size;
  }

  /** Hash of the address bytes `b[a, a + n)` and the two ports. */
  static key(b: Uint8Array, a: number, n: number, ports: number): number {
    let h = 0x811c9dc5 ^ ports;
    for (let i = a; i < a + n; i += 4) {
      const word = ((b[i] as number) << 24) | ((b[i + 1] as number) << 16) | ((b[i + 2] as number) << 8) | (b[i + 3] as number);
      h = Math.imul(h ^ word, 0x01000193);
      h ^= h >>> 15;
    }
    return h >>> 0;
  }

  /** Starts assembling a record of `total` bytes from the first segment `b[p, end)`. */
  start(key: number, b: Uint8Array, a: number, n: number, ports: number, seq: number, p: number, end: number, total: number, timeMs: number, packet: number): void {
    if (this.pending.size >= MAX_PENDING) {
      const oldest = this.pending.keys().next().value as number;
      this.pending.delete(oldest);
      this.evicted++;
    }
    const data = Buffer.allocUnsafe(total);
    data.set(b.subarray(p, end), 0);
    this.pending.set(key, {
      addresses: Buffer.from(b.subarray(a, a + n)),
      ports,
      nextSeq: (seq + (end - p)) >>> 0,
      data,
      have: end - p,
      timeMs,
      packet,
    });
  }

  /**
   * Offers a later segment. Returns the completed record (with the time and packet number of
   * its first segment) when this segment completes one, undefined otherwise.
   */
  offer(key: number, b: Uint8Array, a: number, n: number, ports: number, seq: number, p: number, end: number): Pending | undefined {
    const entry = this.pending.get(key);
    if (entry === undefined || entry.ports !== ports || entry.nextSeq !== seq) return undefined;
    if (entry.addresses.compare(b, a, a + n) !== 0) return undefined;
    const take = Math.min(end - p, entry.data.length - entry.have);
    entry.data.set(b.subarray(p, p + take), entry.have);
    entry.have += take;
    entry.nextSeq = (entry.nextSeq + take) >>> 0;
    if (entry.have < entry.data.length) return undefined;
    this.pending.delete(key);
    this.completed++;
    return entry;
  }
}
