import { describe, expect, it } from 'vitest';
import { migrateToLatest, pendingMigrations } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import { createTestDatabase, testDialects } from './testing/index.ts';

describe.each(testDialects())('migrations on %s', (dialect) => {
  it('applies every migration once and leaves none pending', async () => {
    const handle = await createTestDatabase(dialect, { migrate: false });
    try {
      const first = await migrateToLatest(handle.db, handle.dialect);
      expect(first.error).toBeUndefined();
      expect(first.applied).toEqual(Object.keys(migrations));
      const second = await migrateToLatest(handle.db, handle.dialect);
      expect(second.applied).toEqual([]);
      expect(await pendingMigrations(handle.db, handle.dialect)).toEqual([]);
      const tables = (await handle.db.introspection.getTables()).map((t) => t.name).sort();
      expect(tables).toEqual(
        [
          'accounts', 'audit_events', 'invitations', 'ioc_feed_files', 'ioc_feed_sets', 'ioc_saved_reports', 'jobs', 'memberships', 'organisations', 'outbox_emails',
          'rate_limits', 'regions', 'sessions', 'two_factors', 'users', 'verifications',
          'courses', 'course_versions', 'course_modules', 'course_lessons', 'quiz_items', 'quizzes', 'cohorts', 'cohort_facilitators',
          'enrolments', 'lesson_completions', 'quiz_attempts', 'self_assessments',
          'course_assets', 'certificates', 'certificate_reminders', 'certificate_renewals',
          'cohort_posts', 'cohort_digest_subscriptions', 'course_drafts', 'course_draft_assets',
          'pathways', 'pathway_steps', 'pathway_enrolments', 'pathway_step_records', 'pathway_reflections', 'pathway_certificates',
          'tool_practice_results', 'tool_saved_copies',
          'events', 'event_speakers', 'event_sessions', 'event_registrations', 'event_survey_responses',
          'campaigns', 'campaign_logos', 'campaign_kits', 'campaign_reach',
          'api_tokens', 'consents', 'data_requests',
        ].sort(),
      );
    } finally {
      await handle.destroy();
    }
  });

  it('enforces one membership per user and organisation', async () => {
    const handle = await createTestDatabase(dialect);
    try {
      const now = new Date().toISOString();
      await handle.db.insertInto('users').values({ id: 'u1', name: 'A', email: 'a@example.org', emailVerified: dialect === 'postgres' ? true : 1, createdAt: now, updatedAt: now }).execute();
      await handle.db.insertInto('regions').values({ id: 'r1', slug: 'r', name: 'R', countryCode: 'IT', defaultLocale: 'it', createdAt: now, updatedAt: now }).execute();
      await handle.db.insertInto('organisations').values({ id: 'o1', slug: 'o', name: 'O', sector: 'other', countryCode: 'IT', regionId: 'r1', createdAt: now, updatedAt: now }).execute();
      const membership = { userId: 'u1', organisationId: 'o1', role: 'learner', createdAt: now, updatedAt: now };
      await handle.db.insertInto('memberships').values({ id: 'm1', ...membership }).execute();
      await expect(handle.db.insertInto('memberships').values({ id: 'm2', ...membership }).execute()).rejects.toThrow();
    } finally {
      await handle.destroy();
    }
  });
});
