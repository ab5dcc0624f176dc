import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { focusFirstError, validate } from './validate.js';

function form(html: string): HTMLFormElement {
  const el = document.createElement('form');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

const FIELDS = `
  <input name="title" aria-label="Title">
  <fieldset>
    <legend>How were you in touch?</legend>
    <label><input type="radio" name="channel" value="call"> A call</label>
    <label><input type="radio" name="channel" value="visit"> A visit</label>
    <label><input type="radio" name="channel" value="message"> A message</label>
  </fieldset>
  <textarea name="note" aria-label="Note"></textarea>`;

describe('focusFirstError', () => {
  it('focuses the first field with an error in the order the form shows them, not the order of the errors', () => {
    const f = form(FIELDS);
    focusFirstError(f, ['title', 'channel', 'note'], { note: 'Too long', title: 'Needed' });
    expect(document.activeElement).toBe(f.elements.namedItem('title'));
  });

  it('lands on the first radio of a group sharing one name when none is chosen, where Tab would enter it', () => {
    const f = form(FIELDS);
    focusFirstError(f, ['title', 'channel', 'note'], { channel: 'Choose one', note: 'Too long' });
    const first = f.querySelector<HTMLInputElement>('input[value="call"]');
    expect(document.activeElement).toBe(first);
  });

  it('lands on the chosen radio when the group has one, as arrow keys and Tab do', () => {
    const f = form(FIELDS);
    f.querySelector<HTMLInputElement>('input[value="visit"]')!.checked = true;
    focusFirstError(f, ['channel'], { channel: 'Not this one for a practice' });
    expect(document.activeElement).toBe(f.querySelector('input[value="visit"]'));
  });

  it('leaves focus alone when nothing is wrong, or the field is not in the form', () => {
    const f = form(FIELDS);
    const note = f.elements.namedItem('note') as HTMLTextAreaElement;
    note.focus();
    focusFirstError(f, ['title', 'channel'], {});
    focusFirstError(f, ['missing'], { missing: 'Needed' });
    focusFirstError(null, ['title'], { title: 'Needed' });
    expect(document.activeElement).toBe(note);
  });
});

describe('validate', () => {
  it('gives one message per field, by the first path segment, and "form" for the whole', () => {
    const schema = z
      .object({ title: z.string().min(1, 'Needed'), tags: z.array(z.string().max(3, 'Short tags, please')) })
      .refine((v) => v.title !== 'same', 'Something about the whole');
    expect(validate(schema, { title: '', tags: ['ok', 'far too long', 'also too long'] })).toEqual({
      ok: false,
      errors: { title: 'Needed', tags: 'Short tags, please' },
    });
    expect(validate(schema, { title: 'same', tags: [] })).toEqual({ ok: false, errors: { form: 'Something about the whole' } });
    expect(validate(schema, { title: 'A walk', tags: [] })).toEqual({ ok: true, data: { title: 'A walk', tags: [] } });
  });
});
