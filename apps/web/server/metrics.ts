import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics: process defaults plus request counts and latencies by kind and status. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'destalk_' });
  const requests = new Counter({
    name: 'destalk_http_requests_total',
    help: 'HTTP requests by method, kind and status class',
    labelNames: ['method', 'kind', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'destalk_http_request_duration_seconds',
    help: 'HTTP request duration by kind',
    labelNames: ['kind'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const fastPages = new Counter({
    name: 'destalk_memoised_pages_served_total',
    help: 'Pages answered from a memoised render without the React Router pipeline (ADR 0013)',
    registers: [registry],
  });
  const kindOf = (path: string) =>
    path.startsWith('/assets/') ? 'asset' : path.endsWith('.data') ? 'data' : /^\/(healthz|readyz|metrics)$/.test(path) ? 'ops' : 'page';

  const middleware: RequestHandler = (req, res, next) => {
    const end = duration.startTimer({ kind: kindOf(req.path) });
    res.on('finish', () => {
      end();
      requests.inc({ method: req.method, kind: kindOf(req.path), status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  };
  return { registry, middleware, renderCacheHit: () => fastPages.inc() };
}
