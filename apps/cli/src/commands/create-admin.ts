import { createAdmin } from '@destalk/core/accounts/commands/create-admin';
import type { Command } from 'commander';
import { readPassword } from '../read-password.ts';
import { withPlatform } from '../platform.ts';

export function registerCreateAdmin(program: Command) {
  program
    .command('create-admin')
    .description('Create a platform administrator, or make an existing account one. The admin sets up two-step verification at first sign-in.')
    .requiredOption('--email <address>', 'e-mail address of the administrator')
    .option('--name <name>', 'display name (for a new account)', 'Administrator')
    .option('--password-stdin', 'read the password from standard input instead of asking')
    .action(async (options: { email: string; name: string; passwordStdin?: boolean }) => {
      const password = await readPassword(options.passwordStdin ?? false);
      await withPlatform(async (platform) => {
        const result = await createAdmin(platform, { email: options.email, name: options.name, password });
        process.stdout.write(result.created ? `created administrator ${options.email.trim().toLowerCase()}\n` : `${options.email.trim().toLowerCase()} is now an administrator (password unchanged)\n`);
      });
    });
}
