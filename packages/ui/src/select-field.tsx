import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { FieldFrame, fieldIds } from './field-frame.tsx';
import { inputClass } from './text-field.tsx';

// A select is never "read-write" in CSS terms, so it must not pick up the read-only look.
const selectClass = inputClass.replace(/\s?read-only:\S+/g, '');

export interface SelectFieldProps {
  name: string;
  /** Only when a page repeats the same field name in several forms. */
  id?: string;
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
export function SelectField({ name, id: explicitId, label, options, defaultValue, description, errors, placeholder, isRequired, className }: SelectFieldProps) {
  const invalid = Boolean(errors?.length);
  const { id, describedBy } = fieldIds(name, Boolean(description), invalid, explicitId);
  return (
    <FieldFrame name={name} id={id} label={label} description={description} errors={errors} className={className}>
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
    </FieldFrame>
  );
}
