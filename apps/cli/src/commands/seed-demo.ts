import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@destalk/core/seed/demo';
import type { Command } from 'commander';
import { withPlatform } from '../platform.ts';

export function registerSeedDemo(program: Command) {
  program
    .command('seed-demo')
    .description('Add demo content: a region, one organisation per sector and one account per role. Never on a production database.')
    .action(async () => {
      await withPlatform(async (platform) => {
        const { seeded } = await seedDemo(platform);
        if (!seeded) {
          process.stdout.write('demo content is already there; nothing changed\n');
          return;
        }
        process.stdout.write(`demo content added; every demo account's password is ${DEMO_PASSWORD}\n`);
        for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.email}  ${a.admin ? 'platform admin' : `${a.role} at ${a.organisation}`}\n`);
      });
    });
}
