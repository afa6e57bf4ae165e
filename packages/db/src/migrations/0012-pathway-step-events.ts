import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/** A pathway's live-session step may name an event: attendance recorded there completes the step. */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('pathway_steps')
    .addColumn('eventId', 'text', (c) => c.references('events.id').onDelete('set null'))
    .execute();
}
