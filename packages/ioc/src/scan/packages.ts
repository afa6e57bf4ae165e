/**
 * Installed-package model shared by the androidqf, `pm list` and package-list inputs, and the
 * matching of packages, signing certificates and APK hashes against the index.
 */
import type { IndicatorIndex } from '../index/indicator-index.ts';
import type { FindingCollector } from './collector.ts';

export interface PackageCertificate {
  md5?: string;
  sha1?: string;
  sha256?: string;
  subject?: string;
  issuer?: string;
}

export interface PackageFile {
  path?: string;
  md5?: string;
  sha1?: string;
  sha256?: string;
  certificate?: PackageCertificate;
}

export interface InstalledPackage {
  name: string;
  /** Installer package; null when the system recorded none (adb, some sideloads). */
  installer?: string | null;
  system?: boolean;
  thirdParty?: boolean;
  disabled?: boolean;
  uid?: number;
  /** APK path (from `pm list -f`). */
  path?: string;
  files: PackageFile[];
  /** 1-based line in a text input. */
  line?: number;
}

/** Matches every package by name, file hashes and signing certificates. */
export function scanPackages(packages: readonly InstalledPackage[], index: IndicatorIndex, collector: FindingCollector): void {
  for (const pkg of packages) {
    const where = pkg.line === undefined ? {} : { line: pkg.line };
    const byName = index.lookupPackage(pkg.name);
    if (byName !== undefined) {
      collector.indicator(byName, 'package', pkg.name, { value: pkg.name, package: pkg.name, ...where, ...(pkg.path === undefined ? {} : { path: pkg.path }) });
    }
    for (const file of pkg.files) {
      const path = file.path === undefined ? {} : { path: file.path };
      for (const hash of [file.sha256, file.sha1, file.md5]) {
        if (hash === undefined || hash === '') continue;
        const entries = index.lookupFileHash(hash);
        if (entries !== undefined) {
          const value = hash.toLowerCase();
          collector.indicator(entries, 'file_hash', value, { value, package: pkg.name, ...where, ...path });
        }
      }
      const cert = file.certificate;
      if (cert === undefined) continue;
      for (const fingerprint of [cert.sha1, cert.sha256, cert.md5]) {
        if (fingerprint === undefined || fingerprint === '') continue;
        const entries = index.lookupCertificate(fingerprint);
        if (entries !== undefined) {
          const value = fingerprint.replace(/:/g, '').toUpperCase();
          collector.indicator(entries, 'certificate', value, { value, package: pkg.name, ...where, ...path });
          break;
        }
      }
    }
  }
}
