// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LoginBody, SignupBody } from '../../contracts/account/auth.js';
import { REAUTH_REQUIRED } from '../../contracts/account/auth.js';
import { ApiError, request } from '../api/client.js';
import { FormMessage } from '../components/FormMessage.js';
import { i18n } from '../i18n/i18n.js';
import { validate } from '../lib/validate.js';
import { FormShell } from './FormShell.js';
import { useSteadyForm } from './useSteadyForm.js';

function Login({ onSave }: { onSave: () => Promise<void> }) {
  const form = useSteadyForm({ schema: LoginBody, defaultValues: { email: '', password: '' }, onSubmit: onSave });
  return (
    <FormShell form={form}>
      <input name="email" aria-label="email" value={form.values.email} onChange={(e) => form.set({ email: e.target.value })} />
      <input name="password" aria-label="password" value={form.values.password} onChange={(e) => form.set({ password: e.target.value })} />
      <p data-testid="email-error">{form.errors.email}</p>
      <p data-testid="password-error">{form.errors.password}</p>
      <FormMessage message={form.notice?.text ?? null} />
      <button type="submit">send</button>
    </FormShell>
  );
}

function inRouter(element: React.ReactElement) {
  return render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

const problem = (body: object, status = 400) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('field and problem words follow the language', () => {
  const realFetch = globalThis.fetch;
  beforeEach(async () => {
    await i18n.changeLanguage('es');
  });
  afterEach(async () => {
    globalThis.fetch = realFetch;
    await i18n.changeLanguage('en');
  });

  it('says the browser check in Spanish: the contract’s own words and zod’s defaults', async () => {
    inRouter(<Login onSave={() => Promise.resolve()} />);
    await userEvent.type(screen.getByLabelText('email'), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(screen.getByTestId('email-error').textContent).toBe('Escribe una dirección de correo como nombre@ejemplo.com');
    expect(screen.getByTestId('password-error').textContent).toBe('Escribe tu contraseña');
    expect(screen.getByText('Hay algo que conviene revisar antes de guardar.')).toBeTruthy();
    // A check with no message of its own: the catalog's kind words, not zod's.
    const long = validate(SignupBody.pick({ displayName: true }), { displayName: 'x'.repeat(81) });
    expect(long.ok ? null : long.errors.displayName).toBe('Es un poco largo: este campo admite hasta 80 caracteres.');
    expect(validate(z.strictObject({ n: z.number() }), { n: 'a' })).toMatchObject({
      errors: { n: 'Esto no parece el tipo de respuesta que lleva este campo.' },
    });
  });

  it('says the server’s field errors and its problem in Spanish', async () => {
    globalThis.fetch = () =>
      Promise.resolve(
        problem({
          title: 'Please choose another password',
          detail: 'Nothing was saved.',
          errors: [
            {
              field: 'password',
              in: 'body',
              message: 'This one is on lists of passwords people use most. A few words only you would put together work well',
            },
          ],
        }),
      );
    inRouter(<Login onSave={() => request('POST', '/api/v1/auth/signup', { body: {} })} />);
    await userEvent.type(screen.getByLabelText('email'), 'sam@example.com');
    await userEvent.type(screen.getByLabelText('password'), 'password1234');
    await userEvent.click(screen.getByRole('button', { name: 'send' }));
    expect(await screen.findByText('Elige otra contraseña, por favor. No se guardó nada.')).toBeTruthy();
    expect(screen.getByTestId('password-error').textContent).toBe(
      'Esta aparece en las listas de contraseñas más usadas. Unas cuantas palabras que solo tú juntarías funcionan bien',
    );
  });

  it('maps a problem by its type, then its status, never showing the English', async () => {
    const typed = new ApiError({
      type: REAUTH_REQUIRED,
      title: 'Please confirm it’s you',
      status: 403,
      detail: 'Enter your password again.',
    });
    expect(typed.friendly).toBe('Confirma que eres tú: vuelve a escribir tu contraseña para seguir.');
    const plain = new ApiError({ type: 'about:blank', title: 'Already decided', status: 409, detail: 'You already decided.' });
    expect(plain.friendly).toBe('Esto cambió mientras tanto. Recarga para ver cómo está y vuelve a intentarlo.');
    expect(new ApiError({ type: 'about:blank', title: 'Too many attempts', status: 429 }, 30).friendly).toBe(
      'Demasiados intentos. Espera unos 30 segundos y vuelve a intentarlo.',
    );
    const unknownField = new ApiError({
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'note', in: 'body', message: 'Keep the note under 2,000 characters' },
        { field: 'odd', in: 'body', message: 'Something only the server knows' },
      ],
    });
    expect(unknownField.fieldErrors).toEqual({ note: 'Que no pase de 2000 caracteres.', odd: 'Esto conviene revisarlo.' });
    globalThis.fetch = () => Promise.reject(new TypeError('offline'));
    await expect(request('GET', '/api/v1/session')).rejects.toMatchObject({
      friendly:
        'Ahora mismo no pudimos conectar con Steady. Lo que escribiste sigue aquí; inténtalo de nuevo cuando vuelvas a tener conexión.',
    });
  });

  it('leaves English exactly as the contract and the server wrote it', async () => {
    await i18n.changeLanguage('en');
    expect(validate(LoginBody, { email: 'x', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter an email address like name@example.com', password: 'Enter your password' },
    });
    const err = new ApiError({
      type: 'about:blank',
      title: 'Email or password is incorrect',
      status: 401,
      detail: 'Check both and try again.',
    });
    expect(err.friendly).toBe('Email or password is incorrect. Check both and try again.');
  });
});
