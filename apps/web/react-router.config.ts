import type { Config } from '@react-router/dev/config';

export default {
  ssr: true,
  // Action origins are checked at run time against PUBLIC_URL (server/app.ts) and by our own
  // origin middleware, which also covers resource routes.
} satisfies Config;
