/**
 * Package verification turned off. Google Play Protect checks installed apps and blocks known
 * stalkerware; people who install stalkerware on someone else's phone routinely switch it off
 * first. A person may also have turned it off themselves, hence a medium heuristic.
 */
import type { FindingCollector } from '../scan/collector.ts';
import type { HeuristicInput } from './types.ts';

/** Global settings whose value means verification is off, with what that value does. */
const DISABLED_VALUES: readonly { key: string; value: string; meaning: string }[] = [
  { key: 'package_verifier_enable', value: '0', meaning: 'app verification (Play Protect scanning) is turned off' },
  { key: 'verifier_verify_adb_installs', value: '0', meaning: 'apps installed over USB (adb) are not verified' },
  { key: 'package_verifier_user_consent', value: '-1', meaning: 'Play Protect was refused permission to scan apps' },
];

export function checkPackageVerification(input: HeuristicInput, collector: FindingCollector): void {
  const global = input.settings?.global;
  if (global === undefined) return;
  for (const rule of DISABLED_VALUES) {
    if (global.get(rule.key)?.trim() !== rule.value) continue;
    collector.heuristic(
      'heuristic_package_verification_disabled',
      { value: `${rule.key}=${rule.value}`, path: 'settings_global.txt' },
      `On this phone ${rule.meaning}. People who install stalkerware often do this first so that it is not detected; turn it back on in the Play Store settings if you did not turn it off.`,
      rule.key,
    );
  }
}
