import { PassThrough } from 'node:stream';
import { createReadableStreamFromReadable } from '@react-router/node';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { AppLoadContext, EntryContext } from 'react-router';
import { ServerRouter } from 'react-router';
import { getLocale, i18nForRender } from './lib/i18n.server.ts';
import { NonceContext } from './lib/nonce.tsx';
import { cachedRender, NONCE_PLACEHOLDER, renderKey, storeRender, withNonce } from './lib/render-cache.server.ts';

export const streamTimeout = 5_000;

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const locale = await getLocale(request, loadContext);
  const key = renderKey(request, routerContext, responseStatusCode, locale);
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  if (key !== null) {
    const html = cachedRender(key) ?? (await renderComplete(request, routerContext, loadContext, locale, key));
    return new Response(withNonce(html, loadContext.nonce), { headers: responseHeaders, status: responseStatusCode });
  }
  return renderStreaming(request, responseStatusCode, responseHeaders, routerContext, loadContext, locale);
}

function app(request: Request, routerContext: EntryContext, locale: Parameters<typeof i18nForRender>[0], nonce: string) {
  return (
    <NonceContext.Provider value={nonce}>
      <I18nextProvider i18n={i18nForRender(locale)}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </I18nextProvider>
    </NonceContext.Provider>
  );
}

/** A page whose render is memoised: rendered whole, with the nonce placeholder, then kept. */
function renderComplete(request: Request, routerContext: EntryContext, loadContext: AppLoadContext, locale: Parameters<typeof i18nForRender>[0], key: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let failed = false;
    const { pipe, abort } = renderToPipeableStream(app(request, routerContext, locale, NONCE_PLACEHOLDER), {
      nonce: NONCE_PLACEHOLDER,
      onAllReady() {
        const body = new PassThrough();
        const chunks: Buffer[] = [];
        body.on('data', (chunk: Buffer) => chunks.push(chunk));
        body.on('end', () => {
          const html = Buffer.concat(chunks).toString('utf8');
          if (!failed) storeRender(key, html);
          resolve(html);
        });
        pipe(body);
      },
      onShellError: reject,
      onError(error: unknown) {
        failed = true;
        loadContext.platform.logger.error({ err: error, requestId: loadContext.requestId }, 'render error');
      },
    });
    setTimeout(abort, streamTimeout + 1000).unref();
  });
}

function renderStreaming(
  request: Request,
  initialStatus: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
  locale: Parameters<typeof i18nForRender>[0],
): Promise<Response> {
  let responseStatusCode = initialStatus;
  const nonce = loadContext.nonce;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get('user-agent');
    // Crawlers and no-JS clients get the complete document at once.
    const readyOption = (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? 'onAllReady' : 'onShellReady';
    const { pipe, abort } = renderToPipeableStream(app(request, routerContext, locale, nonce), {
      nonce,
      [readyOption]() {
        shellRendered = true;
        const body = new PassThrough();
        const stream = createReadableStreamFromReadable(body);
        resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
        pipe(body);
      },
      onShellError(error: unknown) {
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) loadContext.platform.logger.error({ err: error, requestId: loadContext.requestId }, 'render error');
      },
    });
    // The abort timer starts after rendering began (STACK.md pitfall 1).
    setTimeout(abort, streamTimeout + 1000).unref();
  });
}
