import { useEffect, useRef } from 'react';

export interface ErrorSummaryProps {
  title: string;
  /** Form-level messages (not tied to a field). */
  messages?: string[];
  /** Field messages with the id or name of the field they belong to. */
  fields?: Array<{ name: string; message: string }>;
}

/**
 * The list of problems at the top of a form (GOV.UK pattern). Focused when it appears so
 * keyboard and screen-reader users land on it after a failed submission; each entry links to
 * its field.
 */
export function ErrorSummary({ title, messages = [], fields = [] }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (messages.length === 0 && fields.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-2 border-danger bg-surface p-4">
      <h2 id="error-summary-title" className="text-lg font-semibold text-danger">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
        {fields.map((f) => (
          <li key={`${f.name}:${f.message}`}>
            <a href={`#field-${f.name}`} className="font-medium text-danger underline">
              {f.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
