/**
 * TLS ClientHello server name (SNI): the host name a device asks for when it opens an HTTPS
 * connection, visible even though the rest is encrypted.
 *
 * Most ClientHellos fit in the first TCP segment. Modern ones with post-quantum key shares are
 * larger than one segment and may put the SNI in the second, so an incomplete ClientHello is
 * kept (see tcp-hello.ts) and completed from the following in-order segments.
 */
import { u16, u24 } from './bytes.ts';

/** `parseClientHello` results other than an SNI length. */
export const NOT_CLIENT_HELLO = -1;
export const NEED_MORE = -2;
export const NO_SNI = 0;
export const MAX_TLS_RECORD = 16384 + 2048;

/** Total length (header included) of the TLS handshake record at `p`, or -1 if it is not one. */
export function clientHelloRecordLength(b: Uint8Array, p: number, end: number): number {
  if (end - p < 6 || b[p] !== 0x16 || b[p + 1] !== 0x03 || (b[p + 2] as number) > 0x04 || b[p + 5] !== 0x01) return -1;
  const length = u16(b, p + 3);
  return length < 4 || length > MAX_TLS_RECORD ? -1 : 5 + length;
}

/**
 * Parses the ClientHello record at `p`. Returns the SNI length written (lower case) into
 * `scratch`, NO_SNI, NOT_CLIENT_HELLO, or NEED_MORE when the segment ends before the SNI
 * extension was reached and the record continues in later segments.
 */
export function parseClientHello(b: Uint8Array, p: number, end: number, scratch: Uint8Array): number {
  const total = clientHelloRecordLength(b, p, end);
  if (total === -1) return NOT_CLIENT_HELLO;
  const recordEnd = p + total;
  const avail = Math.min(end, recordEnd);
  // Running past `avail` means "more bytes needed" while the record continues beyond this
  // segment, and "malformed" when the record itself is too short.
  const short = (): number => (avail < recordEnd ? NEED_MORE : NOT_CLIENT_HELLO);
  const bodyEnd = Math.min(p + 9 + u24(b, p + 6), recordEnd);
  let q = p + 9 + 2 + 32; // version, random
  if (q + 1 > avail) return short();
  q += 1 + (b[q] as number); // session id
  if (q + 2 > avail) return short();
  q += 2 + u16(b, q); // cipher suites
  if (q + 1 > avail) return short();
  q += 1 + (b[q] as number); // compression methods
  if (q + 2 > avail) return q >= bodyEnd ? NO_SNI : short();
  const extensionsEnd = Math.min(q + 2 + u16(b, q), bodyEnd);
  q += 2;
  while (q + 4 <= extensionsEnd) {
    if (q + 4 > avail) return short();
    const type = u16(b, q);
    const length = u16(b, q + 2);
    if (type === 0) {
      const stop = q + 4 + length;
      if (stop > avail) return short();
      let r = q + 6; // skip the server name list length
      while (r + 3 <= stop) {
        const nameType = b[r] as number;
        const nameLength = u16(b, r + 1);
        if (r + 3 + nameLength > stop) return NOT_CLIENT_HELLO;
        if (nameType === 0) {
          const n = Math.min(nameLength, scratch.length);
          for (let i = 0; i < n; i++) {
            const c = b[r + 3 + i] as number;
            scratch[i] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
          }
          return n;
        }
        r += 3 + nameLength;
      }
      return NO_SNI;
    }
    q += 4 + length;
  }
  return NO_SNI; // every extension header was seen, none was server_name
}
