import { loadConfig } from '@destalk/core/config/index';
import { createLogger } from '@destalk/core/logger';
import { createPlatform, type Platform } from '@destalk/core/platform';
import { migrateToLatest } from '@destalk/db';

/**
 * A platform for one CLI command: the same configuration as the server (environment variables),
 * quiet logs, migrations applied, and job queues in enqueue-only mode (the server's workers send
 * the e-mails).
 */
export async function withPlatform<T>(run: (platform: Platform) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig(process.env);
  const platform = createPlatform(config, { logger: createLogger(process.env.LOG_LEVEL ?? 'warn'), superviseJobs: false });
  try {
    // Every command works on an up-to-date schema, as the server does after start-up.
    if (options.migrate ?? true) {
      const outcome = await migrateToLatest(platform.db, platform.dialect);
      if (outcome.error) throw outcome.error;
    }
    return await run(platform);
  } finally {
    await platform.close();
  }
}
