/**
 * Builders for androidqf acquisitions: packages.json entries shaped as androidqf writes them,
 * and the text files around them.
 */
export interface PackageSpec {
  name: string;
  installer?: string | null;
  system?: boolean;
  sha256?: string;
  certSha1?: string;
}

export function packageEntry(spec: PackageSpec): Record<string, unknown> {
  return {
    name: spec.name,
    files: [
      {
        path: `/data/app/~~Qm9vaw==/${spec.name}-AbCd==/base.apk`,
        local_name: '',
        md5: 'd41d8cd98f00b204e9800998ecf8427e',
        sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709',
        sha256: spec.sha256 ?? 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        sha512: 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
        error: '',
        verified_certificate: true,
        certificate: {
          Md5: '0123456789abcdef0123456789abcdef',
          Sha1: spec.certSha1 ?? '1111111111111111111111111111111111111111',
          Sha256: '2222222222222222222222222222222222222222222222222222222222222222',
          ValidFrom: '2020-01-01T00:00:00Z',
          ValidTo: '2050-01-01T00:00:00Z',
          Issuer: 'CN=Developer',
          Subject: 'CN=Developer',
          SignatureAlgorithm: 'SHA256-RSA',
          SerialNumber: 12345,
        },
        certificate_error: '',
        trusted_certificate: false,
      },
    ],
    installer: spec.installer === undefined ? 'com.android.vending' : spec.installer === null ? 'null' : spec.installer,
    uid: 10123,
    disabled: false,
    system: spec.system ?? false,
    third_party: !(spec.system ?? false),
  };
}

export function packagesJson(specs: readonly PackageSpec[]): string {
  return JSON.stringify(specs.map(packageEntry), null, 1);
}

export const DUMPSYS_WITH_ADMINS = `-------------------------------------------------------------------------------
DUMP OF SERVICE device_policy:
Current Device Policy Manager state:
  Immutable state:
    mHasFeature=true
  Enabled Device Admins (User 0, provisioningState: 0):
    com.google.android.gms/com.google.android.gms.mdm.receivers.MdmDeviceAdminReceiver:
      uid=10089
      testOnlyAdmin=false
      policies:
        wipe-data
        force-lock
    com.sys.update/.AdminReceiver:
      uid=10201
  Encryption Status: per-user
--------- 0.006s was the duration of dumpsys device_policy, ending at: 2026-01-15 10:00:00
-------------------------------------------------------------------------------
DUMP OF SERVICE dropbox:
  Enabled Device Admins (User 0):
    com.not.policy/.Fake:
`;

export const PS_OUTPUT = `USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME
root             1     0 10935180  9452 0                   0 S init
u0_a201       4242   600 15065168 98000 0                   0 S com.sys.update
u0_a201       4250   600 15065168 98000 0                   0 S com.sys.update:remote
root           777     1 10935180  9452 0                   0 S magiskd
`;
