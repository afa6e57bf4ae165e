import pino, { type Logger } from 'pino';

/** JSON logs (one object per line). Cookies, auth headers and tokens never reach the log. */
export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    base: { service: 'destalk' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
