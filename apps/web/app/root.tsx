import { DEFAULT_APP_NAME, DEFAULT_EXIT_URL } from '@destalk/core/config/defaults';
import { Container, exitControlScript } from '@destalk/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useMatches, useRouteError, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import stylesheet from './app.css?url';
import { PublicShell, type ShellInfo } from './components/public-shell.tsx';
import { getLocale } from './lib/i18n.server.ts';
import { useNonce } from './lib/nonce.tsx';
import { rootData } from './lib/root-data.server.ts';

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  return rootData(await context.actor(), await getLocale(request, context), context.platform.config);
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData(): RootData | undefined {
  return useRouteLoaderData<typeof loader>('root');
}

export function shellInfo(root: RootData | undefined, fallbackLocale: string): ShellInfo {
  return {
    appName: root?.appName ?? DEFAULT_APP_NAME,
    exitUrl: root?.exitUrl ?? DEFAULT_EXIT_URL,
    locale: root?.locale ?? fallbackLocale,
    signedIn: Boolean(root?.user),
  };
}

/** Routes whose `handle` says `{ hydrate: false }` ship no application JavaScript (campaign pages). */
export interface RouteHandle {
  hydrate?: boolean;
}

const EXIT_CONTROL_SCRIPT = exitControlScript();

export function Layout({ children }: { children: ReactNode }) {
  const root = useRootData();
  const { i18n } = useTranslation();
  const nonce = useNonce();
  const staticPage = useMatches().some((m) => (m.handle as RouteHandle | undefined)?.hydrate === false);
  return (
    <html lang={root?.locale ?? i18n.language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <meta name="csp-nonce" nonce={nonce} />
        <meta name="robots" content="noindex" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-dvh flex-col">
        {children}
        {staticPage ? (
          // Only the exit control's behaviour: a few kB, no framework, nothing to hydrate.
          <script nonce={nonce} dangerouslySetInnerHTML={{ __html: EXIT_CONTROL_SCRIPT }} />
        ) : (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        )}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const meta: Route.MetaFunction = ({ data }) => [{ title: data?.appName ?? DEFAULT_APP_NAME }];

const KNOWN_STATUSES = new Set([400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 503]);

/** One translated error page per status, inside the public shell (with the exit control). */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t, i18n } = useTranslation();
  const root = useRootData();
  const raw = isRouteErrorResponse(error) ? error.status : 500;
  const status = KNOWN_STATUSES.has(raw) ? raw : raw >= 500 ? 500 : 400;
  return (
    <PublicShell info={shellInfo(root, i18n.language)}>
      <title>{`${t(`errors:status.${status}.title`)} – ${root?.appName ?? DEFAULT_APP_NAME}`}</title>
      <Container size="narrow">
        <p className="text-sm font-semibold text-muted">{status}</p>
        <h1 className="mt-1 text-3xl">{t(`errors:status.${status}.title`)}</h1>
        <p className="mt-4 text-lg text-muted">{t(`errors:status.${status}.text`)}</p>
        <p className="mt-8">
          <Link to="/">{t('errors:goHome')}</Link>
        </p>
      </Container>
    </PublicShell>
  );
}
