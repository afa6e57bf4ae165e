import { LOCALE_NATIVE_NAMES, type Locale } from '@destalk/core/i18n/locales';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface PreviewProps {
  base: string;
  step: string;
  version: string;
  languages: Locale[];
  lang: Locale;
  assets: string[];
  /** Unsaved colours the colour step is trying (live preview). */
  colours?: { background: string; text: string; accent: string } | undefined;
}

/** Every asset of the kit as saved, in one language: rendered on the server by the kit's own engine. */
export function PreviewPanel({ base, step, version, languages, lang, assets, colours }: PreviewProps) {
  const { t } = useTranslation();
  const query = (asset: string) => {
    const q = new URLSearchParams({ lang, v: version });
    if (colours) for (const [k, v] of Object.entries(colours)) q.set(k, v);
    return `${base}/preview/${asset}.png?${q}`;
  };
  return (
    <section aria-labelledby="preview-title" className="rounded-xl border border-line bg-surface-muted p-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t('campaigns:preview.title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('campaigns:preview.lead')}</p>
      {languages.length > 1 ? (
        <nav aria-label={t('campaigns:preview.language')} className="mt-3">
          <ul className="flex flex-wrap gap-2 text-sm">
            {languages.map((l) => (
              <li key={l}>
                <Link to={`${base}?step=${step}&lang=${l}`} aria-current={l === lang ? 'true' : undefined} className={l === lang ? 'font-semibold text-ink no-underline' : ''} preventScrollReset>
                  {LOCALE_NATIVE_NAMES[l]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ul className="mt-4 grid grid-cols-2 gap-3">
        {assets.map((asset) => {
          const name = t(`campaigns:preview.assets.${asset}` as 'campaigns:preview.assets.poster-a4');
          return (
            <li key={asset} className={asset === 'social-landscape' ? 'col-span-2' : ''}>
              <a href={query(asset)} target="_blank" rel="noreferrer" className="block rounded-md bg-surface p-1 shadow-sm">
                <img src={query(asset)} alt={t('campaigns:preview.alt', { asset: name, language: LOCALE_NATIVE_NAMES[lang] })} loading="lazy" className="h-auto w-full rounded" />
              </a>
              <span className="mt-1 block text-xs text-muted">{name}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
