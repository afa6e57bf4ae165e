import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from './env.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'destalk-config-'));

describe('loadConfig', () => {
  it('defaults to embedded SQLite under DATA_DIR with a persisted secret', () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.databaseUrl).toBe(`sqlite:${join(dir, 'destalk.db')}`);
    expect(config.databaseDialect).toBe('sqlite');
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secure).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, PORT: '3100' }).publicUrl).toBe('http://localhost:3100');
    expect(config.sessionSecretSource).toBe('data-dir');
    expect(config.sessionSecret).toBe(readFileSync(join(dir, 'session-secret'), 'utf8').trim());
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it('switches to PostgreSQL on a postgres:// URL and then requires SESSION_SECRET', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db:5432/destalk', DATA_DIR: tempDir() })).toThrow(ConfigError);
    const config = loadConfig({ DATABASE_URL: 'postgres://u:pw@db:5432/destalk', SESSION_SECRET: 's'.repeat(40), PUBLIC_URL: 'https://learn.example.org/' });
    expect(config.databaseDialect).toBe('postgres');
    expect(config.publicUrl).toBe('https://learn.example.org');
    expect(config.secure).toBe(true);
  });

  it('names every invalid variable in one error', () => {
    try {
      loadConfig({ PORT: 'abc', SMTP_URL: 'http://mail', SESSION_SECRET: 'short', DATA_DIR: tempDir() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
      expect(problems.sort()).toEqual(['PORT', 'SESSION_SECRET', 'SMTP_URL']);
    }
  });

  it('summarises database, mail, storage and public URL on one line without secrets', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:topsecret@db:5432/destalk', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://user:mailpass@mail.example.org:587', STORAGE_DIR: '/srv/files' });
    const line = describeConfig(config);
    expect(line).toBe('database=postgres db:5432/destalk mail=smtp mail.example.org:587 storage=local /srv/files jobs=pg-boss public_url=http://localhost:3000');
    expect(line).not.toContain('topsecret');
    expect(line).not.toContain('mailpass');
  });
});
