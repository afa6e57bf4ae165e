import { describeConfig } from '@destalk/core/config/index';
import { migrateToLatest } from '@destalk/db';
import type { Command } from 'commander';
import { withPlatform } from '../platform.ts';

export function registerMigrate(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (the server also does this at start-up).')
    .action(async () => {
      await withPlatform(async (platform) => {
        process.stdout.write(`${describeConfig(platform.config)}\n`);
        const outcome = await migrateToLatest(platform.db, platform.dialect);
        for (const name of outcome.applied) process.stdout.write(`applied ${name}\n`);
        if (outcome.error) throw outcome.error;
        process.stdout.write(outcome.applied.length ? `${outcome.applied.length} migration(s) applied\n` : 'database is up to date\n');
      }, { migrate: false });
    });
}
