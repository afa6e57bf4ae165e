import { type DB, type Kysely, sql } from '@destalk/db';

/**
 * Every text value in every table of the database, on SQLite and PostgreSQL alike (the e2e
 * helper `allStoredText` does the same on the server's SQLite file): to prove that something
 * left no trace. Binary columns are skipped; everything else is read as text.
 */
export async function allStoredText(db: Kysely<DB>): Promise<Map<string, string>> {
  const tables = await db.introspection.getTables();
  const out = new Map<string, string>();
  for (const table of tables) {
    const name = table.schema && table.schema !== 'public' ? `${table.schema}.${table.name}` : table.name;
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    const text = rows.rows
      .map((row) => Object.values(row).filter((v) => !(v instanceof Uint8Array)).map((v) => (v instanceof Date ? v.toISOString() : String(v))).join('\u0000'))
      .join('\n');
    out.set(name, text);
  }
  return out;
}

/** The tables whose stored text contains any of the needles (case-insensitive). */
export async function tablesContaining(db: Kysely<DB>, needles: string[]): Promise<string[]> {
  const lowered = needles.map((n) => n.toLowerCase());
  const found: string[] = [];
  for (const [table, text] of await allStoredText(db)) {
    const haystack = text.toLowerCase();
    if (lowered.some((n) => haystack.includes(n))) found.push(table);
  }
  return found;
}
