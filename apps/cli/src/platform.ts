import { loadConfig } from '@destalk/core/config/index';
import { createLogger } from '@destalk/core/logger';
import { createPlatform, type Platform } from '@destalk/core/platform';

/**
 * A platform for one CLI command: the same configuration as the server (environment variables),
 * quiet logs, and job queues in enqueue-only mode (the server's workers send the e-mails).
 */
export async function withPlatform<T>(run: (platform: Platform) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const platform = createPlatform(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), superviseJobs: false });
  try {
    return await run(platform);
  } finally {
    await platform.close();
  }
}
