import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField, TextArea } from 'react-aria-components';
import { cn } from './cn.ts';

export interface TextFieldProps {
  name: string;
  label: ReactNode;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel';
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
  'w-full rounded-md border border-line-strong bg-surface px-3 py-2.5 text-base text-ink placeholder:text-muted invalid:border-danger aria-invalid:border-danger aria-invalid:border-2 read-only:bg-surface-muted';

/**
 * A labelled text input (react-aria: label, description and error are wired with ids). Errors
 * come from the server so the form works without JavaScript; `aria` validation keeps the
 * browser from blocking submission with its own bubbles.
 */
export function TextField({ name, label, description, errors, type = 'text', multiline, className, isRequired, ...rest }: TextFieldProps) {
  const invalid = Boolean(errors?.length);
  return (
    <AriaTextField
      id={`field-${name}`}
      name={name}
      type={type}
      isRequired={isRequired}
      isInvalid={invalid}
      validationBehavior="aria"
      className={cn('flex flex-col gap-1.5', className)}
      {...rest}
    >
      <Label className="font-semibold text-ink">{label}</Label>
      {description ? <Text slot="description" className="text-sm text-muted">{description}</Text> : null}
      {invalid ? (
        <FieldError className="text-sm font-semibold text-danger">{errors?.join(' ')}</FieldError>
      ) : null}
      {multiline ? <TextArea className={cn(inputClass, 'min-h-32')} /> : <Input className={inputClass} />}
    </AriaTextField>
  );
}
