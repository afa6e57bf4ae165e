import { testDialects } from '@destalk/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../testing/test-platform.ts';
import { importCoursePackage } from './commands/import-course-package.ts';
import { exportCoursePackage } from './queries/export-course-package.ts';
import { samplePackage } from './testing/sample-package.ts';

describe.each(testDialects())('course packages on %s', (dialect) => {
  let platform: TestPlatform;
  beforeEach(async () => {
    platform = await createTestPlatform(dialect);
  });
  afterEach(async () => {
    await platform.destroy();
  });

  it('round-trips: export of an imported package gives the same course', async () => {
    const pkg = samplePackage();
    const imported = await importCoursePackage(platform, pkg, { publish: true });
    expect(imported).toMatchObject({ number: 1, status: 'published', created: true });
    expect(await exportCoursePackage(platform, 'sample-course')).toEqual(pkg);
  });

  it('adds a new version on every import and keeps the earlier ones as they were', async () => {
    await importCoursePackage(platform, samplePackage(), { publish: true });
    const changed = samplePackage({ title: { en: 'Recognising abuse, second edition' } });
    const second = await importCoursePackage(platform, changed);
    expect(second).toMatchObject({ number: 2, status: 'draft', created: false });
    expect((await exportCoursePackage(platform, 'sample-course', 1)).title).toEqual({ en: 'Recognising technology-facilitated abuse', it: 'Riconoscere la violenza facilitata dalla tecnologia' });
    expect((await exportCoursePackage(platform, 'sample-course')).title).toEqual({ en: 'Recognising abuse, second edition' });
  });

  it('links a refresher to its main course and refuses an unknown one', async () => {
    await importCoursePackage(platform, samplePackage(), { publish: true });
    const refresher = samplePackage({ slug: 'sample-refresher', refresherOf: 'sample-course' });
    await importCoursePackage(platform, refresher, { publish: true });
    expect((await exportCoursePackage(platform, 'sample-refresher')).refresherOf).toBe('sample-course');
    await expect(importCoursePackage(platform, samplePackage({ slug: 'orphan', refresherOf: 'nothing-here' }))).rejects.toThrow(/no course with the slug nothing-here/);
    expect(await platform.db.selectFrom('courses').select('slug').where('slug', '=', 'orphan').execute()).toEqual([]);
  });
});
