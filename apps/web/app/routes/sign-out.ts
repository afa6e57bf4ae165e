import { signOut } from '@destalk/core/accounts/commands/sign-out';
import { redirect } from 'react-router';
import type { Route } from './+types/sign-out';
import { redirectWithCookies } from '../lib/forms.server.ts';
import { requestMeta } from '../lib/request-meta.server.ts';

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await context.actor();
  const setCookies = await signOut(context.platform, actor, await requestMeta(request, context));
  return redirectWithCookies('/sign-in?notice=signed-out', setCookies);
}

export function loader() {
  return redirect('/');
}
