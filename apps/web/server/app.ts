import 'react-router';
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadActor } from '@destalk/core/accounts/actor';
import { bootPlatform } from '@destalk/core/boot';
import { describeConfig, loadConfig } from '@destalk/core/config/index';
import { createLogger } from '@destalk/core/logger';
import { createPlatform, type Platform } from '@destalk/core/platform';
import { sql } from '@destalk/db';
import { createRequestHandler } from '@react-router/express';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppLoadContext, ServerBuild } from 'react-router';
import type { ViteDevServer } from 'vite';
import type { RequestContext } from './load-context.ts';
import { resolveLocale } from '@destalk/core/i18n/locales';
import { translatorForLocale } from '../app/lib/i18n.server.ts';
import { admission } from './admission.ts';
import { runPrimary } from './cluster.ts';
import { lessonFastPath } from './lesson-fast-path.ts';
import { createMetrics } from './metrics.ts';
import { originCheck } from './origin-check.ts';
import { securityHeaders } from './security-headers.ts';

export interface StartOptions {
  /** Vite in middleware mode (development only). */
  vite?: ViteDevServer;
  env?: Record<string, string | undefined>;
}

export interface RunningServer {
  app: Express;
  platform: Platform;
  /** Stops accepting work, finishes what runs, closes the database. */
  shutdown(): Promise<void>;
}

/** Builds the whole server: platform, boot (migrations, seed, jobs), Express app around React Router. */
export async function createServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig(options.env ?? process.env);
  const platform = createPlatform(config);
  const boot = await bootPlatform(platform);
  const log = platform.logger;
  log.info({ migrations: boot.migrationsApplied, demoSeeded: boot.demoSeeded }, `DeStalk ready: ${describeConfig(config)}`);

  let shuttingDown = false;
  const app = express();
  app.disable('x-powered-by');
  // Pages are never cached (no-store), so an ETag would only cost a hash of every body.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const metrics = createMetrics();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only method, path (no query string: it may hold a one-time token) and status.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' || (req.url ?? '').startsWith('/assets/') },
    }),
  );
  app.use(metrics.middleware);

  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) return void res.status(503).type('text/plain').send('shutting down');
    try {
      await sql`select 1`.execute(platform.db);
      res.type('text/plain').send('ready');
    } catch {
      res.status(503).type('text/plain').send('database unavailable');
    }
  });
  app.get('/metrics', async (req, res) => {
    const token = process.env.METRICS_TOKEN;
    if (token && req.get('authorization') !== `Bearer ${token}`) return void res.status(401).end();
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.use(admission(ADMISSION_LIMIT, ADMISSION_QUEUE, (acceptLanguage) => translatorForLocale(resolveLocale({ acceptLanguage }))('common:busy')));
  app.use(securityHeaders({ secure: config.secure, development: Boolean(options.vite) }));
  app.use(originCheck([config.publicUrl]));

  if (options.vite) {
    app.use(options.vite.middlewares);
  } else {
    const client = join(dirname(fileURLToPath(import.meta.url)), '../client');
    app.use('/assets', express.static(join(client, 'assets'), { immutable: true, maxAge: '1y', index: false }));
    // The few files at the top of the build (favicon…), without a file-system lookup for every page.
    const topFiles = new Set(readdirSync(client, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => `/${e.name}`));
    const topStatic = express.static(client, { maxAge: '1h', index: false });
    app.use((req, res, next) => (topFiles.has(req.path) ? topStatic(req, res, next) : next()));
  }

  const withOrigins = (build: ServerBuild): ServerBuild => ({ ...build, allowedActionOrigins: [new URL(config.publicUrl).host] });
  // In development the build is a function, so every request sees the latest code. In
  // production it is the module itself: given a function, React Router rebuilds its route tree
  // and handlers on every request (a large share of a page's time).
  const build = options.vite
    ? async () => withOrigins((await options.vite!.ssrLoadModule('virtual:react-router/server-build')) as ServerBuild)
    : withOrigins((await import('virtual:react-router/server-build')) as unknown as ServerBuild);

  app.use((req, res, next) => {
    // Pages are personal or may be seen on a watched device: never cached anywhere.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Cookie, Accept-Language');
    next();
  });

  // The most-read page straight from its memoised render (the loaders' work still runs).
  if (!options.vite) app.get('/learn/cohorts/:cohortId/lessons/:lessonKey', lessonFastPath(platform, metrics.renderCacheHit));

  app.all(
    '/{*path}',
    createRequestHandler({
      build,
      getLoadContext(req, res): AppLoadContext {
        let actor: ReturnType<RequestContext['actor']> | undefined;
        const headers = new Headers();
        if (req.headers.cookie) headers.set('cookie', req.headers.cookie);
        return {
          platform,
          requestId: String(req.id),
          nonce: String(res.locals.nonce),
          clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          actor: () => (actor ??= loadActor(platform, headers)),
        };
      },
    }),
  );

  return {
    app,
    platform,
    async shutdown() {
      shuttingDown = true;
      boot.stop();
      await platform.close();
    },
  };
}

const LISTEN_BACKLOG = 4096;
/** Requests worked on at once per process, and how many may wait (see admission.ts). */
const ADMISSION_LIMIT = 32;
const ADMISSION_QUEUE = 10_000;

/** Starts listening and handles SIGTERM/SIGINT gracefully (used by server.js). */
export async function start(options: StartOptions = {}): Promise<void> {
  if (!options.vite && cluster.isPrimary) {
    const config = loadConfig(options.env ?? process.env);
    if (config.webConcurrency > 1) return runPrimary(config.webConcurrency, createLogger(config.logLevel));
  }
  const running = await createServer(options);
  const { config, logger } = running.platform;
  // A deep accept queue: when many people act at once (a cohort opening), connections wait to be
  // accepted instead of being dropped and retried by the client a second later.
  const server = running.app.listen(config.port, config.host, LISTEN_BACKLOG, () => {
    logger.info(`listening on http://${config.host}:${config.port} (public URL ${config.publicUrl})`);
  });
  server.keepAliveTimeout = 65_000;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    server.close(() => {
      running
        .shutdown()
        .then(() => {
          logger.info('shutdown complete');
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
