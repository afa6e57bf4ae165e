import { TextField } from '@destalk/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';

/**
 * The lesson text with a live preview: as the author types, the text is rendered by the server
 * (the learner's own renderer and sanitiser) after a short pause. The textarea is a plain form
 * field, so the page also works without JavaScript (a preview button posts the form).
 */
export function MarkdownEditor({ name, label, hint, defaultValue, previewUrl, initialHtml, lang, errors }: { name: string; label: string; hint: string; defaultValue: string; previewUrl: string; initialHtml: string; lang: string; errors?: string[] }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ html: string }>();
  const [text, setText] = useState(defaultValue);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const textarea = container.current?.querySelector('textarea');
    if (!textarea) return;
    const onInput = () => setText(textarea.value);
    textarea.addEventListener('input', onInput);
    return () => textarea.removeEventListener('input', onInput);
  }, []);
  useEffect(() => {
    if (text === defaultValue) return;
    const timer = setTimeout(() => void fetcher.submit({ markdown: text, lang }, { method: 'post', action: previewUrl }), 400);
    return () => clearTimeout(timer);
  }, [text, defaultValue, previewUrl, lang, fetcher.submit]);
  const html = fetcher.data?.html ?? initialHtml;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div ref={container}>
        <TextField name={name} label={label} description={hint} multiline defaultValue={defaultValue} errors={errors} className="[&_textarea]:min-h-[28rem] [&_textarea]:font-mono [&_textarea]:text-sm" />
      </div>
      <section aria-labelledby="preview-title" aria-live="polite" className="rounded-lg border border-line bg-surface p-4">
        <h2 id="preview-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-muted">
          {t('teach:author.lesson.previewTitle')}
        </h2>
        {/* Rendered and sanitised on the server, exactly as learners will get it. */}
        <div className="prose-guide" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
      </section>
    </div>
  );
}
