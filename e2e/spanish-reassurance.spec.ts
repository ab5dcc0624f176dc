import { rateWithKeys } from './support/slider.js';
import { test, expect } from './support/test.js';
import { signUpQuickly, toolSessionQuickly, urgeQuickly, writeQuickly } from './support/people.js';
import { parkedFallback } from '../src/core/reassurance/parked-words.js';
import { checkSpanish, shot, speakSpanish } from './support/spanish.js';

/*
 * The reassurance area in Spanish: home, the urge log and its pause, the history, one urge (shown,
 * edited, about to be deleted, not found), the relief check-in and the insights, each in its
 * states. Data is set up through the API so lists, empty states, dialogs and errors all show.
 */

const MISSING = '00000000-0000-4000-8000-000000000000';

test('home, with nothing written yet', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/home');
  await expect(page.getByText('Todavía nada, y no pasa nada.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'home-empty');
});

test('home, with entries and a topic kept for the next reflection', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  const id = await urgeQuickly(page.request, csrf, { action: 'sought', triggers: ['cansancio'], wantedTo: '¿Seguimos bien?' });
  const parked = await page.request.patch(`/api/v1/urges/${id}`, { data: { action: 'parked' }, headers: { 'x-csrf-token': csrf } });
  expect(parked.status()).toBe(200);
  await page.request.post('/api/v1/journal', { data: { text: 'Un paseo me ayudó.', mood: 6 }, headers: { 'x-csrf-token': csrf } });
  await page.goto('/home');
  await expect(page.getByRole('heading', { name: 'Para mi próxima reflexión' })).toBeVisible();
  await expect(page.locator('.entry-list')).toBeVisible();
  await checkSpanish(page, 'home-reflection');
});

test('a line kept for the next reflection, reworded in place, with nothing written, and deleted', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  await urgeQuickly(page.request, csrf, { action: 'parked', wantedTo: '¿Seguimos bien?' });
  await page.goto('/home');
  const list = page.getByRole('list', { name: 'Esperando tu reflexión' });
  await expect(list.getByText('¿Seguimos bien?', { exact: true })).toBeVisible();

  await list.getByRole('button', { name: 'Cambiar las palabras “¿Seguimos bien?”' }).click();
  const field = list.getByLabel('Nuevas palabras');
  await expect(field).toHaveValue('¿Seguimos bien?');
  await checkSpanish(page, 'line-editing');
  await field.fill('');
  await list.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await checkSpanish(page, 'line-empty');
  await field.fill('Si seguimos bien después de la discusión');
  await list.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(list.getByText('Guardado.', { exact: true })).toBeVisible();
  await expect(list.getByText('Si seguimos bien después de la discusión', { exact: true })).toBeVisible();
  await checkSpanish(page, 'line-saved');
  await shot(page, 'line-saved');

  await list.getByRole('button', { name: 'Borrar “Si seguimos bien después de la discusión”' }).click();
  await expect(page.getByRole('heading', { name: 'Para mi próxima reflexión' })).toHaveCount(0);
  await checkSpanish(page, 'line-deleted');
});

test('the urge log, with its reminder to rate or skip', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/urge');
  await expect(page.getByRole('heading', { level: 1, name: 'Has notado el impulso' })).toBeVisible();
  await checkSpanish(page, 'urge-log');
  await page.getByRole('button', { name: 'Estoy esperando', exact: true }).click();
  await expect(page.getByText('Mueve el control hasta donde estás, o salta las valoraciones.')).toHaveCount(2);
  await page.getByText('Pasó antes').click();
  await checkSpanish(page, 'urge-log-reminder');
});

