/**
 * Enabled accessibility services of non-system apps. An accessibility service can read
 * everything on screen and act for the user; stalkerware relies on it to capture messages from
 * end-to-end encrypted apps and to keep itself from being uninstalled. Assistive apps use it
 * legitimately, hence a medium heuristic.
 */
import type { FindingCollector } from '../scan/collector.ts';
import { isSystemPackage, type HeuristicInput } from './types.ts';

export function checkAccessibilityServices(input: HeuristicInput, collector: FindingCollector): void {
  const value = input.settings?.secure?.get('enabled_accessibility_services');
  if (value === undefined || value.trim() === '' || value === 'null') return;
  for (const component of value.split(':')) {
    const trimmed = component.trim();
    const pkg = trimmed.split('/')[0] ?? '';
    if (pkg === '' || isSystemPackage(input, pkg) || input.flaggedPackages?.has(pkg.toLowerCase())) continue;
    collector.heuristic(
      'heuristic_accessibility_service',
      { value: trimmed, package: pkg, path: 'settings_secure.txt' },
      `The accessibility service of "${pkg}" is turned on. It lets the app read the screen and act on it, which stalkerware uses to capture messages; check that you know this app and turned it on yourself.`,
      trimmed,
    );
  }
}
