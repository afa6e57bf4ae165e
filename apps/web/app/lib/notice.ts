/**
 * Messages after a redirect travel in the query string (`?notice=saved`), never in a cookie:
 * visitors get no cookie, and the page shows only messages from its own list.
 */
export function noticeFrom<T extends string>(request: Request, allowed: readonly T[]): T | null {
  const notice = new URL(request.url).searchParams.get('notice');
  return notice && (allowed as readonly string[]).includes(notice) ? (notice as T) : null;
}
