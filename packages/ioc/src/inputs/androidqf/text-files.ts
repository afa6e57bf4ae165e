/**
 * Parsers for the small text files of an androidqf acquisition: `getprop.txt`
 * (`[key]: [value]`), `settings_{secure,global,system}.txt` (`key=value`, from
 * `cmd settings list`), the process list (`ps -A` text or the collector's JSON), the
 * device-policy section of `dumpsys.txt`, and `root_binaries.json`.
 */
import { IocInputError } from '../../errors.ts';
import { parseJsonText } from '../../feeds/json-text.ts';

/** getprop output: `[ro.build.tags]: [release-keys]`. */
export function parseGetprop(text: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*\[([^\]]+)\]:\s*\[(.*)\]\s*$/.exec(line);
    if (match !== null) props.set(match[1] as string, match[2] as string);
  }
  return props;
}

/** `cmd settings list <namespace>` output: `key=value` per line. */
export function parseSettings(text: string): Map<string, string> {
  const settings = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    settings.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return settings;
}

/**
 * Process names. The text form is `ps -A` (last column is the name); the collector writes a
 * JSON array of objects with a `name` (or `proc_name`) field.
 */
export function parseProcesses(text: string, file = 'processes.txt'): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    const data = parseJsonText(trimmed, 'androidqf_bad_shape', file);
    if (!Array.isArray(data)) throw new IocInputError('androidqf_bad_shape', 'Process list must be an array', { file });
    const names: string[] = [];
    for (const item of data) {
      const record = item as Record<string, unknown> | null;
      const name = record?.['name'] ?? record?.['proc_name'] ?? record?.['Name'];
      if (typeof name === 'string' && name !== '') names.push(name);
    }
    return names;
  }
  const names: string[] = [];
  const lines = trimmed.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fields = (lines[i] as string).trim().split(/\s+/);
    if (fields.length < 2 || (i === 0 && fields.includes('PID'))) continue;
    const name = (fields[fields.length - 1] as string).replace(/^\[|\]$/g, '');
    if (name !== '') names.push(name);
  }
  return names;
}

/**
 * Active device administrators from the `device_policy` section of `dumpsys.txt`:
 * component lines (`    com.x/.AdminReceiver:`) under an "Enabled Device Admins" heading.
 */
export function parseDeviceAdmins(dumpsys: string): string[] {
  const start = dumpsys.indexOf('DUMP OF SERVICE device_policy:');
  if (start === -1) return [];
  const end = dumpsys.indexOf('DUMP OF SERVICE ', start + 30);
  const section = dumpsys.slice(start, end === -1 ? undefined : end).split('\n');
  const admins: string[] = [];
  let headingIndent = -1;
  for (const line of section) {
    const indent = line.length - line.trimStart().length;
    if (/Enabled Device Admins/.test(line)) {
      headingIndent = indent;
      continue;
    }
    if (headingIndent === -1) continue;
    if (line.trim() !== '' && indent <= headingIndent) {
      headingIndent = -1;
      continue;
    }
    const match = /^\s+([A-Za-z][\w.]*)\/([\w.$]+):\s*$/.exec(line);
    if (match !== null) admins.push(`${match[1]}/${match[2]}`);
  }
  return [...new Set(admins)];
}

/** androidqf's root_binaries.json: an array of paths where root tools were found. */
export function parseRootBinaries(text: string, file = 'root_binaries.json'): string[] {
  const data = parseJsonText(text, 'androidqf_bad_shape', file);
  if (data === null) return [];
  if (!Array.isArray(data)) throw new IocInputError('androidqf_bad_shape', 'root_binaries.json must be an array of paths', { file });
  return data.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
}
