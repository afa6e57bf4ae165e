import { loadActor, mustUseTwoFactor } from '@destalk/core/accounts/actor';
import { lessonView } from '@destalk/core/learning/queries/lesson';
import type { Platform } from '@destalk/core/platform';
import type { RequestHandler } from 'express';
import { localeOf } from '../app/lib/i18n.server.ts';
import { cachedRender, keyOf, withNonce } from '../app/lib/render-cache.server.ts';
import { rootData } from '../app/lib/root-data.server.ts';

const LESSON_PATH = /^\/learn\/cohorts\/([^/]+)\/lessons\/([^/]+)$/;

/**
 * The lesson page without React Router's request pipeline when its render is already memoised
 * (ADR 0013). It runs what the page's loaders run — the session, the seat (authorisation), the
 * lesson with the learner's progress — builds the same loader data by route id, and answers
 * only when the memo holds exactly that page. Anything else (no session, no seat, two-step
 * set-up due, a render not yet memoised, any error) goes on to React Router unchanged.
 */
export function lessonFastPath(platform: Platform, onHit: () => void): RequestHandler {
  return async (req, res, next) => {
    const match = req.method === 'GET' && req.headers.cookie ? LESSON_PATH.exec(req.path) : null;
    if (!match || req.path.endsWith('.data') || req.url.includes('?')) return next();
    try {
      const headers = new Headers({ cookie: req.headers.cookie!, 'accept-language': req.get('accept-language') ?? '' });
      const actor = await loadActor(platform, headers);
      if (!actor || (mustUseTwoFactor(actor) && !actor.twoFactorEnabled)) return next();
      const locale = localeOf(actor.locale, headers);
      const lesson = await lessonView(platform, actor, decodeURIComponent(match[1]!), decodeURIComponent(match[2]!), locale);
      const key = keyOf(req.path, locale, {
        root: rootData(actor, locale, platform.config),
        'routes/app-layout': null,
        'routes/learn-lesson': { title: lesson.title, lesson },
      });
      const html = cachedRender(key);
      if (html === undefined) return next();
      onHit();
      res.status(200).type('text/html; charset=utf-8').send(withNonce(html, String(res.locals.nonce)));
    } catch {
      next();
    }
  };
}
