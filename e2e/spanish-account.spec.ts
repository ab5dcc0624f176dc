import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import { newPerson, signUpQuickly } from './support/people.js';
import { checkSpanish, shot, speakSpanish } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * Signing in, signing up and getting back in, in Spanish: every screen and state of the account
 * area, the browser's own field checks and the server's answers (field errors and problems) alike.
 */

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await speakSpanish(page);
});

/** A fresh browser with nobody signed in (signUpQuickly signs the page's context in). */
async function signedOut(page: Page): Promise<void> {
  await page.context().clearCookies();
}

test('log in: the page, the browser’s check and a wrong password, in Spanish', async ({ page, console }) => {
  console.allow(401, /\/api\/v1\/auth\/login$/);
  const { person } = await signUpQuickly(page, newPerson({ displayName: 'Lucía' }));
  await signedOut(page);
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Qué bien verte de nuevo' })).toBeVisible();
  await checkSpanish(page, 'login');

  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page.getByText('Escribe una dirección de correo como nombre@ejemplo.com')).toBeVisible();
  await expect(page.getByText('Escribe tu contraseña')).toBeVisible();
  await expect(page.getByLabel('Correo electrónico')).toBeFocused();
  await checkSpanish(page, 'login-check');

  await page.getByLabel('Correo electrónico').fill(person.email);
  await page.getByLabel('Contraseña', { exact: true }).fill('not the right one at all');
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page.getByText('El correo o la contraseña no son correctos. Revisa ambos y vuelve a intentarlo.')).toBeVisible();
  await checkSpanish(page, 'login-wrong');
  await shot(page, 'login-wrong');

  await page.getByLabel('Contraseña', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test('log in after the session ended: the page asks kindly to carry on', async ({ page }) => {
  await page.goto('/login?next=%2Fjournal');
  await expect(page.getByText('Entra para seguir donde lo dejaste.')).toBeVisible();
  await checkSpanish(page, 'login-next');
});

test('the second step: a code, a wrong code and the page, in Spanish', async ({ page, console }) => {
  console.allow(400, /\/api\/v1\/auth\/login\/complete$/);
  const { person, csrf } = await signUpQuickly(page, newPerson({ displayName: 'Mateo' }));
  const setup = await page.request.post('/api/v1/two-step/totp/setup', { headers: { 'x-csrf-token': csrf } });
  expect(setup.status()).toBe(200);
  const { secret } = (await setup.json()) as { secret: string };
  const confirmed = await page.request.post('/api/v1/two-step/totp/confirm', {
    data: { code: await generate({ secret }) },
    headers: { 'x-csrf-token': csrf },
  });
  expect(confirmed.status()).toBe(200);
  await signedOut(page);

  await page.goto('/login');
  await page.getByLabel('Correo electrónico').fill(person.email);
  await page.getByLabel('Contraseña', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Un paso más' })).toBeVisible();
  const code = page.getByLabel('Código de tu app de autenticación, o un código de recuperación');
  await expect(code).toBeFocused();
  await checkSpanish(page, 'second-step');

  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByText('Escribe el código')).toBeVisible();
  await checkSpanish(page, 'second-step-empty');

  await code.fill('000000');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByText('Ese código no funcionó. Revísalo y vuelve a intentarlo. Cada código sirve una vez.')).toBeVisible();
  await expect(page.getByText('Revisa el código y vuelve a intentarlo')).toBeVisible();
  await checkSpanish(page, 'second-step-wrong');
  await shot(page, 'second-step-wrong');

  await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
  await expect(page.getByText('Vuelve a escribir tu contraseña para empezar de nuevo.')).toBeVisible();
  await checkSpanish(page, 'second-step-start-again');
});

