import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import type { DialectName } from './connection.ts';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

export interface MigrationOutcome {
  applied: string[];
  error?: unknown;
}

function provider(dialect: DialectName) {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      return Object.fromEntries(
        Object.entries(migrations).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, dialect) }]),
      );
    },
  };
}

/** Applies every pending migration in one run; Kysely's lock makes two instances starting together safe. */
export async function migrateToLatest(db: Kysely<DB>, dialect: DialectName): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: provider(dialect) });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (result.error) return { applied, error: result.error };
  return { applied };
}

export async function pendingMigrations(db: Kysely<DB>, dialect: DialectName): Promise<string[]> {
  const migrator = new Migrator({ db, provider: provider(dialect) });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
