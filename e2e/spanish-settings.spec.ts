import { generate } from 'otplib';
import type { Page } from '@playwright/test';
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { personQuickly } from './support/social.js';
import { virtualAuthenticator } from './support/passkeys.js';
import { askToConfirmOnce } from './support/reauth.js';
import { checkSpanish as checkAll, shot, speakSpanish } from './support/spanish.js';
import { expect, test } from './support/test.js';

// Passkeys belong to a domain name, never a bare IP address: this spec reaches the server as localhost.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 8391}` });

const PIN = '4826';

const checkSpanish = (page: Page, name: string) => checkAll(page, name);

async function openSettings(page: Page): Promise<void> {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await expect(page.locator('.session-list > li').first()).toBeVisible();
}

const region = (page: Page, name: string) => page.getByRole('region', { name });

// The settings page is long and axe reads all of it at each step.
test.describe.configure({ timeout: 150_000 });

test('settings, a new account: every section in Spanish, with the empty lists', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  await openSettings(page);
  await expect(page.getByText('Este es el único dispositivo con la sesión iniciada.')).toBeVisible();
  await expect(region(page, 'Enlaces que funcionan sin iniciar sesión').getByText('Ninguno por ahora.')).toBeVisible();
  await expect(region(page, 'Llaves de acceso').getByText('Aún no tienes llaves de acceso.')).toBeVisible();
  await expect(region(page, 'Bloquear Steady en este dispositivo').getByText('Está desactivado.')).toBeVisible();
  await expect(
    region(page, 'Inicio de sesión en dos pasos').getByRole('button', { name: 'Configurar una aplicación de autenticación' }),
  ).toBeVisible();
  await expect(page.getByText('Inicio lo muestra todo en su orden de siempre.')).toBeVisible();
  await checkSpanish(page, 'settings-new');
  await shot(page, 'settings-new');
});

test('settings, the forms: what needs another look, and what was saved', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  await openSettings(page);

  // Checked in the browser against the contract, said in Spanish.
  const profile = region(page, 'Perfil');
  await profile.getByLabel('Tu nombre en Steady').fill('  ');
  await profile.getByRole('button', { name: 'Guardar perfil' }).click();
  await expect(profile.getByText('Escribe un nombre para mostrar')).toBeVisible();
  const password = region(page, 'Contraseña');
  await password.getByLabel('Contraseña nueva').fill('short');
  await password.getByRole('button', { name: 'Cambiar la contraseña' }).click();
  await expect(password.getByText('Escribe tu contraseña actual')).toBeVisible();
  await expect(password.getByText('Usa al menos 12 caracteres')).toBeVisible();
  const lock = region(page, 'Bloquear Steady en este dispositivo');
  await lock.getByLabel('PIN', { exact: true }).fill('12');
  await lock.getByRole('button', { name: 'Activar el bloqueo' }).click();
  await expect(lock.getByText('Usa de 4 a 8 cifras, o una frase de 6 caracteres o más')).toBeVisible();
  await checkSpanish(page, 'settings-errors');
  await shot(page, 'settings-errors');

  // Saved: the profile, the time before the password is asked again, the lock.
  await profile.getByLabel('Tu nombre en Steady').fill('Robin');
  await profile.getByRole('button', { name: 'Guardar perfil' }).click();
  await expect(profile.getByText('Guardado.')).toBeVisible();
  const idle = region(page, 'Mantener la sesión iniciada');
  await idle.getByLabel('Volver a pedirme la contraseña').selectOption({ label: 'A las 2 horas' });
  await expect(idle.getByText('Se aplica a todos los dispositivos en los que tienes la sesión iniciada.')).toBeVisible();
  await lock.getByLabel('PIN', { exact: true }).fill(PIN);
  await lock.getByLabel('Bloquear', { exact: true }).selectOption({ label: 'Tras 15 minutos sin usarlo' });
  await lock.getByRole('button', { name: 'Activar el bloqueo' }).click();
  await expect(lock.getByText('El bloqueo está activado.')).toBeVisible();
  await expect(lock.getByText('Está activado: tras 15 minutos sin usarlo.')).toBeVisible();
  await checkSpanish(page, 'settings-saved');
  await shot(page, 'settings-saved');

  await lock.getByRole('button', { name: 'Desactivar el bloqueo' }).click();
  await expect(lock.getByText('El bloqueo está desactivado.')).toBeVisible();
  await checkSpanish(page, 'settings-lock-off');
});

