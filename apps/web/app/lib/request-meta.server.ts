import type { RequestMeta } from '@destalk/core/accounts/auth-call';
import type { AppLoadContext } from 'react-router';
import { getLocale } from './i18n.server.ts';

/** What account commands need from the request: cookies, client address (for limits), id, language. */
export async function requestMeta(request: Request, context: AppLoadContext): Promise<RequestMeta> {
  const headers = new Headers();
  const cookie = request.headers.get('cookie');
  if (cookie) headers.set('cookie', cookie);
  const userAgent = request.headers.get('user-agent');
  if (userAgent) headers.set('user-agent', userAgent.slice(0, 300));
  return { headers, clientAddress: context.clientAddress, requestId: context.requestId, locale: await getLocale(request, context) };
}
