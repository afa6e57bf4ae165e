import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { AppError } from '../../errors.ts';
import { type CoursePackage, coursePackageSchema } from '../schema.ts';

/**
 * A course package on disk, the way authors and translators work on it:
 *
 *   course.yaml                     course, modules and lessons (without bodies), quizzes
 *   items.yaml                      the item bank
 *   lessons/<lesson>.<language>.md  one Markdown file per lesson and language
 *   assets/<name>                   images, videos with captions and transcripts, downloads
 *
 * Zips of that folder are accepted too (bounded: 2,000 entries, 200 MB unpacked).
 */
const MAX_ENTRIES = 2000;
const MAX_BYTES = 200 * 1024 * 1024;

/** Text files by path, and asset files (bytes) by name. */
type Files = Map<string, string>;
interface PackageFiles {
  text: Files;
  assets: Map<string, Uint8Array>;
}

const isText = (name: string) => /\.(ya?ml|md)$/.test(name) && !name.startsWith('assets/');
const isAsset = (name: string) => /^assets\/[^/]+$/.test(name);

async function readFolder(dir: string): Promise<PackageFiles> {
  const files: PackageFiles = { text: new Map(), assets: new Map() };
  let count = 0;
  let total = 0;
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (isText(rel) || isAsset(rel)) {
        if (++count > MAX_ENTRIES) throw new AppError('bad_request', 'too many files in the course package');
        const bytes = await readFile(join(dir, rel));
        total += bytes.byteLength;
        if (total > MAX_BYTES) throw new AppError('bad_request', 'course package too large');
        if (isAsset(rel)) files.assets.set(rel.slice('assets/'.length), new Uint8Array(bytes));
        else files.text.set(rel, bytes.toString('utf8'));
      }
    }
  };
  await walk('');
  return files;
}

function readZip(bytes: Uint8Array): PackageFiles {
  let count = 0;
  let total = 0;
  const entries = unzipSync(bytes, {
    filter: (file) => {
      if (++count > MAX_ENTRIES) throw new AppError('bad_request', 'too many files in the course package');
      if (file.name.includes('..') || file.name.startsWith('/')) throw new AppError('bad_request', `unsafe path in the course package: ${file.name}`);
      total += file.originalSize;
      if (total > MAX_BYTES) throw new AppError('bad_request', 'course package too large');
      return /\.(ya?ml|md)$/.test(file.name) || /(^|\/)assets\/[^/]+$/.test(file.name);
    },
  });
  // A zip of the folder usually has the folder itself as its first path segment.
  const names = Object.keys(entries);
  const prefix = names.some((n) => n === 'course.yaml') ? '' : (names.find((n) => n.endsWith('/course.yaml'))?.slice(0, -'course.yaml'.length) ?? '');
  const files: PackageFiles = { text: new Map(), assets: new Map() };
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const rel = name.slice(prefix.length);
    if (isAsset(rel)) files.assets.set(rel.slice('assets/'.length), entries[name]!);
    else if (isText(rel)) files.text.set(rel, new TextDecoder().decode(entries[name]));
  }
  return files;
}

/** Turns the files of a package into a validated CoursePackage; errors name the file and field. */
export function parsePackageFiles({ text: files, assets }: PackageFiles): CoursePackage {
  const courseText = files.get('course.yaml');
  if (!courseText) throw new AppError('bad_request', 'course.yaml is missing');
  const course = parseYaml(courseText) as Record<string, unknown>;
  const items = files.has('items.yaml') ? parseYaml(files.get('items.yaml')!) : [];
  const modules = (course.modules as Array<Record<string, unknown>> | undefined)?.map((m) => ({
    ...m,
    lessons: (m.lessons as Array<Record<string, unknown>> | undefined)?.map((l) => {
      const body: Record<string, string> = {};
      for (const [name, text] of files) {
        const match = name.match(/^lessons\/([a-z0-9-]+)\.([a-z]{2})\.md$/);
        if (match && match[1] === l.key) body[match[2]!] = text;
      }
      return { ...l, body };
    }),
  }));
  const result = coursePackageSchema.safeParse({ ...course, modules, items, assets: [...assets].map(([name, bytes]) => ({ name, bytes })) });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(package)'}: ${i.message}`);
    throw new AppError('validation_failed', `invalid course package:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export async function readCoursePackage(path: string): Promise<CoursePackage> {
  const info = await stat(path);
  if (info.isDirectory()) return parsePackageFiles(await readFolder(path));
  if (info.size > MAX_BYTES) throw new AppError('bad_request', 'course package too large');
  return parsePackageFiles(readZip(await readFile(path)));
}

/** The files of a package (the inverse of parsePackageFiles). */
export function packageFiles(pkg: CoursePackage): PackageFiles {
  const files: Files = new Map();
  const { items, modules, assets, ...course } = pkg;
  files.set(
    'course.yaml',
    stringifyYaml({ ...course, modules: modules.map((m) => ({ ...m, lessons: m.lessons.map(({ body: _body, ...l }) => l) })) }, { lineWidth: 0 }),
  );
  files.set('items.yaml', stringifyYaml(items, { lineWidth: 0 }));
  for (const m of modules) for (const l of m.lessons) for (const [locale, text] of Object.entries(l.body)) files.set(`lessons/${l.key}.${locale}.md`, text);
  return { text: files, assets: new Map(assets.map((a) => [a.name, a.bytes])) };
}

export async function writeCoursePackage(pkg: CoursePackage, dir: string): Promise<string[]> {
  const { text, assets } = packageFiles(pkg);
  const all: Array<[string, string | Uint8Array]> = [...text, ...[...assets].map(([name, bytes]) => [`assets/${name}`, bytes] as [string, Uint8Array])];
  for (const [name, content] of all) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return all.map(([name]) => name);
}
