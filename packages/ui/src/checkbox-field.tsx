import { type ReactNode, useId } from 'react';

export interface CheckboxFieldProps {
  name: string;
  label: ReactNode;
  value?: string;
  defaultChecked?: boolean;
  description?: ReactNode;
}

/** A native checkbox with a large hit area. */
export function CheckboxField({ name, label, value = 'on', defaultChecked, description }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-describedby={description ? `${id}-d` : undefined} className="mt-1 size-5 shrink-0 accent-primary" />
      <div>
        <label htmlFor={id} className="font-medium text-ink">
          {label}
        </label>
        {description ? (
          <p id={`${id}-d`} className="text-sm text-muted">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
