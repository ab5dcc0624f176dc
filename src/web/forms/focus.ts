import type { FieldErrors } from '../lib/validate.js';

/**
 * Moves focus to the first control with an error, in the order the form shows them, so nobody
 * has to keep a list of field names in step with the markup.
 */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) continue;
    if (!el.name || el.type === 'hidden' || el.disabled || !errors[el.name]) continue;
    focusNamed(form, el.name);
    return;
  }
}

/**
 * Focuses the control of that name. A radio group or a set of checkboxes shares one name: focus
 * the chosen one, else the first, which is where Tab would land in the group.
 */
export function focusNamed(form: HTMLFormElement, name: string): void {
  const el = form.elements.namedItem(name);
  if (el instanceof RadioNodeList) {
    const inputs = Array.from(el).filter((n): n is HTMLInputElement => n instanceof HTMLInputElement);
    (inputs.find((i) => i.checked) ?? inputs[0])?.focus();
  } else if (el instanceof HTMLElement) el.focus();
}