test('sign up: the page, the browser’s check and the server’s word on a password, in Spanish', async ({ page, console }) => {
  console.allow(400, /\/api\/v1\/auth\/signup$/);
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1, name: 'Crea tu espacio' })).toBeVisible();
  await checkSpanish(page, 'signup');

  await page.getByRole('button', { name: 'Crear mi espacio' }).click();
  await expect(page.getByText('Hay algunos datos que conviene revisar.')).toBeVisible();
  await expect(page.getByText('Escribe un nombre para mostrar')).toBeVisible();
  await expect(page.getByText('Usa al menos 12 caracteres')).toBeVisible();
  await expect(page.getByLabel('¿Cómo quieres que te llamemos?')).toBeFocused();
  await checkSpanish(page, 'signup-check');
  await shot(page, 'signup-check');

  // The server alone knows the lists of common passwords: its field error arrives in Spanish too.
  const person = newPerson({ displayName: 'Carmen' });
  await page.getByLabel('¿Cómo quieres que te llamemos?').fill(person.displayName);
  await page.getByLabel('Correo electrónico').fill(person.email);
  await page.getByLabel('Contraseña', { exact: true }).fill('password1234');
  await page.getByRole('button', { name: 'Crear mi espacio' }).click();
  await expect(page.getByText('Elige otra contraseña, por favor. No se guardó nada.')).toBeVisible();
  await expect(page.locator('.field-error')).toHaveCount(1);
  await checkSpanish(page, 'signup-server');
  await shot(page, 'signup-server');
});

test('finishing a sign-up from the mail: no link, the form, and a used link, in Spanish', async ({ page, console }) => {
  console.allow(400, /\/api\/v1\/auth\/signup\/confirm$/);
  await page.goto('/signup/confirm');
  await expect(page.getByRole('heading', { level: 1, name: 'Este enlace ya no funciona' })).toBeVisible();
  await expect(page.getByText('Esta página se abre desde el enlace de tu mensaje.')).toBeVisible();
  await checkSpanish(page, 'confirm-no-link');

  // A new page load: the token is read when the page opens.
  await page.goto('/');
  await page.goto('/signup/confirm#token=not-a-real-token-at-all');
  await expect(page.getByRole('heading', { level: 1, name: 'Termina de crear tu espacio' })).toBeVisible();
  await checkSpanish(page, 'confirm');
  await page.getByRole('button', { name: 'Crear mi espacio' }).click();
  await expect(page.locator('.field-error')).toHaveText('Escribe la contraseña que elegiste');
  await checkSpanish(page, 'confirm-check');
  await page.getByLabel('Tu contraseña').fill('quiet harbour morning tea');
  await page.getByRole('button', { name: 'Crear mi espacio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Este enlace ya no funciona' })).toBeVisible();
  await expect(page.getByText('Ya se usó, o ha pasado más de un día.')).toBeVisible();
  await checkSpanish(page, 'confirm-used');
});

test('forgot the password: the page, the check and the same answer for any email, in Spanish', async ({ page }) => {
  await page.goto('/forgot');
  await expect(page.getByRole('heading', { level: 1, name: 'Elige una contraseña nueva' })).toBeVisible();
  await checkSpanish(page, 'forgot');
  await page.getByRole('button', { name: 'Envíame un enlace' }).click();
  await expect(page.getByText('Escribe una dirección de correo como nombre@ejemplo.com')).toBeVisible();
  await checkSpanish(page, 'forgot-check');
  await page.getByLabel('Correo electrónico').fill('nadie@example.com');
  await page.getByRole('button', { name: 'Envíame un enlace' }).click();
  await expect(page.getByText(/Si ese correo pertenece a una cuenta de aquí/)).toBeVisible();
  await checkSpanish(page, 'forgot-sent');
  await shot(page, 'forgot-sent');
});

test('a new password: no link, the form, two that differ, and a used link, in Spanish', async ({ page, console }) => {
  console.allow(400, /\/api\/v1\/auth\/password-reset\/complete$/);
  await page.goto('/reset');
  await expect(page.getByRole('heading', { level: 1, name: 'Este enlace ya no funciona' })).toBeVisible();
  await checkSpanish(page, 'reset-no-link');

  await page.goto('/');
  await page.goto('/reset#token=not-a-real-token-at-all');
  await expect(page.getByRole('heading', { level: 1, name: 'Elige una contraseña nueva' })).toBeVisible();
  await checkSpanish(page, 'reset');
  await page.getByLabel('Contraseña nueva').fill('a kettle on a slow morning');
  await page.getByLabel('La misma contraseña otra vez').fill('a kettle on a slow mornin');
  await page.getByRole('button', { name: 'Guardar y entrar' }).click();
  await expect(page.getByText('Las dos todavía no coinciden')).toBeVisible();
  await checkSpanish(page, 'reset-differ');
  await page.getByLabel('La misma contraseña otra vez').fill('a kettle on a slow morning');
  await page.getByRole('button', { name: 'Guardar y entrar' }).click();
  await expect(page.getByText('Ya se usó, o ha pasado más de una hora.')).toBeVisible();
  await checkSpanish(page, 'reset-used');
});
