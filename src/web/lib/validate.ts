import type { z } from 'zod';
import { focusNamed } from '../forms/focus.js';
import { localFieldMessage } from './fieldWords.js';

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
    errors[field] ??= localFieldMessage(issue.message);
  }
  return { ok: false, errors };
}

/** Moves focus to the first field with an error, in the order given (forms on `useSteadyForm` use the markup's order). */
export function focusFirstError(form: HTMLFormElement | null, order: readonly string[], errors: FieldErrors): void {
  const first = order.find((name) => errors[name]);
  if (first && form) focusNamed(form, first);
}
