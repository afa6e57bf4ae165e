import type { Actor } from '@destalk/core/accounts/actor';
import type { AppConfig } from '@destalk/core/config/index';
import type { Locale } from '@destalk/core/i18n/locales';

/**
 * What the root route gives every page: language, names for the shell and the signed-in
 * person's navigation. No name or e-mail: the shell is the same for everyone with the same
 * roles, so memoised pages can be shared (ADR 0013).
 */
export function rootData(actor: Actor | null, locale: Locale, config: Pick<AppConfig, 'appName' | 'exitUrl'>) {
  return {
    locale,
    appName: config.appName,
    exitUrl: config.exitUrl,
    user: actor
      ? {
          isPlatformAdmin: actor.isPlatformAdmin,
          isMember: actor.memberships.length > 0,
          coordinates: actor.memberships.filter((m) => m.role === 'coordinator').map((m) => ({ id: m.organisationId, name: m.organisationName })),
          runsCohorts: actor.memberships.filter((m) => m.role !== 'learner').map((m) => ({ id: m.organisationId, name: m.organisationName })),
        }
      : null,
  };
}
