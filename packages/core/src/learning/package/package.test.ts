import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { coursePackageSchema } from '../schema.ts';
import { samplePackage, samplePackageInput } from '../testing/sample-package.ts';
import { packageFiles, parsePackageFiles, readCoursePackage, writeCoursePackage } from './folder.ts';

describe('course packages', () => {
  it('write a folder of YAML and Markdown that reads back to the same package', async () => {
    const pkg = samplePackage();
    const dir = mkdtempSync(join(tmpdir(), 'destalk-pkg-'));
    const written = await writeCoursePackage(pkg, dir);
    expect(written).toContain('course.yaml');
    expect(written).toContain('items.yaml');
    expect(written).toContain('lessons/overview.it.md');
    expect(await readCoursePackage(dir)).toEqual(pkg);
  });

  it('read a zip of the folder, with or without a top folder', async () => {
    const pkg = samplePackage();
    const { text, assets } = packageFiles(pkg);
    const files = Object.fromEntries([...[...text].map(([name, t]) => [`sample-course/${name}`, strToU8(t)]), ...[...assets].map(([name, bytes]) => [`sample-course/assets/${name}`, bytes])]);
    const path = join(mkdtempSync(join(tmpdir(), 'destalk-pkg-')), 'course.zip');
    writeFileSync(path, zipSync(files));
    expect(await readCoursePackage(path)).toEqual(pkg);
  });

  it('refuse an unsafe zip path', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'destalk-pkg-')), 'evil.zip');
    writeFileSync(path, zipSync({ '../course.yaml': strToU8('slug: x') }));
    await expect(readCoursePackage(path)).rejects.toThrow(/unsafe path/);
  });

  it('name every problem with its place', () => {
    const files = packageFiles(samplePackage());
    files.text.set('course.yaml', files.text.get('course.yaml')!.replace('passMark: 60', 'passMark: 160').replace('- q-scenario', '- q-missing'));
    files.text.set('lessons/overview.en.md', '![A diagram](assets/missing.png)');
    files.assets.set('notes.svg', new Uint8Array([60]));
    const error = (() => {
      try {
        parsePackageFiles(files);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error?.message).toContain('modules.0.quiz.passMark');
    expect(error?.message).toContain('unknown item q-missing');
    expect(error?.message).toContain('modules.0.lessons.0.body.en: unknown asset missing.png');
    expect(error?.message).toContain('assets.');
  });

  it('check the shape of items: one correct answer for single choice', () => {
    const input = samplePackageInput();
    const broken = { ...input, items: input.items!.map((i) => (i.key === 'q-single' && i.type === 'single' ? { ...i, options: i.options.map((o) => ({ ...o, correct: true })) } : i)) };
    const result = coursePackageSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('q-single: exactly one correct option');
  });
});
