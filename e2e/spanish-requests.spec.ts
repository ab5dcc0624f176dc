import { linkQuickly } from './support/pair.js';
import { acknowledgmentPhrasingsIn } from '../src/core/pair/agreement.js';
import { checkSpanish, shot, partnerInSpanish, sendAs, someoneInSpanish, type Someone } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * Reassurance requests and the weekly review in Spanish, one test per screen: the requests screen
 * before linking, the asker's and the listener's sides of a request (sent, answered, listened to,
 * closed with a plan, refused over the cap and parked), and the reviews. Data comes through the
 * API, so every list and state shows.
 */

/**
 * A daily check-in three hours from now in London: far from its window, so the daily cap applies
 * to every request sent in the test, whatever the hour on the machine running it.
 */
async function agreeOn(proposer: Someone, accepter: Someone, cap: number): Promise<void> {
  const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(Date.now() + 3 * 3600_000))
    .split(':')
    .map(Number);
  const proposed = await sendAs(proposer, 'put', '/api/v1/pair/agreement', {
    checkInRule: `FREQ=DAILY;BYHOUR=${h};BYMINUTE=${m}`,
    checkInMinutes: 15,
    timeZone: 'Europe/London',
    dailyRequestCap: cap,
    requestTemplate: '¿Me escuchas cinco minutos? Hay algo que me ronda la cabeza.',
    acknowledgmentTemplate: 'Te escucho. Ahora, a tu plan.',
  });
  const { version } = (await proposed.json()) as { version: number };
  await sendAs(accepter, 'post', '/api/v1/pair/agreement/accept', { version });
}

test('requests before linking', async ({ page }) => {
  await someoneInSpanish(page, 'Robin');
  await page.goto('/pair/requests');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkSpanish(page, 'requests-not-linked');
});

test('requests: sending, the answer, the plan and its error, and a request over the cap parked', async ({
  page,
  browser,
  console: guard,
}) => {
  // Over the cap the server answers 422: the refusal is the screen's to show.
  guard.allow(422, /\/api\/v1\/pair\/requests/);
  guard.allow(404, /\/api\/v1\/pair\/topics/);
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await agreeOn(alex, billie, 1);
  const b = billie.page;

  await page.goto('/pair/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Pedir tranquilidad' })).toBeVisible();
  await expect(page.getByText('Hoy te queda 1 petición fuera de vuestro encuentro.')).toBeVisible();
  await checkSpanish(page, 'requests-compose');
  await page.getByLabel('Unas palabras de contexto').fill('Lo callado que estabas después de la llamada');
  await page.getByRole('button', { name: 'Enviar la petición' }).click();
  await expect(page.getByText('Enviada. Respira despacio mientras esperas.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Tu petición ya le ha llegado a Billie' })).toBeVisible();
  await expect(page.getByText('Hoy ya has usado la petición fuera del encuentro.')).toBeVisible();
  await checkSpanish(page, 'requests-sent');
  await shot(page, 'requests-sent');

  await b.goto('/pair/requests');
  const incoming = b.getByRole('region', { name: 'Alex te pide' });
  await expect(incoming).toContainText('Lo callado que estabas');
  await checkSpanish(b, 'requests-incoming');
  await incoming.getByRole('button', { name: 'Más tarde' }).click();
  await expect(incoming.getByLabel('¿Cuándo te viene bien?')).toBeVisible();
  await expect(incoming.getByRole('button', { name: 'En nuestro próximo encuentro' })).toBeVisible();
  await checkSpanish(b, 'requests-incoming-later');
  await incoming.getByRole('button', { name: 'Volver' }).click();
  await incoming.getByRole('button', { name: 'Ahora no' }).click();
  await expect(incoming.getByRole('group', { name: /Una frase amable/ })).toBeVisible();
  await expect(incoming.getByRole('radio', { name: acknowledgmentPhrasingsIn('es')[0]! })).toBeVisible();
  await checkSpanish(b, 'requests-incoming-decline');
  await incoming.getByRole('button', { name: 'Enviar esta' }).click();
  await expect(incoming).toHaveCount(0);

  await page.goto('/pair/requests');
  const plan = page.getByRole('region', { name: 'Tu plan a partir de ahora' });
  await expect(plan).toContainText('Billie no puede ahora mismo, y te lo dijo con cariño.');
  await plan.getByRole('button', { name: 'Guardar mi plan' }).click();
  await expect(plan.getByText('Escribe una o dos líneas de tu plan').first()).toBeVisible();
  await expect(plan.getByLabel('¿Qué vas a hacer ahora?')).toBeFocused();
  await checkSpanish(page, 'requests-plan-error');
  await plan.getByLabel('¿Qué vas a hacer ahora?').fill('Dar un paseo hasta el parque y escribir dos líneas en mi diario.');
  await plan.getByRole('button', { name: 'Guardar mi plan' }).click();
  await expect(page.getByRole('heading', { name: 'Cerradas con un plan' })).toBeVisible();
  await expect(page.getByText(/^Lo pediste tú, /)).toBeVisible();
  await checkSpanish(page, 'requests-closed');

  await page.getByLabel('Unas palabras de contexto').fill('¿De verdad estamos bien?');
  await page.getByRole('button', { name: 'Enviar la petición' }).click();
  await expect(page.getByRole('heading', { name: 'No se ha enviado, y no pasa nada' })).toBeVisible();
  await expect(page.getByText(/^Vuestro próximo encuentro:/)).toBeVisible();
  await checkSpanish(page, 'requests-refused');
  await shot(page, 'requests-refused');
  await page.getByRole('button', { name: 'Guardarlo para el encuentro' }).click();
  await expect(page.getByText(/^Guardado/)).toBeVisible();
  await checkSpanish(page, 'requests-parked');
});

