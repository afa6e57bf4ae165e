/**
 * URL indicators are compared as "host/path" without scheme, query or fragment: a capture only
 * shows `http://` requests, while feeds often write `https://`, and the same download link is
 * the same indicator either way. A URL matches an indicator with the same host and the
 * indicator's path or a path below it on a `/` boundary.
 */

/** "host/path" (host lower case, path as written, no trailing slash), or undefined. */
export function urlKey(text: string): string | undefined {
  let input = text.trim();
  if (input === '') return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) input = `http://${input}`;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  if (url.hostname === '') return undefined;
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path === '/' ? url.hostname : `${url.hostname}${path}`;
}

/** The key itself and each shorter path prefix, most specific first; never the bare host. */
export function urlPrefixes(key: string): string[] {
  const prefixes: string[] = [];
  const hostEnd = key.indexOf('/');
  if (hostEnd === -1) return prefixes;
  let current = key;
  while (current.length > hostEnd) {
    prefixes.push(current);
    const cut = current.lastIndexOf('/');
    if (cut <= hostEnd) break;
    current = current.slice(0, cut);
  }
  return prefixes;
}
