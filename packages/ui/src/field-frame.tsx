import type { ReactNode } from 'react';
import { cn } from './cn.ts';

/** The ids a field's input must carry so its label, hint and error are announced with it. */
export function fieldIds(name: string, hasDescription: boolean, invalid: boolean, explicitId?: string) {
  const id = explicitId ?? `field-${name}`;
  const describedBy = [hasDescription ? `${id}-description` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, describedBy };
}

/** Label, hint and error around one input (the GOV.UK order: label, hint, error, input). */
/**
 * `id` defaults to `field-<name>` (what the error summary links to); a page with several forms
 * using the same field name gives each its own.
 */
export function FieldFrame({ name, id: explicitId, label, description, errors, className, children }: { name: string; id?: string; label: ReactNode; description?: ReactNode; errors?: string[]; className?: string; children: ReactNode }) {
  const id = explicitId ?? `field-${name}`;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted">
          {description}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}
