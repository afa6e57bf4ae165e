import type { RequestHandler } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests sent from another site (CSRF), for every route including
 * resource routes, which React Router's own check skips. Browsers send `Origin` on every POST;
 * when it is missing, `Sec-Fetch-Site` decides.
 */
export function originCheck(allowedOrigins: string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    // "null" is what a browser sends when the referrer policy hides the origin: judge by Sec-Fetch-Site.
    const origin = req.get('origin') === 'null' ? undefined : req.get('origin');
    const site = req.get('sec-fetch-site');
    const ok = origin ? allowed.has(origin) : site === undefined || site === 'same-origin' || site === 'none';
    if (ok) return next();
    res.status(403).type('text/plain').send('Cross-site request refused.');
  };
}
