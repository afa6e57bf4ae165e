import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '../accounts/commands/sign-in.ts';
import { bootPlatform } from '../boot.ts';
import { requestMeta } from '../testing/factories.ts';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { writeCoursePackage } from '../learning/package/folder.ts';
import { samplePackage } from '../learning/testing/sample-package.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo, shouldSeedDemo } from './demo.ts';

describe.each(testDialects())('demo content on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    // A course folder of its own: the shipped courses are checked by their own test.
    const courses = mkdtempSync(join(tmpdir(), 'destalk-courses-'));
    await writeCoursePackage(samplePackage(), join(courses, 'sample-course'));
    await writeCoursePackage(samplePackage({ slug: 'sample-refresher', refresherOf: 'sample-course' }), join(courses, 'sample-refresher'));
    const pathways = mkdtempSync(join(tmpdir(), 'destalk-pathways-'));
    writeFileSync(
      join(pathways, 'sample-pathway.yaml'),
      ['slug: sample-pathway', 'audience: victim_support', 'certificateValidityMonths: 24', 'title: { en: Sample pathway }', 'summary: { en: A sample }', 'steps:', '  - { kind: course, course: sample-course, title: { en: The course }, body: { en: Take it } }', '  - { kind: reading, title: { en: Read }, body: { en: Text } }'].join('\n'),
    );
    platform = await createTestPlatform(dialect, { env: { SEED_DEMO: 'auto', COURSES_DIR: courses, PATHWAYS_DIR: pathways } });
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('seeds a region, one organisation per sector and one account per role, once', async () => {
    const boot = await bootPlatform(platform, { runJobs: false });
    expect(boot.demoSeeded).toBe(dialect === 'sqlite'); // auto seeds only the embedded mode
    if (dialect !== 'sqlite') expect((await seedDemo(platform)).seeded).toBe(true);
    expect((await seedDemo(platform)).seeded).toBe(false);
    expect(await shouldSeedDemo(platform)).toBe(false);

    const sectors = await platform.db.selectFrom('organisations').select('sector').orderBy('sector').execute();
    expect(sectors.map((s) => s.sector)).toEqual(['education', 'health', 'law_enforcement', 'other', 'perpetrator_programme', 'public_authority', 'womens_support_service']);
    const roles = await platform.db.selectFrom('memberships').select('role').distinct().orderBy('role').execute();
    expect(roles.map((r) => r.role)).toEqual(['coordinator', 'learner', 'trainer']);
    const users = await platform.db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(DEMO_ACCOUNTS.length);

    const courses = await platform.db.selectFrom('courses').innerJoin('course_versions', 'course_versions.courseId', 'courses.id').select(['slug', 'status']).orderBy('slug').execute();
    expect(courses).toEqual([
      { slug: 'sample-course', status: 'published' },
      { slug: 'sample-refresher', status: 'published' },
    ]);
    const cohorts = await platform.db
      .selectFrom('cohorts')
      .innerJoin('organisations', 'organisations.id', 'cohorts.organisationId')
      .innerJoin('courses', 'courses.id', 'cohorts.courseId')
      .select(['organisations.slug', 'courses.slug as course', 'cohorts.seatCap'])
      .where('courses.slug', '=', 'sample-course')
      .orderBy('organisations.slug')
      .execute();
    expect(cohorts).toEqual([
      { slug: 'city-social-services', course: 'sample-course', seatCap: 15 },
      { slug: 'police-cyber-unit', course: 'sample-course', seatCap: 15 },
      { slug: 'safe-harbour', course: 'sample-course', seatCap: 20 },
      { slug: 'turning-point', course: 'sample-course', seatCap: 12 },
    ]);
    expect(await platform.db.selectFrom('cohorts').select('id').execute()).toHaveLength(8);
    // The shipped pathways, published and owned by the demo trainer (who edits them in the browser).
    const pathways = await platform.db.selectFrom('pathways').innerJoin('users', 'users.id', 'pathways.createdByUserId').select(['pathways.slug', 'pathways.status', 'users.email']).execute();
    expect(pathways).toEqual([{ slug: 'sample-pathway', status: 'published', email: 'trainer@demo.destalk.test' }]);
    expect(await platform.db.selectFrom('pathway_steps').select('kind').orderBy('position').execute()).toEqual([{ kind: 'course' }, { kind: 'reading' }]);
    // An online panel of three speakers, three weeks ahead, open for registration.
    const events = await platform.db.selectFrom('events').select(['slug', 'status', 'format', 'capacity']).execute();
    expect(events).toEqual([{ slug: 'demo-stalkerware-panel', status: 'published', format: 'online', capacity: 150 }]);
    expect(await platform.db.selectFrom('event_speakers').select('name').orderBy('position').execute()).toHaveLength(3);

    const result = await signIn(platform, { email: 'learner@demo.destalk.test', password: DEMO_PASSWORD }, requestMeta());
    expect(result.value.status).toBe('signed_in');
  });
});
