import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { FairSqliteDialect } from './sqlite-driver.ts';
import type { DB } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<DB>;
  dialect: DialectName;
  /** A description safe to print: the file path or the PostgreSQL host/database, never a password. */
  description: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Maximum PostgreSQL pool size (ignored on SQLite). */
  poolMax?: number;
  /** Told about errors of idle PostgreSQL connections (a server restart, say). */
  onIdleError?: (error: Error) => void;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** `sqlite:./data/x.db`, `file:./x.db`, `./x.db` and `:memory:` all name a SQLite file. */
export function sqlitePathOf(url: string): string {
  const stripped = url.replace(/^sqlite:(\/\/)?/i, '').replace(/^file:(\/\/)?/i, '');
  return stripped === ':memory:' ? stripped : resolve(stripped);
}

export function describeDatabaseUrl(url: string): string {
  if (dialectOf(url) === 'sqlite') return `sqlite ${sqlitePathOf(url)}`;
  const parsed = new URL(url);
  return `postgres ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export function connect(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const dialect = dialectOf(url);
  if (dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: options.poolMax ?? 10 });
    // An idle connection that dies (PostgreSQL restarted, a connection terminated) is dropped from
    // the pool and replaced on next use; without a listener the error would crash the process.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect, description: describeDatabaseUrl(url), close: () => db.destroy() };
  }
  const path = sqlitePathOf(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers proceed while one writer commits. A second process (the CLI next to a
  // running server, another web process) waits for the write lock in the driver, asynchronously;
  // busy_timeout (which sleeps inside the call) only covers opening the file.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 0');
  const db = new Kysely<DB>({ dialect: new FairSqliteDialect(sqlite) });
  return { db, dialect, description: describeDatabaseUrl(url), close: () => db.destroy() };
}
