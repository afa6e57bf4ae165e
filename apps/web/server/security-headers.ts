import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Security headers for every response. Scripts run only with the per-request nonce (no inline
 * script without it, nothing from another origin); styles come from our own files (style
 * attributes are allowed: component libraries position popovers with them). Every page is
 * `no-store`: a shared or watched device must not be able to show a page again from cache.
 */
export function securityHeaders(options: { secure: boolean; development: boolean }): RequestHandler {
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString('base64');
    res.locals.nonce = nonce;
    const scriptSrc = options.development ? `'self' 'nonce-${nonce}' 'unsafe-eval'` : `'self' 'nonce-${nonce}'`;
    const connectSrc = options.development ? `'self' ws://localhost:24679` : `'self'`;
    // react-aria adds one small <style> at run time; it carries the nonce (read from <meta name="csp-nonce">).
    const styleSrc = options.development ? `'self' 'unsafe-inline'` : `'self' 'nonce-${nonce}'`;
    res.setHeader(
      'Content-Security-Policy',
      [
        `default-src 'self'`,
        `script-src ${scriptSrc}`,
        `style-src ${styleSrc}`,
        `style-src-attr 'unsafe-inline'`,
        `img-src 'self' data:`,
        `font-src 'self'`,
        `connect-src ${connectSrc}`,
        `form-action 'self'`,
        `frame-ancestors 'none'`,
        `base-uri 'none'`,
        `object-src 'none'`,
        ...(options.secure ? ['upgrade-insecure-requests'] : []),
      ].join('; '),
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    // No referrer to other sites: leaving through "Exit this page" must not tell the next site
    // where from. (Same-origin requests keep their Origin header, which the CSRF check reads.)
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (options.secure) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
    next();
  };
}
