import type { ReactNode } from 'react';
import { cn } from './cn.ts';

export function Container({ children, className, size = 'default' }: { children: ReactNode; className?: string; size?: 'narrow' | 'default' | 'wide' }) {
  const width = size === 'narrow' ? 'max-w-xl' : size === 'wide' ? 'max-w-6xl' : 'max-w-4xl';
  return <div className={cn('mx-auto w-full px-4 sm:px-6', width, className)}>{children}</div>;
}

export function PageHeader({ title, lead, eyebrow, actions }: { title: ReactNode; lead?: ReactNode; eyebrow?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        {eyebrow ? <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-accent">{eyebrow}</p> : null}
        <h1 className="text-3xl sm:text-4xl">{title}</h1>
        {lead ? <p className="mt-3 max-w-2xl text-lg text-muted">{lead}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Card({ children, className, as: Tag = 'section', ...rest }: { children: ReactNode; className?: string; as?: 'section' | 'div' | 'article'; 'aria-labelledby'?: string }) {
  return (
    <Tag className={cn('rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6', className)} {...rest}>
      {children}
    </Tag>
  );
}

export function Badge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' | 'success' | 'warning' | 'danger' }) {
  const tones = {
    neutral: 'bg-surface-muted text-ink',
    accent: 'bg-accent-soft text-accent',
    success: 'bg-success-soft text-success',
    warning: 'bg-warning-soft text-warning',
    danger: 'bg-danger-soft text-danger',
  };
  return <span className={cn('inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold', tones[tone])}>{children}</span>;
}

/** A table that scrolls sideways on narrow screens instead of breaking the layout. */
export function Table({ caption, children, captionHidden = false }: { caption: ReactNode; children: ReactNode; captionHidden?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:px-4 [&_td]:py-3 [&_td]:align-top [&_th]:px-4 [&_th]:py-3 [&_th]:font-semibold [&_thead_th]:bg-surface-muted">
        <caption className={cn('px-4 py-3 text-left font-semibold', captionHidden && 'sr-only')}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** Dates and times in the reader's language; ISO input, UTC shown explicitly. */
export function Time({ iso, locale, withTime = true }: { iso: string; locale: string; withTime?: boolean }) {
  const date = new Date(iso);
  const text = new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  return <time dateTime={iso}>{withTime ? `${text} UTC` : text}</time>;
}
