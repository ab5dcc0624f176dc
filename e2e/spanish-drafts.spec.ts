import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './support/test.js';
import { signUpQuickly } from './support/people.js';
import { checkSpanish, shot, speakSpanish } from './support/spanish.js';

/*
 * The pause before sending in Spanish: writing (empty and with what needs another look), the
 * pause keeping time, the pause over, deciding early, rewriting, each way of deciding and what
 * follows, the messages still waiting with the dialog to remove one, what the pause has changed,
 * and a pause that is no longer there. Drafts are set up through the API where the screen is not
 * what is being walked.
 */

const MISSING = '00000000-0000-4000-8000-000000000000';

async function draftQuickly(request: APIRequestContext, csrf: string, text: string, feeling = 'hurt'): Promise<string> {
  const res = await request.post('/api/v1/drafts', { data: { text, feeling, coolDownMinutes: 5 }, headers: { 'x-csrf-token': csrf } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { draft: { id: string } }).draft.id;
}

async function startPause(page: Page, text: string): Promise<void> {
  await page.getByLabel('El mensaje que quieres enviar').fill(text);
  await page.getByRole('button', { name: 'dolor', exact: true }).click();
  await page.getByRole('radio', { name: '5 minutos' }).check();
  await page.getByRole('button', { name: 'Empezar la pausa' }).click();
  await expect(page.getByRole('heading', { name: 'Dejando que se asiente' })).toBeVisible();
}

test('writing the message, empty and then with what needs another look', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/pause-message');
  await expect(page.getByRole('heading', { level: 1, name: 'Una pausa antes de enviar' })).toBeVisible();
  await checkSpanish(page, 'pause-message-compose');

  await page.getByRole('button', { name: 'Empezar la pausa' }).click();
  await expect(page.getByText('Escribe el mensaje que quieres enviar')).toBeVisible();
  await expect(page.getByText('Ponle nombre a lo que sientes, aunque sea más o menos')).toBeVisible();
  await expect(page.locator('.form-message-error')).toHaveText('Hay algo que conviene revisar primero.');
  await expect(page.getByLabel('El mensaje que quieres enviar')).toBeFocused();
  await checkSpanish(page, 'pause-message-compose-errors');
});

test('the pause keeping time, then deciding early and letting it go', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/pause-message');
  await startPause(page, '¿Por qué no me llamaste cuando dijiste?');
  await expect(page.getByText('Lo llamaste: dolor')).toBeVisible();
  await checkSpanish(page, 'pause-message-timer');
  await shot(page, 'pause-message-timer');

  await page.getByRole('button', { name: 'Ya quiero decidir' }).click();
  await expect(page.getByRole('heading', { name: 'Decidiendo ya' })).toBeVisible();
  await checkSpanish(page, 'pause-message-decide-early');

  await page.getByRole('button', { name: 'Dejarlo ir' }).click();
  await expect(page.getByText('Lo dejaste ir.', { exact: false })).toBeVisible();
  const counted = page.getByRole('region', { name: 'Lo que ha cambiado la pausa' });
  await expect(counted).toContainText('La pausa cambió lo que pasó 1 de 1 vez.');
  await checkSpanish(page, 'pause-message-let-go');
});

test('the pause over, then sending it myself', async ({ page }) => {
  await speakSpanish(page);
  await page.clock.install();
  await signUpQuickly(page);
  await page.goto('/pause-message');
  await startPause(page, 'Necesito hablar contigo esta noche.');
  await page.clock.fastForward('05:10');
  await expect(page.getByRole('heading', { name: 'La pausa ha terminado' })).toBeVisible();
  await checkSpanish(page, 'pause-message-over');

  await page.getByRole('button', { name: 'Copiarlo y enviarlo yo' }).click();
  await expect(page.getByText('Lo enviaste a tu ritmo.', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lo que ha cambiado la pausa' })).toContainText('Ya has hecho una pausa 1 vez.');
  await checkSpanish(page, 'pause-message-sent');
});

test('rewriting it, with nothing written and then kept', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/pause-message');
  await startPause(page, 'Haz lo que quieras.');
  await page.getByRole('button', { name: 'Ya quiero decidir' }).click();
  await page.getByRole('button', { name: 'Reescribirlo' }).click();
  await expect(page.getByRole('heading', { name: 'Reescríbelo' })).toBeVisible();
  await page.getByLabel('Tu nueva versión').fill('');
  await page.getByRole('button', { name: 'Quedarme con esta versión' }).click();
  await expect(page.getByText('Escribe las palabras que quieres quedarte')).toBeVisible();
  await expect(page.getByLabel('Tu nueva versión')).toBeFocused();
  await checkSpanish(page, 'pause-message-rewrite');

  await page.getByLabel('Tu nueva versión').fill('Me sentí fuera esta noche. ¿Hablamos de los planes del fin de semana?');
  await page.getByRole('button', { name: 'Quedarme con esta versión' }).click();
  await expect(page.getByText('Tu nueva versión está lista.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'pause-message-rewritten');
  await shot(page, 'pause-message-rewritten');

  await page.getByRole('button', { name: 'Hacer otra pausa con ella' }).click();
  await expect(page.getByLabel('El mensaje que quieres enviar')).toHaveValue(
    'Me sentí fuera esta noche. ¿Hablamos de los planes del fin de semana?',
  );
});

test('messages still waiting, and the dialog to remove one', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  await draftQuickly(page.request, csrf, 'Siempre haces lo mismo.');
  await draftQuickly(page.request, csrf, 'No sé si quiero verte mañana.', 'me siento apartada');
  await page.goto('/pause-message');
  const waiting = page.getByRole('region', { name: 'Mensajes que te esperan' });
  await expect(waiting.locator('.open-draft')).toHaveCount(2);
  await expect(waiting).toContainText('dolor');
  // Drafts are counted, none decided yet: what the pause has changed waits for a first decision.
  await expect(page.getByRole('region', { name: 'Lo que ha cambiado la pausa' })).toContainText('Cuando hayas decidido');
  await checkSpanish(page, 'pause-message-waiting');
  await shot(page, 'pause-message-waiting');

  await waiting.getByRole('button', { name: 'Eliminar…' }).first().click();
  await expect(page.getByRole('dialog', { name: '¿Eliminar este mensaje?' })).toBeVisible();
  await checkSpanish(page, 'pause-message-remove');
  await page.getByRole('button', { name: 'Eliminarlo' }).click();
  await expect(waiting.locator('.open-draft')).toHaveCount(1);

  await waiting.getByRole('button', { name: 'Volver a él' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
});

test('a pause that is no longer there', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto(`/pause-message?draft=${MISSING}`);
  await expect(page.getByText('Ya decidiste sobre esta pausa, o se eliminó.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'pause-message-gone');
  await page.getByRole('button', { name: 'Escribir un mensaje nuevo' }).click();
  await expect(page.getByLabel('El mensaje que quieres enviar')).toBeVisible();
});
