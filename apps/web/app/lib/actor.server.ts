import type { Actor } from '@destalk/core/accounts/actor';
import type { AppLoadContext } from 'react-router';
import { signInRedirect } from './errors.server.ts';

/**
 * The signed-in person, or a redirect to sign-in. Call it in every loader and action of a
 * protected route: React Router runs only the loaders a request asks for, so a parent layout's
 * check protects nothing.
 */
export async function requireActor(request: Request, context: AppLoadContext): Promise<Actor> {
  const actor = await context.actor();
  if (!actor) throw signInRedirect(request);
  return actor;
}
