export { connect, dialectOf, describeDatabaseUrl, sqlitePathOf } from './connection.ts';
export type { DatabaseHandle, DialectName, ConnectOptions } from './connection.ts';
export { migrateToLatest, pendingMigrations } from './migrate.ts';
export type { MigrationOutcome } from './migrate.ts';
export { toBool, toIso, toNumber } from './values.ts';
export type * from './schema.ts';
export type { Kysely, Transaction, Selectable, Insertable, Updateable } from 'kysely';
export { sql } from 'kysely';
