import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';

/** Read-only access to the e2e server's SQLite database, to assert what was (not) stored. */
export function e2eDatabase() {
  return new Database(fileURLToPath(new URL('../../test-results/e2e-data/destalk.db', import.meta.url)), { readonly: true, fileMustExist: true });
}

/** Every value in every table (the imported indicator feeds aside): to prove an input left no trace. */
export function allStoredText(): string {
  const db = e2eDatabase();
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'ioc_feed_files'").all() as Array<{ name: string }>;
    return tables.map(({ name }) => JSON.stringify(db.prepare(`select * from "${name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

/** The demo organisation Safe Harbour's id (for URLs of its pages). */
export function safeHarbourId(): string {
  const db = e2eDatabase();
  try {
    return (db.prepare("select id from organisations where slug = 'safe-harbour'").get() as { id: string }).id;
  } finally {
    db.close();
  }
}
