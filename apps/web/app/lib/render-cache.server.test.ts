import { describe, expect, it } from 'vitest';
import { cachedRender, keyOf, NONCE_PLACEHOLDER, storeRender, withNonce } from './render-cache.server.ts';

describe('memoised renders', () => {
  it('keys a render by path, language and loader data, nothing else', () => {
    const data = { root: { locale: 'en' }, 'routes/learn-lesson': { lesson: { done: false } } };
    expect(keyOf('/a', 'en', data)).toBe(keyOf('/a', 'en', structuredClone(data)));
    expect(keyOf('/a', 'it', data)).not.toBe(keyOf('/a', 'en', data));
    expect(keyOf('/b', 'en', data)).not.toBe(keyOf('/a', 'en', data));
    expect(keyOf('/a', 'en', { ...data, 'routes/learn-lesson': { lesson: { done: true } } })).not.toBe(keyOf('/a', 'en', data));
  });

  it('gives every response its own nonce in place of an unguessable placeholder', () => {
    expect(NONCE_PLACEHOLDER).toMatch(/^n[\w-]{32}$/);
    const html = `<script nonce="${NONCE_PLACEHOLDER}">a</script><script nonce="${NONCE_PLACEHOLDER}">b</script>`;
    storeRender('k', html);
    expect(withNonce(cachedRender('k')!, 'abc')).toBe('<script nonce="abc">a</script><script nonce="abc">b</script>');
    expect(withNonce(cachedRender('k')!, 'xyz')).toBe('<script nonce="xyz">a</script><script nonce="xyz">b</script>');
    expect(cachedRender('other')).toBeUndefined();
  });
});
