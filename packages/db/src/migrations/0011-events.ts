import type { Kysely } from 'kysely';
import type { DialectName } from '../connection.ts';

/**
 * Events (online, in person or hybrid) with an agenda and speakers, free registration with double
 * opt-in, capacity and a waitlist whose offers expire, attendance, a post-event survey, and the
 * e-mails' attachments in the outbox. Registrants' personal columns are nullable: erasure after
 * the event blanks them and keeps the rest (status, sector, country, times) for the figures.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('outbox_emails').addColumn('attachments', 'text').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('organisationId', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('regionId', 'text', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('startsAt', 'text', (c) => c.notNull())
    .addColumn('endsAt', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('spokenLanguages', 'text', (c) => c.notNull())
    .addColumn('subtitleLanguages', 'text', (c) => c.notNull())
    .addColumn('signLanguage', 'text')
    .addColumn('venue', 'text')
    .addColumn('joinUrl', 'text')
    .addColumn('joinRevealMinutes', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('offerHours', 'integer', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('consentText', 'text', (c) => c.notNull())
    .addColumn('consentVersion', 'integer', (c) => c.notNull())
    .addColumn('erasureDays', 'integer', (c) => c.notNull())
    .addColumn('recordingUrl', 'text')
    .addColumn('slidesUrl', 'text')
    .addColumn('nextWaitlistPosition', 'integer', (c) => c.notNull())
    .addColumn('createdByUserId', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('publishedAt', 'text')
    .addColumn('remindersSent', 'text', (c) => c.notNull())
    .addColumn('thankYouSentAt', 'text')
    .addColumn('erasedAt', 'text')
    .execute();
  await db.schema.createIndex('events_region_idx').on('events').columns(['regionId', 'status', 'startsAt']).execute();

  await db.schema
    .createTable('event_speakers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('eventId', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('affiliation', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull())
    .addColumn('photoType', 'text')
    .addColumn('photo', dialect === 'postgres' ? 'bytea' : 'blob')
    .execute();

  await db.schema
    .createTable('event_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('eventId', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('startsAt', 'text', (c) => c.notNull())
    .addColumn('endsAt', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('speakerIds', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('eventId', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('name', 'text')
    .addColumn('organisationName', 'text')
    .addColumn('sector', 'text')
    .addColumn('country', 'text')
    .addColumn('accessibilityNeeds', 'text')
    .addColumn('answers', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('tokenHash', 'text', (c) => c.unique())
    .addColumn('consentVersion', 'integer', (c) => c.notNull())
    .addColumn('consentText', 'text')
    .addColumn('consentedAt', 'text', (c) => c.notNull())
    .addColumn('waitlistPosition', 'integer')
    .addColumn('offerExpiresAt', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('confirmedAt', 'text')
    .addColumn('seatedAt', 'text')
    .addColumn('cancelledAt', 'text')
    .addColumn('attendedAt', 'text')
    .addColumn('attendanceSource', 'text')
    .addColumn('certificateRequestedAt', 'text')
    .addColumn('surveyAnsweredAt', 'text')
    .addColumn('erasedAt', 'text')
    .execute();
  await db.schema.createIndex('event_registrations_event_idx').on('event_registrations').columns(['eventId', 'status']).execute();
  // One live registration per address and event (cancelled and erased ones do not count).
  await db.schema.createIndex('event_registrations_email_idx').on('event_registrations').columns(['eventId', 'email']).execute();

  await db.schema
    .createTable('event_survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('eventId', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('registrationId', 'text', (c) => c.references('event_registrations.id').onDelete('set null'))
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('usefulness', 'integer', (c) => c.notNull())
    .addColumn('comments', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute();
}
