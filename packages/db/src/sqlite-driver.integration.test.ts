import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from './connection.ts';

describe('the SQLite driver', () => {
  it('serves waiting queries in arrival order while a transaction holds the connection', async () => {
    const handle = connect('sqlite::memory:');
    try {
      await sql`create table t (n integer)`.execute(handle.db);
      const order: number[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const transaction = handle.db.transaction().execute(async (trx) => {
        await sql`insert into t values (0)`.execute(trx);
        await held;
      });
      await new Promise((r) => setImmediate(r));
      const queries = Array.from({ length: 50 }, (_, i) => sql`insert into t values (${i + 1})`.execute(handle.db).then(() => order.push(i + 1)));
      release();
      await Promise.all([transaction, ...queries]);
      expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const rows = await sql<{ n: number }>`select n from t order by rowid`.execute(handle.db);
      expect(rows.rows.map((r) => r.n)).toEqual(Array.from({ length: 51 }, (_, i) => i));
    } finally {
      await handle.close();
    }
  });

  it('reuses prepared statements and still sees schema changes', async () => {
    const handle = connect('sqlite::memory:');
    try {
      await sql`create table t (a integer)`.execute(handle.db);
      await sql`insert into t values (1)`.execute(handle.db);
      const read = () => sql<Record<string, number>>`select * from t`.execute(handle.db).then((r) => r.rows);
      expect(await read()).toEqual([{ a: 1 }]);
      await sql`alter table t add column b integer default 2`.execute(handle.db);
      expect(await read()).toEqual([{ a: 1, b: 2 }]);
    } finally {
      await handle.close();
    }
  });
});

describe('two processes on one SQLite file', () => {
  it('a write waits for the other writer without blocking the event loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'destalk-busy-'));
    const a = connect(`sqlite:${join(dir, 'x.db')}`);
    const b = connect(`sqlite:${join(dir, 'x.db')}`);
    try {
      await sql`create table t (n integer)`.execute(a.db);
      let ticks = 0;
      const ticker = setInterval(() => (ticks += 1), 5);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const first = a.db.transaction().execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await held;
      });
      await new Promise((r) => setTimeout(r, 10));
      const second = sql`insert into t values (2)`.execute(b.db);
      setTimeout(release, 150);
      await Promise.all([first, second]);
      clearInterval(ticker);
      // The event loop kept running while b waited (a blocking busy_timeout would freeze it).
      expect(ticks).toBeGreaterThan(10);
      expect((await sql<{ n: number }>`select n from t order by rowid`.execute(b.db)).rows).toEqual([{ n: 1 }, { n: 2 }]);
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
