/**
 * Domain matching rules.
 *
 * A domain indicator `c2.example` matches the name itself and any name that ends with it on a
 * dot boundary (`a.c2.example`), because operators rotate subdomains freely. It never matches on
 * a plain string suffix (`xc2.example` is someone else's domain). Indicators under a shared
 * hosting parent match exactly only — see shared-hosting.ts for why.
 *
 * The walk looks up each dot-boundary suffix of the observed name in a Map: O(labels) lookups
 * per name, independent of the number of indicators.
 */
import { domainToASCII } from 'node:url';
import { isSharedHostingParent } from './shared-hosting.ts';

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)+$/;

/**
 * Lower-case ASCII form of a host name (IDNs in punycode, trailing dot removed), or undefined
 * when the text is not a multi-label host name.
 */
export function normalizeDomain(text: string): string | undefined {
  let name = text.trim().toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name.length === 0) return undefined;
  if (/[^\x21-\x7e]/.test(name)) {
    name = domainToASCII(name);
    if (name === '') return undefined;
  }
  // A numeric last label is an IP address or garbage, never a host name.
  return DOMAIN_RE.test(name) && !/\.\d+$/.test(name) ? name : undefined;
}

/** A record stored for one indicator domain. */
export interface DomainRecord {
  /** True when the indicator is (under) a shared hosting parent: exact matches only. */
  exactOnly: boolean;
}

export interface DomainHit<R extends DomainRecord> {
  /** The indicator that matched (the observed name or one of its suffixes). */
  indicator: string;
  record: R;
  /** True when the observed name equals the indicator. */
  exact: boolean;
}

/**
 * All indicators `name` matches, most specific first. `name` must already be lower case.
 * Returns undefined (no allocation) when nothing matches — the packet scanner's common case.
 */
export function matchDomain<R extends DomainRecord>(name: string, table: ReadonlyMap<string, R>): DomainHit<R>[] | undefined {
  let hits: DomainHit<R>[] | undefined;
  const exact = table.get(name);
  if (exact !== undefined) hits = [{ indicator: name, record: exact, exact: true }];
  if (isSharedHostingParent(name)) return hits;
  let dot = name.indexOf('.');
  while (dot !== -1) {
    const next = name.indexOf('.', dot + 1);
    if (next === -1) break; // the remaining suffix is a single label (a TLD): never an indicator
    const suffix = name.slice(dot + 1);
    const record = table.get(suffix);
    if (record !== undefined && !record.exactOnly) (hits ??= []).push({ indicator: suffix, record, exact: false });
    // Nothing above a shared hosting parent can legitimately cover its tenants.
    if (isSharedHostingParent(suffix)) break;
    dot = next;
  }
  return hits;
}
