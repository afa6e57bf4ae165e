import { describe, expect, it } from 'vitest';
import { matchDomain, normalizeDomain, type DomainRecord } from './domain.ts';
import { isSharedHostingParent, isUnderSharedHosting, SHARED_HOSTING_PARENTS } from './shared-hosting.ts';

function table(...entries: [string, boolean][]): Map<string, DomainRecord & { id: string }> {
  return new Map(entries.map(([name, exactOnly]) => [name, { exactOnly, id: name }]));
}

const indicators = (hits: ReturnType<typeof matchDomain> | undefined): string[] | undefined => hits?.map((h) => `${h.indicator}${h.exact ? ' (exact)' : ''}`);

describe('dot-boundary matching', () => {
  const t = table(['c2.example', false], ['spy.example.org', false]);

  it('matches the indicator itself', () => {
    expect(indicators(matchDomain('c2.example', t))).toEqual(['c2.example (exact)']);
  });

  it('matches subdomains on a dot boundary', () => {
    expect(indicators(matchDomain('a.c2.example', t))).toEqual(['c2.example']);
    expect(indicators(matchDomain('x.y.z.c2.example', t))).toEqual(['c2.example']);
  });

  it('does not match a plain string suffix', () => {
    expect(matchDomain('xc2.example', t)).toBeUndefined();
    expect(matchDomain('a.xc2.example', t)).toBeUndefined();
    expect(matchDomain('c2.example.net', t)).toBeUndefined();
    expect(matchDomain('example', t)).toBeUndefined();
  });

  it('lists every matching indicator, most specific first', () => {
    const nested = table(['c2.example', false], ['api.c2.example', false]);
    expect(indicators(matchDomain('v1.api.c2.example', nested))).toEqual(['api.c2.example', 'c2.example']);
    expect(indicators(matchDomain('api.c2.example', nested))).toEqual(['api.c2.example (exact)', 'c2.example']);
  });
});

describe('shared hosting parents', () => {
  const t = table(['catwatchful-e03b8.firebaseio.com', true], ['firebaseio.com', true], ['core.windows.net', false]);

  it('match their exact listed subdomains only', () => {
    expect(indicators(matchDomain('catwatchful-e03b8.firebaseio.com', t))).toEqual(['catwatchful-e03b8.firebaseio.com (exact)']);
    expect(matchDomain('x.catwatchful-e03b8.firebaseio.com', t)).toBeUndefined();
    expect(matchDomain('other-app.firebaseio.com', t)).toBeUndefined();
  });

  it('never let the parent cover its tenants', () => {
    expect(indicators(matchDomain('firebaseio.com', t))).toEqual(['firebaseio.com (exact)']);
    expect(matchDomain('innocent.firebaseio.com', t)).toBeUndefined();
  });

  it('stop the walk at the parent so an ancestor indicator cannot reach tenants', () => {
    expect(matchDomain('tenant.blob.core.windows.net', t)).toBeUndefined();
    expect(indicators(matchDomain('other.core.windows.net', t))).toEqual(['core.windows.net']);
  });

  it('are recognised with their subdomains', () => {
    expect(isSharedHostingParent('appspot.com')).toBe(true);
    expect(isSharedHostingParent('x.appspot.com')).toBe(false);
    expect(isUnderSharedHosting('1ca43.appspot.com')).toBe(true);
    expect(isUnderSharedHosting('herokuapp.com')).toBe(true);
    expect(isUnderSharedHosting('bucket.s3.amazonaws.com')).toBe(true);
    expect(isUnderSharedHosting('appspot.com.evil.example')).toBe(false);
    expect(isUnderSharedHosting('myappspot.com')).toBe(false);
  });

  it('list includes the platforms the feeds use', () => {
    for (const parent of ['appspot.com', 'firebaseio.com', 'herokuapp.com', 'azurewebsites.net', 'amazonaws.com', 'cloudfront.net', 'googleusercontent.com']) {
      expect(SHARED_HOSTING_PARENTS).toContain(parent);
    }
    expect(new Set(SHARED_HOSTING_PARENTS).size).toBe(SHARED_HOSTING_PARENTS.length);
  });
});

describe('normalizeDomain', () => {
  it('lower-cases and removes the trailing dot', () => {
    expect(normalizeDomain('C2.Example.')).toBe('c2.example');
    expect(normalizeDomain('  WWW.SPY.EXAMPLE ')).toBe('www.spy.example');
  });

  it('converts IDNs to punycode', () => {
    expect(normalizeDomain('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('rejects what is not a multi-label host name', () => {
    expect(normalizeDomain('localhost')).toBeUndefined();
    expect(normalizeDomain('')).toBeUndefined();
    expect(normalizeDomain('a..b')).toBeUndefined();
    expect(normalizeDomain('https://x.example/path')).toBeUndefined();
    expect(normalizeDomain('-bad.example')).toBeUndefined();
    expect(normalizeDomain(`${'a'.repeat(64)}.example`)).toBeUndefined();
  });
});
