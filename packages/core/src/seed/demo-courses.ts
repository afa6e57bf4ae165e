import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor } from '../accounts/actor.ts';
import { DAY } from '../clock.ts';
import { createCohort } from '../learning/commands/create-cohort.ts';
import { importCoursePackage } from '../learning/commands/import-course-package.ts';
import { readCoursePackage } from '../learning/package/folder.ts';
import type { CoursePackage } from '../learning/schema.ts';
import type { Platform } from '../platform.ts';

/** The shipped course packages (main courses before the refreshers that point at them). */
export async function shippedCourses(dir: string): Promise<CoursePackage[]> {
  if (!existsSync(dir)) return [];
  const folders = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'course.yaml')));
  const packages = await Promise.all(folders.map((f) => readCoursePackage(join(dir, f.name))));
  return packages.sort((a, b) => Number(a.refresherOf !== null) - Number(b.refresherOf !== null) || a.slug.localeCompare(b.slug));
}

/**
 * Imports the shipped courses and opens a cohort of each (refreshers too) for the demo organisations
 * given, so a first start shows the whole learning flow. The seed acts as a platform administrator.
 */
export async function seedDemoCourses(platform: Platform, adminUserId: string, organisations: Array<{ id: string; name: string; seats: number }>): Promise<string[]> {
  const packages = await shippedCourses(platform.config.coursesDir);
  for (const pkg of packages) await importCoursePackage(platform, pkg, { publish: true });
  const seed: Actor = { userId: adminUserId, sessionId: 'seed', name: 'Seed', email: 'seed@localhost', locale: null, isPlatformAdmin: true, twoFactorEnabled: true, memberships: [] };
  const now = platform.clock.now().getTime();
  const day = (offset: number) => new Date(now + offset * DAY).toISOString();
  const cohortIds: string[] = [];
  for (const pkg of packages) {
    for (const organisation of organisations) {
      const { id } = await createCohort(platform, seed, {
        courseSlug: pkg.slug,
        organisationId: organisation.id,
        title: `${organisation.name} – ${new Date(now).getUTCFullYear()}${pkg.refresherOf ? ' (refresher)' : ''}`,
        startsAt: day(-7),
        endsAt: day(90),
        enrolmentOpensAt: day(-14),
        enrolmentClosesAt: day(60),
        seatCap: organisation.seats,
      });
      cohortIds.push(id);
    }
  }
  return cohortIds;
}
