import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import './provided-context.ts';
import { type DatabaseHandle, type DialectName, connect } from '../connection.ts';
import { migrateToLatest } from '../migrate.ts';

export interface TestDatabase extends DatabaseHandle {
  /** The URL the database can be reached with (for code that connects on its own, e.g. pg-boss). */
  url: string;
  /** Closes the connection and deletes the database. */
  destroy(): Promise<void>;
}

/** The dialects integration suites run on: SQLite always, PostgreSQL when a server is reachable. */
export function testDialects(): DialectName[] {
  return inject('postgresAdminUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, migrated database of its own: a temp SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'destalk-test-'));
    const url = `sqlite:${join(dir, 'test.db')}`;
    const handle = connect(url);
    if (migrate) await mustMigrate(handle);
    return {
      ...handle,
      url,
      async destroy() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available for this test run');
  const name = `destalk_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const handle = connect(url, { poolMax: 20 });
  if (migrate) await mustMigrate(handle);
  return {
    ...handle,
    url,
    async destroy() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function mustMigrate(handle: DatabaseHandle) {
  const outcome = await migrateToLatest(handle.db, handle.dialect);
  if (outcome.error) throw outcome.error;
}
