import type { Resource } from 'i18next';
import type { Bundle } from './bundle.ts';

// Every language, eagerly: the server renders any of them.
const modules = import.meta.glob<{ default: Bundle }>('./bundles/*.ts', { eager: true });

export function allResources(): Resource {
  return Object.fromEntries(
    Object.entries(modules).map(([path, mod]) => [path.replace(/^\.\/bundles\/|\.ts$/g, ''), mod.default as unknown as Resource[string]]),
  );
}
