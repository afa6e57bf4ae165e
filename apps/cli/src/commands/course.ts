import { importCoursePackage } from '@destalk/core/learning/commands/import-course-package';
import { readCoursePackage, writeCoursePackage } from '@destalk/core/learning/package/folder';
import { exportCoursePackage } from '@destalk/core/learning/queries/export-course-package';
import type { Command } from 'commander';
import { withPlatform } from '../platform.ts';

export function registerCourse(program: Command) {
  const course = program.command('course').description('Course packages: a folder or zip of course.yaml, items.yaml and lessons/<lesson>.<language>.md.');

  course
    .command('import')
    .description('Import a course package as a new version of its course.')
    .argument('<path>', 'the package folder or zip')
    .option('--publish', 'publish the new version at once (otherwise it is a draft)')
    .action(async (path: string, options: { publish?: boolean }) => {
      const pkg = await readCoursePackage(path);
      await withPlatform(async (platform) => {
        const imported = await importCoursePackage(platform, pkg, { publish: options.publish ?? false });
        const lessons = pkg.modules.reduce((n, m) => n + m.lessons.length, 0);
        process.stdout.write(
          `${imported.created ? 'created' : 'updated'} course ${pkg.slug}: version ${imported.number} (${imported.status})\n` +
            `  ${pkg.modules.length} modules, ${lessons} lessons, ${pkg.items.length} items, languages ${pkg.locales.join(', ')}\n`,
        );
      });
    });

  course
    .command('export')
    .description('Write a course version as a package folder.')
    .argument('<slug>', 'the course')
    .argument('<folder>', 'where to write the package')
    .option('--version <number>', 'the version to export (default: the latest)')
    .action(async (slug: string, folder: string, options: { version?: string }) => {
      await withPlatform(async (platform) => {
        const pkg = await exportCoursePackage(platform, slug, options.version ? Number(options.version) : undefined);
        const files = await writeCoursePackage(pkg, folder);
        process.stdout.write(`wrote ${files.length} files to ${folder}\n`);
      });
    });
}
