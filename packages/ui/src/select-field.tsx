import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { inputClass } from './text-field.tsx';

// A select is never "read-write" in CSS terms, so it must not pick up the read-only look.
const selectClass = inputClass.replace(/\s?read-only:\S+/g, '');

export interface SelectFieldProps {
  name: string;
  label: ReactNode;
  options: Array<{ value: string; label: string }>;
  defaultValue?: string;
  description?: ReactNode;
  errors?: string[];
  placeholder?: string;
  isRequired?: boolean;
  className?: string;
}

/** A native <select>: works without JavaScript, on every phone and with every screen reader. */
export function SelectField({ name, label, options, defaultValue, description, errors, placeholder, isRequired, className }: SelectFieldProps) {
  const id = `field-${name}`;
  const invalid = Boolean(errors?.length);
  const describedBy = [description ? `${id}-description` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {errors?.join(' ')}
        </p>
      ) : null}
      <select id={id} name={name} defaultValue={defaultValue ?? ''} aria-invalid={invalid || undefined} aria-describedby={describedBy} required={isRequired} className={cn(selectClass, 'appearance-auto')}>
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
