/**
 * A required tick box with its error in place: the error summary links to `#field-<name>`, which
 * is the box itself, and the message is announced with it.
 */
export function ConfirmCheckbox({ name, label, errors, defaultChecked }: { name: string; label: string; errors?: string[] | undefined; defaultChecked?: boolean }) {
  const id = `field-${name}`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1.5">
      {invalid ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {errors!.join(' ')}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          required
          defaultChecked={defaultChecked}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          className="mt-1 size-5 shrink-0 accent-primary"
        />
        <label htmlFor={id} className="font-medium text-ink">
          {label}
        </label>
      </div>
    </div>
  );
}
