import { listUsers } from '@destalk/core/admin/users';
import type { Command } from 'commander';
import { withPlatform } from '../platform.ts';

export function registerUsers(program: Command) {
  const users = program.command('users').description('Accounts on the platform.');
  users
    .command('list')
    .description('List every account with its memberships.')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: { json?: boolean }) => {
      await withPlatform(async (platform) => {
        const list = await listUsers(platform);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
          return;
        }
        const rows = list.map((u) => [
          u.email,
          u.name,
          [u.isPlatformAdmin ? 'admin' : '', u.twoFactorEnabled ? '2fa' : '', u.emailVerified ? '' : 'unconfirmed'].filter(Boolean).join(',') || '-',
          u.memberships.map((m) => `${m.role}@${m.organisationName}`).join('; ') || '-',
        ]);
        const header = ['EMAIL', 'NAME', 'FLAGS', 'MEMBERSHIPS'];
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
        for (const row of [header, ...rows]) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
        process.stdout.write(`${list.length} account(s)\n`);
      });
    });
}
