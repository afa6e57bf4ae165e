import type Database from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, SelectQueryNode, SqliteDialect, type TransactionSettings } from 'kysely';

const MAX_STATEMENTS = 500;
/** How long a write waits for another process's write lock before it fails. */
const BUSY_WAIT_MS = 5000;

/**
 * better-sqlite3 behind Kysely, with two changes to Kysely's own SQLite driver:
 *
 * - The one connection is handed out in arrival order. Kysely's mutex wakes every waiter at each
 *   release and lets the first to run win, so under load some requests waited seconds while
 *   others passed (p95 ten times p50 in bench/lesson-page.ts).
 * - Transactions begin IMMEDIATE: they take the write lock at once. With several web processes
 *   on one file (WEB_CONCURRENCY), a deferred transaction that read and then wrote after
 *   another process committed would fail at once with SQLITE_BUSY instead of waiting.
 * - A write that finds another process holding the write lock waits asynchronously and tries
 *   again (SQLITE_BUSY), instead of SQLite's busy_timeout, which sleeps inside the call and so
 *   blocks the whole process's event loop.
 * - Prepared statements are kept by SQL text: preparing costs more than running a small query,
 *   and Kysely prepares each query anew. Safe because one query runs at a time on the
 *   connection, and SQLite re-prepares a statement itself after a schema change.
 */
export class FairSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;

  constructor(database: Database.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new FairSqliteDriver(this.#database);
  }
}

class FairSqliteDriver implements Driver {
  readonly #connection: StatementCachingConnection;
  readonly #database: Database.Database;
  #busy = false;
  readonly #waiting: Array<() => void> = [];

  constructor(database: Database.Database) {
    this.#database = database;
    this.#connection = new StatementCachingConnection(database);
  }

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve(this.#connection);
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(this.#connection)));
  }

  async releaseConnection(): Promise<void> {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#busy = false;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    this.#connection.clear();
    this.#database.close();
  }
}

class StatementCachingConnection implements DatabaseConnection {
  readonly #database: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(database: Database.Database) {
    this.#database = database;
  }

  clear(): void {
    this.#statements.clear();
  }

  #prepare(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#database.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        return this.#run<R>(compiled);
      } catch (error) {
        // A statement that met SQLITE_BUSY did nothing, so running it again is safe.
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  #run<R>(compiled: CompiledQuery): QueryResult<R> {
    const statement = this.#prepare(compiled.sql);
    const parameters = compiled.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error('SQLite streams only select queries');
    // A statement of its own: the cached one may be needed by another query while this one streams.
    for (const row of this.#database.prepare(compiled.sql).iterate(compiled.parameters as unknown[])) yield { rows: [row as R] };
  }
}
