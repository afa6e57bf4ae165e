/**
 * What the heuristics look at. Every field is optional: a `pm list` text only gives packages
 * with installers, an androidqf acquisition gives everything.
 */
import type { InstalledPackage } from '../scan/packages.ts';

export interface HeuristicInput {
  packages?: readonly InstalledPackage[];
  getprop?: ReadonlyMap<string, string>;
  settings?: { secure?: ReadonlyMap<string, string>; global?: ReadonlyMap<string, string> };
  processes?: readonly string[];
  processesFile?: string;
  deviceAdmins?: readonly string[];
  rootBinaries?: readonly string[];
  /**
   * Lower-case names of packages that already matched an indicator. Heuristics stay silent
   * about them: the indicator finding says more, and repeating it would only add noise.
   */
  flaggedPackages?: ReadonlySet<string>;
}

/** Finds a package by name, or undefined when the input has no package list or lacks it. */
export function packageByName(input: HeuristicInput, name: string): InstalledPackage | undefined {
  return input.packages?.find((p) => p.name === name);
}

/**
 * Whether a package is part of the system image. Unknown (no package list, or the list does not
 * say) counts as not system: a heuristic would rather ask a question than stay silent.
 */
export function isSystemPackage(input: HeuristicInput, name: string): boolean {
  const pkg = packageByName(input, name);
  if (pkg === undefined) return false;
  if (pkg.system !== undefined) return pkg.system;
  return pkg.path !== undefined && !pkg.path.startsWith('/data/');
}
