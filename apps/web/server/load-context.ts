import type { Actor } from '@destalk/core/accounts/actor';
import type { Platform } from '@destalk/core/platform';

/**
 * What every loader and action receives from the server besides the request. The actor is
 * loaded lazily and at most once per request, however many loaders run.
 */
export interface RequestContext {
  platform: Platform;
  requestId: string;
  /** Per-request CSP nonce for the scripts React Router renders. */
  nonce: string;
  /** The client's address, for rate limiting only (hashed, never stored). */
  clientAddress: string;
  actor(): Promise<Actor | null>;
}

declare module 'react-router' {
  interface AppLoadContext extends RequestContext {}
}