test('the pause after an urge: choosing, waiting, checking in and after', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/urge');
  await rateWithKeys(page, '¿Qué fuerza tiene el impulso?', 6);
  await rateWithKeys(page, '¿Cuánta ansiedad sientes?', 7);
  await page.getByRole('button', { name: 'Estoy esperando', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Un momento para ti' })).toBeVisible();
  await checkSpanish(page, 'pause-choose');

  await page.getByRole('button', { name: '5 minutos' }).click();
  await expect(page.getByRole('heading', { name: 'Esperando a que pase' })).toBeVisible();
  await checkSpanish(page, 'pause-timer');

  await page.getByRole('button', { name: 'Ya quiero contar cómo estoy' }).click();
  await expect(page.getByRole('heading', { name: 'Vamos a ver cómo estás. Te quedaste con ello.' })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar cómo me siento' }).click();
  await expect(page.locator('.form-message-error')).toHaveText('Mueve el control hasta la ansiedad que sientes ahora, o elige Saltar.');
  await checkSpanish(page, 'pause-ask');

  await rateWithKeys(page, '¿Cuánta ansiedad sientes ahora?', 4);
  await page.getByRole('button', { name: 'Guardar cómo me siento' }).click();
  await expect(page.locator('.form-message-error')).toHaveText('Elige cómo está el impulso ahora, lo que más se acerque.');
  await page.getByLabel('Está más suave').check();
  await page.getByRole('button', { name: 'Guardar cómo me siento' }).click();
  await expect(page.getByRole('heading', { name: 'Se ha suavizado un poco.', exact: false })).toBeVisible();
  await checkSpanish(page, 'pause-after');
});

test('the pause, parked for the next reflection', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/urge');
  await page.getByRole('button', { name: 'Saltar las valoraciones' }).click();
  await page.getByRole('button', { name: 'Pregunté igualmente', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Guardarlo para mi próxima reflexión' })).toBeVisible();
  await page.getByRole('button', { name: 'Dejarlo a un lado' }).click();
  await expect(page.getByRole('heading', { name: 'Para tu próxima reflexión' })).toBeVisible();
  // Parked with nothing written: Steady names the topic, in the language of the screen.
  await expect(page.getByLabel('Cómo se lee en tu lista')).toHaveValue(parkedFallback('es'));
  await checkSpanish(page, 'pause-parked');
  await page.getByLabel('Cómo se lee en tu lista').fill('');
  await page.getByRole('button', { name: 'Guardar las palabras' }).click();
  await expect(page.getByLabel('Cómo se lee en tu lista')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Cómo se lee en tu lista').fill('Lo que me preocupaba esta tarde');
  await page.getByRole('button', { name: 'Guardar las palabras' }).click();
  await expect(page.getByText('Guardado.', { exact: true })).toBeVisible();
  await checkSpanish(page, 'pause-parked-saved');
});

test('the pause offering a little longer, stopped early, and the waits in the insights', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  await urgeQuickly(page.request, csrf, {
    action: 'delayed',
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    anxietyBefore: 7,
    delayMinutes: 10,
    followUps: [{ minutesAfter: 12, anxiety: 4 }],
  });
  await page.goto('/urge');
  await page.getByRole('button', { name: 'Saltar las valoraciones' }).click();
  await page.getByRole('button', { name: 'Estoy esperando', exact: true }).click();
  await expect(page.getByText('Cuando esperaste 10 minutos, tu ansiedad pasó de 7 a 4. ¿Quieres probar hoy con 12 minutos?')).toBeVisible();
  await checkSpanish(page, 'pause-ladder');

  await page.getByRole('button', { name: 'Probar 12 minutos' }).click();
  await page.getByRole('button', { name: 'Ya quiero contar cómo estoy' }).click();
  await expect(page.getByText('Está bien parar antes de que acabe el temporizador.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'pause-ladder-early');

  await page.goto('/insights');
  const card = page.getByRole('region', { name: 'Esperar un poco más' });
  await expect(card.getByText('La próxima vez, Steady te propondrá esperar 12 minutos.')).toBeVisible();
  await expect(card.getByText('La siguiente propuesta subió a 12 minutos.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'insights-ladder');
});

test('a pause that is no longer open', async ({ page, console }) => {
  console.allow(404, /\/api\/v1\/urges\//);
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto(`/urge/${MISSING}`);
  await expect(page.getByText('Esta pausa ya no está abierta', { exact: false })).toBeVisible();
  await checkSpanish(page, 'pause-missing');
});

test('the history, empty', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/urges');
  await expect(page.getByRole('heading', { name: 'Aquí todavía no hay nada' })).toBeVisible();
  await checkSpanish(page, 'history-empty');
});

test('the history, one urge, editing it and deleting it', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  const id = await urgeQuickly(page.request, csrf, {
    action: 'delayed',
    triggers: ['cansancio'],
    wantedTo: '¿Seguimos bien?',
    occurredAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    followUps: [{ minutesAfter: 95, anxiety: 3 }],
  });
  // Both ratings skipped: the card says so in words.
  const skipped = await page.request.post('/api/v1/urges', {
    data: { occurredAt: new Date().toISOString(), intensity: null, anxietyBefore: null, triggers: [], action: 'soothed' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(skipped.status()).toBe(201);
  await page.goto('/urges');
  await expect(page.locator('.urge-card')).toHaveCount(2);
  await checkSpanish(page, 'history');

  await page.goto(`/urges/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^El impulso del/ })).toBeVisible();
  await checkSpanish(page, 'urge');

  await page.getByRole('button', { name: 'Editar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Editando el impulso del/ })).toBeVisible();
  await checkSpanish(page, 'urge-edit');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Tus cambios están guardados.')).toBeVisible();
  await checkSpanish(page, 'urge-saved');

  await page.getByRole('button', { name: 'Borrar…' }).click();
  await expect(page.getByRole('dialog', { name: '¿Borrar este impulso?' })).toBeVisible();
  await checkSpanish(page, 'urge-delete');
  await page.getByRole('button', { name: 'Borrar el impulso' }).click();
  await expect(page.getByText('Se ha borrado el impulso.')).toBeVisible();
  await checkSpanish(page, 'history-deleted');
});

test('an urge that is not there', async ({ page, console }) => {
  console.allow(404, /\/api\/v1\/urges\//);
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto(`/urges/${MISSING}`);
  await expect(page.getByRole('heading', { name: 'No hemos encontrado ese impulso' })).toBeVisible();
  await checkSpanish(page, 'urge-missing');
});

test('the relief check-in, asked, reminded and thanked', async ({ page }) => {
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  await urgeQuickly(page.request, csrf, { action: 'soothed', occurredAt: new Date(Date.now() - 40 * 60_000).toISOString() });
  await page.goto('/home');
  await expect(page.getByRole('heading', { name: 'Un momento para ver cómo estás, si quieres' })).toBeVisible();
  await expect(page.locator('.follow-up')).toContainText('Hace una media hora');
  await checkSpanish(page, 'follow-up');
  await page.locator('.follow-up').getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.locator('.follow-up .form-message-error')).toHaveText(
    'Mueve el control hasta la ansiedad que sientes ahora, o elige Ahora no.',
  );
  await checkSpanish(page, 'follow-up-reminder');
  await rateWithKeys(page, '¿Cuánta ansiedad sientes ahora?', 3);
  await page.locator('.follow-up').getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Gracias. Ya está guardado.')).toBeVisible();
  await checkSpanish(page, 'follow-up-thanks');
});

test('insights, before there is enough to show', async ({ page }) => {
  await speakSpanish(page);
  await signUpQuickly(page);
  await page.goto('/insights');
  await expect(page.getByText('Aún no hay suficientes anotaciones').first()).toBeVisible();
  await expect(page.getByText('Aún no has anotado ningún estado de ánimo esta semana.')).toBeVisible();
  await checkSpanish(page, 'insights-empty');
});

test('insights, with every chart drawn', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await speakSpanish(page);
  const { csrf } = await signUpQuickly(page);
  // Enough of everything, in the person's own (Spanish) words, for every chart to be drawn.
  const actions = ['sought', 'delayed', 'soothed', 'sought', 'parked', 'delayed', 'soothed'] as const;
  for (const [i, action] of actions.entries()) {
    await urgeQuickly(page.request, csrf, {
      action,
      occurredAt: new Date(Date.now() - (i * 2 + 3) * 3_600_000).toISOString(),
      intensity: 6,
      anxietyBefore: 7,
      triggers: i % 2 ? ['cansancio'] : ['sin respuesta'],
      followUps: [
        { minutesAfter: 30, anxiety: action === 'sought' ? 4 : 5 },
        { minutesAfter: 120, anxiety: action === 'sought' ? 6 : 3 },
      ],
    });
  }
  for (let i = 0; i < 6; i++) {
    await toolSessionQuickly(page.request, csrf, { tool: 'breathing', distressBefore: 7, distressAfter: 4 - (i % 2) });
  }
  await toolSessionQuickly(page.request, csrf, { tool: 'grounding', distressBefore: 6, distressAfter: 4 });
  await writeQuickly(page.request, csrf, { text: 'Un día tranquilo.', mood: 7 });
  await page.goto('/insights');
  await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible();
  await page.getByText('¿Cómo se calcula?').click();
  await checkSpanish(page, 'insights');
  await shot(page, 'insights');
  await page.getByLabel('Este mes').check();
  await expect(page.getByText(/en los últimos 30 días/).first()).toBeVisible();
  await page.getByLabel('Periodo').selectOption('all');
  await expect(page.locator('.chart-plot svg.recharts-surface').first()).toBeVisible();
  await checkSpanish(page, 'insights-month-all');
});
