/** Only paths on this site: `//evil.example` and absolute URLs fall back to the default. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/dashboard'): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}
