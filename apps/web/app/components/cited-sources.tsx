/** The numbered sources of a content page ([1], [2] … in its text): publisher, title, year, link. */
export function CitedSources({ sources, title }: { sources: Array<{ title: string; publisher: string; year: string; url: string }>; title: string }) {
  return (
    <section aria-labelledby="sources-title" className="mt-12 border-t border-line pt-6 text-sm text-muted">
      <h2 id="sources-title" className="mb-3 text-base font-semibold text-ink">
        {title}
      </h2>
      <ol className="list-decimal space-y-2 ps-5">
        {sources.map((s) => (
          <li key={s.url}>
            {s.publisher}, “{s.title}”, {s.year}.{' '}
            <a href={s.url} rel="noreferrer" className="break-all">
              {s.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
