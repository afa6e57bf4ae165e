import { createI18n } from '@destalk/core/i18n/translator';
import type { Resource } from 'i18next';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { HydratedRouter } from 'react-router/dom';
import { loadBundle } from './i18n/load-bundle.ts';

// The page's language is in <html lang>; only that catalogue is downloaded.
const { locale, bundle } = await loadBundle(document.documentElement.lang);
const i18n = createI18n({ [locale]: bundle as unknown as Resource[string] }, locale);

startTransition(() => {
  hydrateRoot(
    document,
    <I18nextProvider i18n={i18n}>
      <StrictMode>
        <HydratedRouter />
      </StrictMode>
    </I18nextProvider>,
  );
});
