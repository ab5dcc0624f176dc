// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api/client.js';
import { FormMessage } from '../components/FormMessage.js';
import { FormShell } from './FormShell.js';
import { LeaveDialog } from './LeaveDialog.js';
import { useSteadyForm } from './useSteadyForm.js';

// A contract-shaped body: a name, a channel chosen from a radio group, and a note.
const Body = z.strictObject({
  name: z.string().trim().min(1, 'Give them a name'),
  channel: z.enum(['call', 'visit'], { error: 'Choose how you were in touch' }),
  note: z.string().max(10, 'Keep the note short'),
});
type Values = { name: string; channel: string; note: string };

function PersonLike({ onSave, guard = false }: { onSave: (body: z.output<typeof Body>) => Promise<void>; guard?: boolean }) {
  const form = useSteadyForm({
    schema: Body,
    defaultValues: { name: '', channel: '', note: '' } satisfies Values,
    // An empty choice is no choice: the schema says so in its own words.
    toBody: (v: Values) => ({ ...v, channel: v.channel || undefined }),
    keptMessage: 'Everything you wrote is still here.',
    guard,
    onSubmit: onSave,
  });
  const { values, errors } = form;
  return (
    <>
      <FormShell form={form}>
        <label>
          Name
          <input
            name="name"
            value={values.name}
            onChange={(e) => form.set({ name: e.target.value })}
            aria-invalid={errors.name ? true : undefined}
          />
        </label>
        {errors.name ? <p>{errors.name}</p> : null}
        <fieldset>
          <legend>How</legend>
          {(['call', 'visit'] as const).map((c) => (
            <label key={c}>
              <input type="radio" name="channel" value={c} checked={values.channel === c} onChange={() => form.set({ channel: c })} />
              {c}
            </label>
          ))}
        </fieldset>
        {errors.channel ? <p>{errors.channel}</p> : null}
        <label>
          Note
          <textarea name="note" value={values.note} onChange={(e) => form.set({ note: e.target.value })} />
        </label>
        {errors.note ? <p>{errors.note}</p> : null}
        <FormMessage message={form.notice?.text ?? null} tone={form.notice?.tone} />
        <button type="submit">{form.busy ? 'Saving…' : 'Save'}</button>
      </FormShell>
      <Link to="/elsewhere">Elsewhere</Link>
      <LeaveDialog guard={form.leave} />
    </>
  );
}

function renderForm(props: Parameters<typeof PersonLike>[0]) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <PersonLike {...props} /> },
      { path: '/elsewhere', element: <p>Somewhere else</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup() };
}

describe('useSteadyForm', () => {
  it('shows the schema’s own messages and focuses the first field in the order of the form, not of the errors', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const { user } = renderForm({ onSave });
    await user.type(screen.getByLabelText('Note'), 'far too long a note');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Give them a name')).toBeTruthy();
    expect(screen.getByText('Choose how you were in touch')).toBeTruthy();
    expect(screen.getByText('Keep the note short')).toBeTruthy();
    expect(screen.getByText('Something needs another look before saving.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('focuses a radio group when it is the first field in error: the chosen radio, else the first', async () => {
    const { user } = renderForm({ onSave: () => Promise.resolve() });
    await user.type(screen.getByLabelText('Name'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Choose how you were in touch');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'call' }));
  });

  it('maps a 400 problem+json onto the field it names, with the server’s sentence and a word that nothing was lost', async () => {
    const onSave = vi.fn(() =>
      Promise.reject(
        new ApiError({
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          detail: 'Some fields need another look.',
          errors: [{ field: 'note.0', in: 'body', message: 'That note is not allowed here' }],
        }),
      ),
    );
    const { user } = renderForm({ onSave });
    await user.type(screen.getByLabelText('Name'), 'Sam');
    await user.click(screen.getByRole('radio', { name: 'visit' }));
    await user.type(screen.getByLabelText('Note'), 'hello');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('That note is not allowed here')).toBeTruthy();
    expect(screen.getByText('Some fields need another look. Everything you wrote is still here.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    expect(onSave).toHaveBeenCalledWith({ name: 'Sam', channel: 'visit', note: 'hello' }, undefined);
  });

  it('is busy while the save is on its way and sends once however often it is pressed', async () => {
    let finish: () => void = () => undefined;
    const onSave = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { user } = renderForm({ onSave });
    await user.type(screen.getByLabelText('Name'), 'Sam');
    await user.click(screen.getByRole('radio', { name: 'call' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const busy = await screen.findByRole('button', { name: 'Saving…' });
    await user.click(busy);
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(await screen.findByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('asks before leaving with unsaved changes, stays when asked to, and leaves freely once nothing is unsaved', async () => {
    const { user, router } = renderForm({ onSave: () => Promise.resolve(), guard: true });
    await user.type(screen.getByLabelText('Name'), 'S');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Leave without saving?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep writing' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('S');

    await user.clear(screen.getByLabelText('Name'));
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Somewhere else')).toBeTruthy();
  });

  it('leaves when the person chooses to, without saving', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const { user, router } = renderForm({ onSave, guard: true });
    await user.type(screen.getByLabelText('Note'), 'half a thought');
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByText('Somewhere else')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/elsewhere');
    expect(onSave).not.toHaveBeenCalled();
  });
});
