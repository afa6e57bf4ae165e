import type { RequestHandler } from 'express';

/**
 * At most `limit` requests are worked on at once; the rest wait their turn in arrival order.
 * Under a burst (a cohort opening to hundreds of people at once) this keeps each event-loop turn
 * short, so a transaction holding a seat lock gets its next database answer promptly instead of
 * after every other request's work; the burst as a whole finishes sooner and in order. Beyond
 * `maxQueued` waiting requests the server answers 503 with Retry-After rather than run out of memory.
 */
export function admission(limit: number, maxQueued: number, busyMessage: (acceptLanguage: string | undefined) => string): RequestHandler {
  let active = 0;
  const waiting: Array<() => void> = [];
  const done = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return (req, res, next) => {
    const begin = () => {
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        done();
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
    if (active < limit) {
      active += 1;
      begin();
      return;
    }
    if (waiting.length >= maxQueued) {
      res.status(503).set('Retry-After', '2').type('text/plain').send(busyMessage(req.get('accept-language')));
      return;
    }
    waiting.push(begin);
  };
}
