import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/destalk.js', import.meta.url));

function run(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(testDialects())('the destalk command on %s', (dialect) => {
  it('migrates, creates an admin, seeds demo content and lists accounts with clear exit codes', async () => {
    const database = await createTestDatabase(dialect, { migrate: false });
    const env = { DATABASE_URL: database.url, SESSION_SECRET: 'cli-test-secret-that-is-long-enough-123', DATA_DIR: mkdtempSync(join(tmpdir(), 'destalk-cli-')) };
    try {
      const migrate = run(['migrate'], env);
      expect(migrate.code).toBe(0);
      expect(migrate.stdout).toContain('applied 0001-auth-tables');
      expect(run(['migrate'], env).stdout).toContain('database is up to date');

      const bad = run(['create-admin', '--email', 'not-an-address', '--password-stdin'], env, 'short\n');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--email: Please enter an e-mail address such as name@example.org.');
      expect(bad.stderr).toContain('--password: Please use at least 10 characters.');

      const admin = run(['create-admin', '--email', 'Ops@Example.org', '--name', 'Ops', '--password-stdin'], env, 'a-long-enough-password\n');
      expect(admin.code).toBe(0);
      expect(admin.stdout).toBe('created administrator ops@example.org\n');

      const seed = run(['seed-demo'], env);
      expect(seed.code).toBe(0);
      expect(seed.stdout).toContain('coordinator@demo.destalk.test  coordinator at safe-harbour');
      expect(run(['seed-demo'], env).stdout).toContain('already there');

      const list = run(['users', 'list', '--json'], env);
      expect(list.code).toBe(0);
      const users = JSON.parse(list.stdout) as Array<{ email: string; isPlatformAdmin: boolean }>;
      expect(users.find((u) => u.email === 'ops@example.org')?.isPlatformAdmin).toBe(true);
      // The admin created here, the eight demo accounts, and 59 demo practitioners whose finished
      // cohort gives the impact dashboard its figures (records only: they cannot sign in).
      expect(users.filter((u) => !u.email.endsWith('@demo.invalid'))).toHaveLength(9);
      expect(users.filter((u) => u.email.endsWith('@demo.invalid'))).toHaveLength(59);

      expect(run(['no-such-command'], env).code).toBe(2);
      const help = run(['users', 'list', '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('List every account with its memberships.');
    } finally {
      await database.destroy();
    }
  });
});

describe('the destalk command without a usable configuration', () => {
  it('explains the problem and exits with 2', () => {
    const result = run(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', SESSION_SECRET: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SESSION_SECRET: required with PostgreSQL');
  });
});
