/** The only cookie an anonymous visitor can get: the language they picked themselves. */
export const LOCALE_COOKIE = 'destalk_lang';

export function readCookie(from: Request | Headers, name: string): string | undefined {
  const header = (from instanceof Headers ? from : from.headers).get('cookie');
  if (!header) return undefined;
  for (const part of header.split(/;\s*/)) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq) === name) return decodeURIComponent(part.slice(eq + 1));
  }
  return undefined;
}

export function localeCookie(locale: string, secure: boolean): string {
  return `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure ? '; Secure' : ''}`;
}
