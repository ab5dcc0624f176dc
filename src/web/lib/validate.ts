import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Runs the same zod schema the server uses, and turns its issues into one message per field
 * (the first path segment, so "tags.2" belongs to the tags field).
 */
export function validate<S extends z.ZodType>(schema: S, values: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Moves focus to the first field with an error, in the order the form shows them. */
export function focusFirstError(form: HTMLFormElement | null, order: readonly string[], errors: FieldErrors): void {
  const first = order.find((name) => errors[name]);
  if (!first || !form) return;
  const el = form.elements.namedItem(first);
  if (el instanceof HTMLElement) el.focus();
  // A radio group or a set of checkboxes shares one name: focus the chosen one, else the first,
  // which is where Tab would land in the group.
  else if (el instanceof RadioNodeList) {
    const inputs = Array.from(el).filter((n): n is HTMLInputElement => n instanceof HTMLInputElement);
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
  }
}
