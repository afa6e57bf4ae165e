/**
 * androidqf's packages.json: an array of
 * `{ name, files: [{ path, md5, sha1, sha256, sha512, certificate: { Md5, Sha1, Sha256, Subject,
 * Issuer, … }, certificate_error, trusted_certificate }], installer, uid, disabled, system,
 * third_party }`. Optional fields may be missing (older versions, APKs that were not pulled); a
 * different overall shape is rejected with `androidqf_bad_shape`, naming the entry.
 */
import { IocInputError } from '../../errors.ts';
import { parseJsonText } from '../../feeds/json-text.ts';
import type { InstalledPackage, PackageCertificate, PackageFile } from '../../scan/packages.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optString(record: Json, key: string, where: { file: string; objectId: string }): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new IocInputError('androidqf_bad_shape', `"${key}" must be a string`, { ...where, objectId: `${where.objectId}.${key}` });
  return value;
}

function optBool(record: Json, key: string): boolean | undefined {
  const value = record[key];
  return typeof value === 'boolean' ? value : undefined;
}

function readCertificate(value: unknown, where: { file: string; objectId: string }): PackageCertificate | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new IocInputError('androidqf_bad_shape', '"certificate" must be an object', where);
  const cert: PackageCertificate = {};
  const md5 = optString(value, 'Md5', where);
  const sha1 = optString(value, 'Sha1', where);
  const sha256 = optString(value, 'Sha256', where);
  const subject = optString(value, 'Subject', where);
  const issuer = optString(value, 'Issuer', where);
  if (md5) cert.md5 = md5;
  if (sha1) cert.sha1 = sha1;
  if (sha256) cert.sha256 = sha256;
  if (subject) cert.subject = subject;
  if (issuer) cert.issuer = issuer;
  return cert;
}

function readFile(value: unknown, where: { file: string; objectId: string }): PackageFile {
  if (!isObject(value)) throw new IocInputError('androidqf_bad_shape', 'Each entry of "files" must be an object', where);
  const out: PackageFile = {};
  for (const key of ['path', 'md5', 'sha1', 'sha256'] as const) {
    const text = optString(value, key, where);
    if (text) out[key] = text;
  }
  const certificate = readCertificate(value['certificate'], { ...where, objectId: `${where.objectId}.certificate` });
  if (certificate !== undefined) out.certificate = certificate;
  return out;
}

/** Parses packages.json text into the shared package model. */
export function parsePackagesJson(text: string, options: { file?: string; maxPackages: number }): InstalledPackage[] {
  const file = options.file ?? 'packages.json';
  const data = parseJsonText(text, 'androidqf_bad_shape', file);
  if (!Array.isArray(data)) {
    throw new IocInputError('androidqf_bad_shape', 'packages.json must be a JSON array of packages', { file });
  }
  if (data.length > options.maxPackages) {
    throw new IocInputError('androidqf_bad_shape', `packages.json lists ${data.length} packages, more than the limit of ${options.maxPackages}`, { file });
  }
  return data.map((raw, i): InstalledPackage => {
    const where = { file, objectId: `[${i}]` };
    if (!isObject(raw)) throw new IocInputError('androidqf_bad_shape', `Package ${i + 1} is not an object`, where);
    const name = raw['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      throw new IocInputError('androidqf_bad_shape', `Package ${i + 1} has no "name"`, where);
    }
    const files = raw['files'] ?? [];
    if (!Array.isArray(files)) throw new IocInputError('androidqf_bad_shape', `"files" of "${name}" must be an array`, { file, objectId: `[${i}].files` });
    const installer = raw['installer'];
    const uid = raw['uid'];
    const pkg: InstalledPackage = {
      name: name.trim(),
      installer: typeof installer === 'string' && installer !== '' && installer !== 'null' ? installer : null,
      files: files.map((f, j) => readFile(f, { file, objectId: `[${i}].files[${j}]` })),
    };
    const system = optBool(raw, 'system');
    const thirdParty = optBool(raw, 'third_party');
    const disabled = optBool(raw, 'disabled');
    if (system !== undefined) pkg.system = system;
    if (thirdParty !== undefined) pkg.thirdParty = thirdParty;
    if (disabled !== undefined) pkg.disabled = disabled;
    if (typeof uid === 'number') pkg.uid = uid;
    return pkg;
  });
}
