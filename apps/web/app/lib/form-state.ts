/** What an action answers when a form cannot be accepted (rendered by the same page, no JS needed). */
export interface FormState {
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  /** What the person typed, to fill the form again (never passwords or codes). */
  values: Record<string, string>;
  /** Which form of the page failed, when a page has several. */
  intent?: string;
}

export function isFormState(value: unknown): value is FormState {
  return typeof value === 'object' && value !== null && 'fieldErrors' in value && 'formErrors' in value;
}

/** The state for one form of a page with several (matched by intent). */
export function stateFor(actionData: unknown, intent?: string): FormState | undefined {
  if (!isFormState(actionData)) return undefined;
  if (intent !== undefined && actionData.intent !== intent) return undefined;
  return actionData;
}
