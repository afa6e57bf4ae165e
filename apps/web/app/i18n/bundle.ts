import type { CoreMessages } from '@destalk/core/i18n/messages/en/index';
import type { Translation } from '@destalk/core/i18n/messages/catalogue';
import type { WebMessages } from '../locales/en/index.ts';

/**
 * One language's catalogue as the browser gets it: the web namespaces plus the core namespaces a
 * page can show (errors, validation, domain vocabularies). E-mail texts stay on the server.
 */
export type Bundle = Translation<WebMessages> & Pick<Translation<CoreMessages>, 'domain' | 'errors' | 'validation' | 'eventExport' | 'report'>;

export function makeBundle(web: Translation<WebMessages>, core: Translation<CoreMessages>): Bundle {
  return { ...web, domain: core.domain, errors: core.errors, validation: core.validation, eventExport: core.eventExport, report: core.report };
}
