import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { EntryContext } from 'react-router';

/**
 * Memoised server renders (ADR 0013). A page's HTML is a pure function of its URL, its language
 * and the data its loaders returned; a route that opts in with `handle: { renderCache: true }`
 * is rendered once per distinct input and then served from memory, while its loaders still run
 * on every request (authorisation, progress). The per-request CSP nonce is rendered as a secret
 * placeholder and replaced on the way out, so no two responses share a nonce.
 */

/** Random per process: content can never contain it, so it cannot be turned into a nonce. */
export const NONCE_PLACEHOLDER = `n${randomBytes(24).toString('base64url')}`;

const MAX_BYTES = Number(process.env.RENDER_CACHE_MB ?? 32) * 1024 * 1024;
const renders = new LRUCache<string, string>({ maxSize: Math.max(1, MAX_BYTES), sizeCalculation: (html) => Math.max(1, html.length * 2) });

export interface RenderHandle {
  renderCache?: boolean;
}

/** The cache key of this document render, or null when it must be rendered afresh. */
export function renderKey(request: Request, routerContext: EntryContext, statusCode: number, locale: string): string | null {
  if (MAX_BYTES <= 0 || request.method !== 'GET' || statusCode !== 200) return null;
  const state = routerContext.staticHandlerContext;
  if (state.actionData || state.errors) return null;
  const leaf = state.matches.at(-1);
  const handle = leaf ? (routerContext.routeModules[leaf.route.id]?.handle as RenderHandle | undefined) : undefined;
  if (handle?.renderCache !== true) return null;
  const url = new URL(request.url);
  return keyOf(url.pathname + url.search, locale, state.loaderData);
}

/**
 * The key from the inputs themselves: the path, the language and every matched route's loader
 * data by route id, in match order (what React Router's own state holds).
 */
export function keyOf(pathAndSearch: string, locale: string, loaderData: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify([pathAndSearch, locale, loaderData])).digest('base64url');
}

export function cachedRender(key: string): string | undefined {
  return renders.get(key);
}

export function storeRender(key: string, html: string): void {
  renders.set(key, html);
}

/** The cached HTML with this response's nonce in place of the placeholder. */
export function withNonce(html: string, nonce: string): string {
  return html.replaceAll(NONCE_PLACEHOLDER, nonce);
}
