import type { ReactNode } from 'react';
import { cn } from './cn.ts';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

const tones: Record<AlertTone, string> = {
  info: 'bg-info-soft border-primary',
  success: 'bg-success-soft border-success',
  warning: 'bg-warning-soft border-warning',
  danger: 'bg-danger-soft border-danger',
};

/**
 * A callout. `live` announces it (status for news, alert for problems) — use it for messages that
 * appear after an action, not for static page content.
 */
export function Alert({ tone = 'info', title, children, live = false, className }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; live?: boolean; className?: string }) {
  const role = live ? (tone === 'danger' ? 'alert' : 'status') : undefined;
  return (
    <div role={role} className={cn('rounded-md border-l-4 px-4 py-3 text-ink', tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cn(title ? 'mt-1' : '', 'text-sm leading-relaxed [&_p+p]:mt-2')}>{children}</div> : null}
    </div>
  );
}
