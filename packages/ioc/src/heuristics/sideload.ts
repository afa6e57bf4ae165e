/**
 * Apps installed outside an app store. Stalkerware is not allowed in app stores, so it is
 * nearly always installed from a downloaded APK (through the system package installer, a
 * browser, a messaging app) or over USB with adb (no installer recorded). Legitimate apps are
 * sometimes installed this way too, so this is a question to ask, graded medium.
 */
import type { FindingCollector } from '../scan/collector.ts';
import type { HeuristicInput } from './types.ts';

/** App stores whose installs are not reported. */
export const STORE_INSTALLERS: ReadonlySet<string> = new Set([
  'com.android.vending', // Google Play
  'com.google.android.feedback', // Google Play on old Android versions
  'com.amazon.venezia', // Amazon Appstore
  'com.sec.android.app.samsungapps', // Galaxy Store
  'com.huawei.appmarket', // AppGallery
  'com.xiaomi.market', // Xiaomi GetApps
  'com.xiaomi.mipicks',
  'com.heytap.market', // OPPO / OnePlus
  'com.oppo.market',
  'com.bbk.appstore', // vivo
  'com.vivo.appstore',
  'org.fdroid.fdroid', // F-Droid
  'com.aurora.store', // Aurora Store (Play front-end)
]);

/** Installers that mean "an APK file was opened on the device". */
export const PACKAGE_INSTALLERS: ReadonlySet<string> = new Set([
  'com.android.packageinstaller',
  'com.google.android.packageinstaller',
  'com.google.android.permissioncontroller',
  'com.samsung.android.packageinstaller',
  'com.miui.packageinstaller',
]);

export function checkSideloadedApps(input: HeuristicInput, collector: FindingCollector): void {
  for (const pkg of input.packages ?? []) {
    if (pkg.installer === undefined) continue; // the input does not say who installed it
    if (pkg.system === true || (pkg.system === undefined && pkg.path !== undefined && !pkg.path.startsWith('/data/'))) continue;
    if (input.flaggedPackages?.has(pkg.name.toLowerCase())) continue;
    const installer = pkg.installer;
    if (installer !== null && STORE_INSTALLERS.has(installer)) continue;
    const how =
      installer === null
        ? 'with no installer recorded, which is what installing over USB (adb) or by some file managers leaves'
        : PACKAGE_INSTALLERS.has(installer)
          ? `from an APK file opened on the device (installer ${installer})`
          : `by the app ${installer}, not by an app store`;
    collector.heuristic(
      'heuristic_sideloaded_app',
      { value: `${pkg.name} (installer: ${installer ?? 'none'})`, package: pkg.name, ...(pkg.line === undefined ? {} : { line: pkg.line }) },
      `The app "${pkg.name}" was installed ${how}. Stalkerware is almost always installed outside app stores; some legitimate apps are too, so check whether you know this app.`,
      pkg.name,
    );
  }
}