test('settings, other devices and links without signing in: listed, ended and turned off in Spanish', async ({
  page,
  playwright,
  baseURL,
}) => {
  await speakSpanish(page);
  const { person, csrf } = await signUpQuickly(page, newPerson({ displayName: 'Noor' }));
  // Two other devices signed in, a calendar feed and a question for someone on the map.
  const others = await Promise.all(
    [0, 1].map(async () => {
      const other = await playwright.request.newContext({
        baseURL,
        userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/120.0',
      });
      expect((await other.post('/api/v1/auth/login', { data: { email: person.email, password: person.password } })).status()).toBe(200);
      return other;
    }),
  );
  expect((await page.request.post('/api/v1/calendar/token', { headers: { 'x-csrf-token': csrf } })).status()).toBe(200);
  const sam = await personQuickly(page.request, csrf, { name: 'Sam' });
  const asked = await page.request.post(`/api/v1/people/${sam}/feedback-links`, { data: {}, headers: { 'x-csrf-token': csrf } });
  expect(asked.status()).toBe(201);

  await openSettings(page);
  const sessions = region(page, 'Dónde tienes la sesión iniciada');
  await expect(sessions.locator('.session-name', { hasText: 'Firefox en un Mac' })).toHaveCount(2);
  await expect(sessions.getByText('Este dispositivo')).toBeVisible();
  const links = region(page, 'Enlaces que funcionan sin iniciar sesión');
  await expect(links.getByText('Tu calendario suscrito')).toBeVisible();
  await expect(links.getByText('Una pregunta para Sam')).toBeVisible();
  await expect(links.getByText(/se cierra solo el/)).toBeVisible();
  await checkSpanish(page, 'settings-lists');
  await shot(page, 'settings-lists');

  await sessions
    .getByRole('button', { name: /^Cerrar la sesión/ })
    .first()
    .click();
  await expect(sessions.getByText('Ese dispositivo ya no tiene la sesión iniciada.')).toBeVisible();
  await expect(sessions.locator('.session-name', { hasText: 'Firefox en un Mac' })).toHaveCount(1);
  await checkSpanish(page, 'settings-session-ended');

  await links.getByRole('button', { name: 'Desactivarlos todos' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Desactivar estos enlaces?' });
  await expect(dialog).toBeVisible();
  await checkSpanish(page, 'settings-links-dialog');
  await dialog.getByRole('button', { name: 'Desactivarlos' }).click();
  await expect(links.getByText('Ninguno por ahora.')).toBeVisible();
  await expect(links.getByText('Ya están todos desactivados.')).toBeVisible();
  await checkSpanish(page, 'settings-links-off');
  for (const other of others) await other.dispose();
});

test('settings, two-step sign-in: the authenticator app and recovery codes in Spanish', async ({ page }) => {
  await virtualAuthenticator(page);
  await speakSpanish(page);
  await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  await openSettings(page);
  const twoStep = region(page, 'Inicio de sesión en dos pasos');
  await twoStep.getByRole('button', { name: 'Configurar una aplicación de autenticación' }).click();
  await expect(twoStep.getByRole('img', { name: 'Código QR para tu aplicación de autenticación' })).toBeVisible();
  const secret = (await twoStep.locator('.totp-secret').textContent()) ?? '';
  await twoStep.getByRole('button', { name: 'Activar' }).click();
  await expect(twoStep.getByText('Escribe el código de seis cifras de la aplicación')).toBeVisible();
  await checkSpanish(page, 'two-step-setup');
  await shot(page, 'two-step-setup');

  await twoStep.getByLabel('Código de la aplicación').fill(await generate({ secret }));
  await twoStep.getByRole('button', { name: 'Activar' }).click();
  await expect(page.getByRole('heading', { name: 'Tus códigos de recuperación' })).toBeFocused();
  await expect(page.getByText('Es la única vez que Steady te los muestra.')).toBeVisible();
  await checkSpanish(page, 'recovery-codes');
  await shot(page, 'recovery-codes');
  await page.getByRole('button', { name: 'Ya los he guardado' }).click();
  await expect(twoStep.getByText('Hay una aplicación de autenticación activada.')).toBeVisible();
  await expect(twoStep.getByText('Te quedan 10 códigos de recuperación sin usar.')).toBeVisible();
  await expect(twoStep.getByText('El inicio de sesión en dos pasos está activado.')).toBeVisible();
  await checkSpanish(page, 'two-step-on');
});

test('settings, passkeys: added, renamed and removed in Spanish', async ({ page }) => {
  await virtualAuthenticator(page);
  await speakSpanish(page);
  await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  await openSettings(page);
  const passkeys = region(page, 'Llaves de acceso');
  await expect(passkeys.getByLabel('Nombre de la nueva llave de acceso')).toHaveValue('Este dispositivo');
  await passkeys.getByLabel('Nombre de la nueva llave de acceso').fill('Mi portátil');
  await passkeys.getByRole('button', { name: 'Añadir una llave de acceso' }).click();
  await expect(passkeys.getByText('Se ha añadido «Mi portátil». Ya puedes iniciar sesión con ella.')).toBeVisible();
  // The first second step brings recovery codes, shown here once.
  await expect(passkeys.getByRole('heading', { name: 'Tus códigos de recuperación' })).toBeFocused();
  await passkeys.getByRole('button', { name: 'Ya los he guardado' }).click();
  await expect(passkeys.getByText(/^Añadida el /)).toBeVisible();
  await checkSpanish(page, 'passkey-added');
  await shot(page, 'passkey-added');

  await passkeys.getByRole('button', { name: 'Cambiar el nombre Mi portátil' }).click();
  await passkeys.getByLabel('Nombre de la llave de acceso').fill(' ');
  await passkeys.getByRole('button', { name: 'Guardar el nombre' }).click();
  await expect(passkeys.getByText('Ponle un nombre de hasta 60 caracteres')).toBeVisible();
  await checkSpanish(page, 'passkey-rename');
  await passkeys.getByLabel('Nombre de la llave de acceso').fill('Portátil de casa');
  await passkeys.getByRole('button', { name: 'Guardar el nombre' }).click();
  await expect(passkeys.locator('.session-name')).toHaveText('Portátil de casa');

  await passkeys.getByRole('button', { name: 'Quitar Portátil de casa' }).click();
  await expect(passkeys.getByRole('button', { name: 'Quitar «Portátil de casa»' })).toBeVisible();
  await checkSpanish(page, 'passkey-remove');
});

test('the lock screen in Spanish: its words, a wrong PIN, and the way back in', async ({ page, console }) => {
  console.allow(423, /\/api\/v1\//);
  console.allow(400, /\/api\/v1\/app-lock\/unlock$/);
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Ari' }));
  await writeQuickly(page.request, csrf, { text: 'Palabras detrás del bloqueo.' });
  const set = await page.request.put('/api/v1/app-lock', { data: { pin: PIN, idleMinutes: 5 }, headers: { 'x-csrf-token': csrf } });
  expect(set.status()).toBe(200);
  await page.goto('/journal');
  await expect(page.getByText('Palabras detrás del bloqueo.')).toBeVisible();
  expect((await page.request.post('/api/v1/app-lock/lock', { headers: { 'x-csrf-token': csrf } })).status()).toBe(204);

  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Steady está bloqueado' })).toBeVisible();
  await expect(page).toHaveTitle('Bloqueado · Steady');
  await expect(page.getByText('Escribe tu PIN para seguir donde estabas.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Las líneas de ayuda están abiertas' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Salida rápida' })).toBeVisible();
  await checkSpanish(page, 'lock-screen');
  await shot(page, 'lock-screen');

  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(page.getByText('Escribe tu PIN', { exact: true })).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('1111');
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(page.getByText('Ese PIN no coincide. Vuelve a intentarlo.')).toBeVisible();
  await expect(page.getByLabel('PIN', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
  await checkSpanish(page, 'lock-screen-wrong-pin');
  await shot(page, 'lock-screen-wrong-pin');

  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Desbloquear' }).click();
  await expect(page.getByText('Palabras detrás del bloqueo.')).toBeVisible();
});

test('settings, your data: an import, a file that is not an export, and the deletion dialog in Spanish', async ({
  page,
  playwright,
  baseURL,
}) => {
  await speakSpanish(page);
  const other = await playwright.request.newContext({ baseURL });
  const signed = await other.post('/api/v1/auth/signup', { data: newPerson({ displayName: 'Ash' }) });
  const otherCsrf = ((await signed.json()) as { csrfToken: string }).csrfToken;
  await writeQuickly(other, otherCsrf, { text: 'Escrito en mi antiguo servidor.' });
  await writeQuickly(other, otherCsrf, { text: 'Y una línea más.' });
  const file = await (await other.get('/api/v1/me/export')).text();
  await other.dispose();

  const { person } = await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  await openSettings(page);
  const data = region(page, 'Tus datos');
  await expect(data.getByRole('link', { name: 'Descargarlo todo (JSON)' })).toBeVisible();
  const choose = data.getByLabel('Elegir un archivo exportado');

  await choose.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": true}') });
  await expect(data.getByRole('status').getByText('Ese archivo no es una exportación de Steady.')).toBeVisible();
  await choose.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(data.getByRole('status').getByText('No se pudo leer ese archivo.')).toBeVisible();
  await checkSpanish(page, 'import-not-export');

  await choose.setInputFiles({ name: 'steady-export.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(data.getByRole('status').getByText('2 entradas del diario')).toBeVisible();
  await expect(data.getByRole('status').getByText('Tus palabras vuelven a estar aquí.')).toBeVisible();
  await checkSpanish(page, 'import-done');
  await shot(page, 'import-done');
  await choose.setInputFiles({ name: 'steady-export.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(data.getByRole('status').getByText('Todo lo que hay en este archivo ya está aquí.')).toBeVisible();
  await checkSpanish(page, 'import-again');

  const remove = region(page, 'Eliminar tu cuenta');
  await remove.locator('input[type="password"]').fill(person.password);
  await remove.getByRole('button', { name: 'Eliminar mi cuenta…' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminarlo todo para siempre?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Mantener mi cuenta' })).toBeFocused();
  await checkSpanish(page, 'delete-dialog');
  await shot(page, 'delete-dialog');
  await dialog.getByRole('button', { name: 'Mantener mi cuenta' }).click();
  await expect(dialog).toBeHidden();
});

test('asking for the password again, in Spanish: before a download, and before deleting the account', async ({ page, console }) => {
  // The export answers once as it does when the login is older than ten minutes; the wrong
  // passwords below are answered by the server as it answers any wrong password.
  console.allow(403, /\/api\/v1\/me\/export$/);
  console.allow(400, /\/api\/v1\/auth\/reauth$/);
  console.allow(400, /\/api\/v1\/me$/);
  await speakSpanish(page);
  const { person } = await signUpQuickly(page, newPerson({ displayName: 'Ash' }));
  await openSettings(page);
  await askToConfirmOnce(page);
  const data = region(page, 'Tus datos');
  await data.getByRole('link', { name: 'Descargarlo todo (JSON)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirma que eres tú' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText('Para descargar todo lo que escribiste hace falta tu contraseña', { exact: false })).toBeVisible();
  await checkSpanish(page, 'confirm-its-you');
  await confirm.getByLabel('Tu contraseña').fill('no es mi contraseña');
  await confirm.getByRole('button', { name: 'Continuar' }).click();
  await expect(confirm.getByText('Esta no es tu contraseña', { exact: true })).toBeVisible();
  await checkSpanish(page, 'confirm-its-you-wrong');
  await shot(page, 'confirm-its-you-wrong');
  const downloading = page.waitForEvent('download');
  await confirm.getByLabel('Tu contraseña').fill(person.password);
  await confirm.getByRole('button', { name: 'Continuar' }).click();
  await downloading;
  await expect(confirm).toBeHidden();

  const remove = region(page, 'Eliminar tu cuenta');
  const password = remove.getByLabel('Tu contraseña, para confirmar que eres tú');
  await remove.getByRole('button', { name: 'Eliminar mi cuenta…' }).click();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toBeFocused();
  await checkSpanish(page, 'password-confirm-empty');
  await password.fill('tampoco es esta');
  await remove.getByRole('button', { name: 'Eliminar mi cuenta…' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminarlo todo para siempre?' });
  await dialog.getByRole('button', { name: 'Sí, eliminarlo todo' }).click();
  await expect(dialog).toBeHidden();
  await expect(remove.getByText('Esta no es tu contraseña', { exact: true })).toBeVisible();
  await expect(password).toBeFocused();
  await checkSpanish(page, 'password-confirm-wrong');
  await shot(page, 'password-confirm-wrong');
});
