import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCoursePackage } from '@destalk/core/learning/package/folder';
import { samplePackage } from '@destalk/core/learning/testing/sample-package';
import { createTestDatabase, testDialects } from '@destalk/db/testing';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/destalk.js', import.meta.url));
const run = (args: string[], env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe.each(testDialects())('destalk course on %s', (dialect) => {
  it('imports a package folder and exports the same files back', async () => {
    const database = await createTestDatabase(dialect, { migrate: false });
    const env = { DATABASE_URL: database.url, SESSION_SECRET: 'cli-test-secret-that-is-long-enough-123', DATA_DIR: mkdtempSync(join(tmpdir(), 'destalk-cli-')) };
    try {
      const source = mkdtempSync(join(tmpdir(), 'destalk-course-src-'));
      const files = await writeCoursePackage(samplePackage(), source);
      const imported = run(['course', 'import', source, '--publish'], env);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toBe('created course sample-course: version 1 (published)\n  2 modules, 5 lessons, 5 items, languages en, it\n');
      const target = mkdtempSync(join(tmpdir(), 'destalk-course-out-'));
      const exported = run(['course', 'export', 'sample-course', target], env);
      expect(exported.code).toBe(0);
      for (const file of files) expect(readFileSync(join(target, file), 'utf8'), file).toBe(readFileSync(join(source, file), 'utf8'));
      const broken = run(['course', 'import', join(source, 'lessons')], env);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toContain('course.yaml is missing');
    } finally {
      await database.destroy();
    }
  });
});
