import type { ReactNode } from 'react';
import { cn } from './cn.ts';
import { FieldFrame, fieldIds } from './field-frame.tsx';

export interface TextFieldProps {
  name: string;
  /** Only when a page repeats the same field name in several forms. */
  id?: string;
  label: ReactNode;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel' | 'date' | 'datetime-local' | 'number';
  description?: ReactNode;
  /** Translated messages from the server; the field is marked invalid when present. */
  errors?: string[];
  defaultValue?: string;
  autoComplete?: string;
  isRequired?: boolean;
  isReadOnly?: boolean;
  inputMode?: 'text' | 'numeric' | 'email';
  maxLength?: number;
  pattern?: string;
  multiline?: boolean;
  className?: string;
  autoFocus?: boolean;
}

export const inputClass =
  'w-full rounded-md border border-line-strong bg-surface px-3 py-2.5 text-base text-ink placeholder:text-muted user-invalid:border-danger aria-invalid:border-danger aria-invalid:border-2 read-only:bg-surface-muted';

/**
 * A labelled text input: label, description and error wired with ids. The input is a plain,
 * uncontrolled element on purpose: text typed before the page's JavaScript has loaded stays
 * (a controlled input would be reset on hydration), and the form works without JavaScript.
 * Errors come from the server.
 */
export function TextField({ name, id: explicitId, label, description, errors, type = 'text', multiline, className, isRequired, isReadOnly, defaultValue, autoComplete, inputMode, maxLength, pattern, autoFocus }: TextFieldProps) {
  const invalid = Boolean(errors?.length);
  const { id, describedBy } = fieldIds(name, Boolean(description), invalid, explicitId);
  const common = {
    id,
    name,
    defaultValue,
    readOnly: isReadOnly,
    required: isRequired,
    autoComplete,
    maxLength,
    autoFocus,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
  };
  return (
    <FieldFrame name={name} id={id} label={label} description={description} errors={errors} className={className}>
      {multiline ? <textarea {...common} className={cn(inputClass, 'min-h-32')} /> : <input {...common} type={type} inputMode={inputMode} pattern={pattern} className={inputClass} />}
    </FieldFrame>
  );
}
