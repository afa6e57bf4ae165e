/**
 * Hash and certificate fingerprint normalisation.
 *
 * Feeds write fingerprints in upper case (Echap), tools print them in lower case (androidqf,
 * apksigner) or with colons (keytool). All of them are the same bytes, so the index and every
 * lookup use lower-case hex without separators.
 */

const HEX_RE = /^[0-9a-f]+$/;
const HEX_ANY_CASE_RE = /^[0-9a-fA-F]+$/;

/** Lower-case hex without `:`/space separators, or undefined when the text is not hex. */
export function normalizeHex(text: string): string | undefined {
  if (HEX_ANY_CASE_RE.test(text)) return text.toLowerCase(); // the common case, without copies
  const cleaned = text.trim().replace(/[:\s-]/g, '').toLowerCase();
  if (cleaned.length === 0 || !HEX_RE.test(cleaned)) return undefined;
  return cleaned;
}

export type DigestAlgorithm = 'md5' | 'sha1' | 'sha256';

/** The digest algorithm a hex string's length implies (32 → md5, 40 → sha1, 64 → sha256). */
export function digestAlgorithmOf(hex: string): DigestAlgorithm | undefined {
  switch (hex.length) {
    case 32:
      return 'md5';
    case 40:
      return 'sha1';
    case 64:
      return 'sha256';
    default:
      return undefined;
  }
}