test('requests: listening together, and an answer for later', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await agreeOn(alex, billie, 3);
  const b = billie.page;
  const first = (await (await sendAs(alex, 'post', '/api/v1/pair/requests', { context: 'Lo de esta mañana' })).json()) as {
    request: { id: string };
  };
  await sendAs(billie, 'post', `/api/v1/pair/requests/${first.request.id}/respond`, { response: 'accept' });
  const second = (await (await sendAs(alex, 'post', '/api/v1/pair/requests', { context: 'Lo del fin de semana' })).json()) as {
    request: { id: string };
  };
  const laterAt = new Date(Date.now() + 3600_000).toISOString();
  await sendAs(billie, 'post', `/api/v1/pair/requests/${second.request.id}/respond`, { response: 'later', laterAt });

  await b.goto('/pair/requests');
  await expect(b.getByText('Estás escuchando a Alex')).toBeVisible();
  await expect(b.getByRole('timer')).toHaveAccessibleName(/^Quedan \d+:\d\d$/);
  await expect(b.getByRole('region', { name: 'Alex te pide' })).toContainText('Le propusiste');
  await checkSpanish(b, 'requests-listening-listener');
  await shot(b, 'requests-listening');

  await page.goto('/pair/requests');
  await expect(page.getByText('Billie te está escuchando')).toBeVisible();
  await expect(page.getByText('Billie te escuchó.')).toBeVisible();
  await expect(page.getByText('Billie volverá a ello más tarde.')).toBeVisible();
  await checkSpanish(page, 'requests-listening-asker');
});

test('reviews before linking: the weekly and monthly reflections alone, and an error', async ({ page }) => {
  await someoneInSpanish(page, 'Robin');
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Repasos' })).toBeVisible();
  // Not linked: the weekly look back is one's own, in the weekly review's place.
  await expect(page.getByRole('region', { name: /^Esta semana, para ti/ })).toBeVisible();
  await checkSpanish(page, 'reviews-not-linked');
  const month = page.getByRole('region', { name: 'Este mes, para ti' });
  await month.getByRole('button', { name: 'Guardar mi reflexión' }).click();
  await expect(month.getByText('Escribe un poco en al menos una respuesta.')).toBeVisible();
  await checkSpanish(page, 'reviews-monthly-error');
  await month.getByLabel('¿Qué me ha ayudado más?').fill('Salir a caminar por las tardes.');
  await month.getByRole('button', { name: 'Guardar mi reflexión' }).click();
  await expect(month.getByRole('button', { name: 'Cambiar mis respuestas' })).toBeVisible();
  await checkSpanish(page, 'reviews-monthly-saved');
});

test('reviews together: the form, waiting for the partner, and both revealed', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  const b = billie.page;

  await page.goto('/reviews');
  await expect(page.getByRole('heading', { name: /^Esta semana, juntos/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Solo para ti' })).toBeVisible();
  await checkSpanish(page, 'reviews-weekly-form');
  await shot(page, 'reviews-weekly-form');
  await page.getByLabel('¿Qué ha ido bien entre nosotros esta semana?').fill('Cumplimos los encuentros.');
  await page.getByRole('button', { name: 'Enviar mi repaso' }).click();
  await expect(page.getByText(/^El tuyo ya está/)).toBeVisible();
  await checkSpanish(page, 'reviews-weekly-waiting');

  await b.goto('/reviews');
  await b.getByLabel('¿Qué se ha hecho difícil?').fill('El martes por la noche.');
  await b.getByRole('button', { name: 'Enviar mi repaso' }).click();
  await expect(b.getByText('Cumplimos los encuentros.')).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Lo que escribió tu pareja' })).toBeVisible();
  await checkSpanish(b, 'reviews-weekly-revealed');
  await shot(b, 'reviews-weekly-revealed');
});
