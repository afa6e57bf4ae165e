/**
 * Plain-HTTP requests: the Host header and the request target, read from the first segment of
 * a request (headers of real requests fit in it; only the first 8 KiB are examined).
 */

const METHODS: readonly Buffer[] = ['GET ', 'POST ', 'HEAD ', 'PUT ', 'DELETE ', 'OPTIONS ', 'PATCH ', 'CONNECT ', 'TRACE '].map((m) => Buffer.from(m, 'latin1'));
const FIRST_BYTES: ReadonlySet<number> = new Set(METHODS.map((m) => m[0] as number));
const MAX_HEADER_BYTES = 8192;

export interface HttpRequestInfo {
  method: string;
  host: string;
  target: string;
}

function methodLength(b: Buffer, p: number, end: number): number {
  if (!FIRST_BYTES.has(b[p] as number)) return 0;
  for (const method of METHODS) {
    if (p + method.length <= end && b.compare(method, 0, method.length, p, p + method.length) === 0) return method.length;
  }
  return 0;
}

/** Cheap test for the packet loop: could `b[p]` start an HTTP request? */
export function mayBeHttpRequest(b: Uint8Array, p: number): boolean {
  return FIRST_BYTES.has(b[p] as number);
}

/** Parses the request at `p`, or returns undefined when it is not one with a Host header. */
export function parseHttpRequest(b: Buffer, p: number, end: number): HttpRequestInfo | undefined {
  const mLength = methodLength(b, p, end);
  if (mLength === 0) return undefined;
  const limit = Math.min(end, p + MAX_HEADER_BYTES);
  const lineEnd = b.indexOf(10, p);
  if (lineEnd === -1 || lineEnd >= limit) return undefined;
  const requestLine = b.toString('latin1', p, lineEnd).replace(/\r$/, '');
  const parts = requestLine.split(' ');
  if (parts.length !== 3 || !parts[2]?.startsWith('HTTP/')) return undefined;
  const method = parts[0] as string;
  const target = parts[1] as string;
  let host = method === 'CONNECT' ? target : '';
  let s = lineEnd + 1;
  while (s < limit) {
    const e = b.indexOf(10, s);
    const stop = e === -1 || e > limit ? limit : e;
    if (stop - s <= 1) break; // blank line: end of headers
    if (((b[s] as number) | 0x20) === 0x68 && stop - s > 5 && b.toString('latin1', s, s + 5).toLowerCase() === 'host:') {
      host = b.toString('latin1', s + 5, stop).trim();
      break;
    }
    if (e === -1) break;
    s = e + 1;
  }
  if (host === '') return undefined;
  return { method, host, target };
}

/** The host without its port (`example.com:8080`, `[2001:db8::1]:80`). */
export function stripPort(host: string): string {
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close === -1 ? host : host.slice(1, close);
  }
  const colon = host.lastIndexOf(':');
  return colon !== -1 && host.indexOf(':') === colon ? host.slice(0, colon) : host;
}
