/**
 * Non-system device administrators. Device-admin rights let an app lock or wipe the phone and,
 * above all, block its own uninstallation — a classic stalkerware persistence trick. Work
 * profiles and anti-theft apps use them legitimately, hence a medium heuristic.
 */
import type { FindingCollector } from '../scan/collector.ts';
import { isSystemPackage, type HeuristicInput } from './types.ts';

export function checkDeviceAdmins(input: HeuristicInput, collector: FindingCollector): void {
  for (const component of input.deviceAdmins ?? []) {
    const pkg = component.split('/')[0] ?? '';
    if (pkg === '' || isSystemPackage(input, pkg) || input.flaggedPackages?.has(pkg.toLowerCase())) continue;
    collector.heuristic(
      'heuristic_device_admin',
      { value: component, package: pkg, path: 'dumpsys.txt' },
      `"${pkg}" is a device administrator. This can stop it from being uninstalled; stalkerware uses it to stay on the phone. Check that you know this app and why it needs these rights.`,
      component,
    );
  }
}
