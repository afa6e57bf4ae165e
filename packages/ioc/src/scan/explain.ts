/**
 * Default English explanations of indicator findings. They say what matched and why it matters,
 * and for the low and medium levels why the finding is not proof of a compromise.
 */
import type { FindingKind } from '../report/model.ts';

export function explainIndicator(kind: FindingKind, app: string, indicator: string, observed: string): string {
  const seen = observed === indicator ? `"${indicator}"` : `"${observed}" (under the indicator "${indicator}")`;
  switch (kind) {
    case 'c2_contact':
      return `The device exchanged traffic with ${seen}, a server the stalkerware ${app} uses to collect data from monitored phones.`;
    case 'watchware_c2_contact':
      return `The device exchanged traffic with ${seen}, a server of the monitoring app ${app}. Such apps do not hide, but may be used without consent.`;
    case 'stalkerware_package':
      return `An app with the package name "${indicator}", known to belong to the stalkerware ${app}, is installed.`;
    case 'watchware_package':
      return `An app with the package name "${indicator}", belonging to the monitoring app ${app}, is installed. Check that it is there with the owner's consent.`;
    case 'stalkerware_certificate':
      return `An installed app is signed with the certificate ${indicator}, used to sign the stalkerware ${app}.`;
    case 'watchware_certificate':
      return `An installed app is signed with the certificate ${indicator}, used to sign the monitoring app ${app}.`;
    case 'stalkerware_file_hash':
      return `An installed app file has the SHA-256 ${indicator}, a known sample of the stalkerware ${app}.`;
    case 'watchware_file_hash':
      return `An installed app file has the SHA-256 ${indicator}, a known sample of the monitoring app ${app}.`;
    case 'distribution_host':
      return `The device contacted ${seen}, a host that distributes the installer of ${app}. It suggests a download of the app, not that it is installed.`;
    case 'vendor_website':
      return `${seen} is a website of the vendor of ${app}. A visit does not mean the app is installed: the person checking their phone may have visited it while researching the app.`;
    default:
      return `${seen} matched an indicator of ${app}.`;
  }
}
