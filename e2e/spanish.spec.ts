import esFeedback from '../src/core/i18n/locales/es/feedback.json' with { type: 'json' };
import enFeedback from '../src/core/i18n/locales/en/feedback.json' with { type: 'json' };
import esSummary from '../src/core/i18n/locales/es/summary.json' with { type: 'json' };
import enSummary from '../src/core/i18n/locales/en/summary.json' with { type: 'json' };
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { personQuickly } from './support/social.js';
import { checkSpanish, englishOnly, shot } from './support/spanish.js';
import { expect, test } from './support/test.js';

test('Spanish chosen in settings: the shell, home, SOS, support, the summary, over time, together, welcome and not-found speak it, and axe stays clean', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Robin' }));
  await writeQuickly(page.request, csrf, { text: 'A walk by the river helped.', tags: ['walk'], mood: 7, prompt: 'steady' });
  // The ninth PHQ-9 answer above 0: the support page shows its reasons and the crisis panel.
  const phq = await page.request.post('/api/v1/assessments', {
    data: { instrument: 'phq9', answers: [2, 2, 2, 2, 1, 1, 1, 1, 1] },
    headers: { 'x-csrf-token': csrf },
  });
  expect(phq.status()).toBe(201);

  await page.goto('/settings');
  await page.getByLabel('Steady’s language').selectOption('es');
  await page.getByRole('button', { name: 'Use this language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByText('Steady ya está en español en este dispositivo.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Inicio' })).toBeVisible();

  await page.goto('/home');
  await expect(page.getByRole('heading', { level: 1, name: 'Hola, Robin' })).toBeVisible();
  await expect(page.getByText('Ánimo 7/10')).toBeVisible();
  await expect(page.getByText('¿Cuándo te sentiste en calma hoy, aunque fuera un momento? ¿Qué te ayudó?').first()).toBeVisible();
  // Dates follow the language: the entry's date is written the Spanish way.
  await expect(page.locator('.entry-card-title')).toContainText(/\d{1,2} [a-z]{3,4}\.? \d{4}/);
  await checkSpanish(page, 'home');
  await shot(page, 'home');
  // The longer Spanish words still fit the phone's bar of quick help, with nothing cut off.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: 'test-results/e2e/spanish-phone-home.png' });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1, name: 'No tienes que pasar por esto a solas' })).toBeVisible();
  await expect(page.getByText('Líneas para Reino Unido.')).toBeVisible();
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(page.getByText('Paso 1 de 5')).toBeVisible();
  await checkSpanish(page, 'sos');
  await shot(page, 'sos');

  await page.goto('/support');
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar apoyo' })).toBeVisible();
  await expect(page.getByText('Tu última puntuación en el PHQ-9 fue 13 (10 o más)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'No tienes que cargar con esto a solas' })).toBeVisible();
  await checkSpanish(page, 'support');
  await shot(page, 'support');

  await page.getByRole('checkbox', { name: 'Resultados de cuestionarios' }).check();
  const [summary] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Abrir el resumen' }).click()]);
  await summary.waitForLoadState();
  expect(summary.url()).toContain('locale=es');
  await expect(summary.getByRole('heading', { level: 1, name: 'Resumen de Steady' })).toBeVisible();
  await checkSpanish(summary, 'summary', englishOnly([enSummary], [esSummary]));
  await summary.close();

  await page.goto('/over-time');
  await expect(page.getByRole('heading', { level: 1, name: 'Con el tiempo' })).toBeVisible();
  await checkSpanish(page, 'over-time');
  await page.goto('/together');
  await expect(page.getByRole('heading', { level: 1, name: 'En pareja' })).toBeVisible();
  await checkSpanish(page, 'together');

  await page.goto('/somewhere-else');
  await expect(page.getByRole('heading', { level: 1, name: 'Esta página no está aquí' })).toBeVisible();
  await checkSpanish(page, 'not-found');

  // Signed out, the device still speaks Spanish: the welcome and SOS.
  await context.clearCookies();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Una forma más serena de atravesar los momentos de ansiedad' })).toBeVisible();
  await checkSpanish(page, 'welcome');
  await shot(page, 'welcome');
  await page.goto('/sos');
  await expect(page.getByRole('heading', { level: 1, name: 'No tienes que pasar por esto a solas' })).toBeVisible();
  await checkSpanish(page, 'sos signed out');
});

test('the public feedback form speaks the visitor’s language, from their browser', async ({ page, browser }) => {
  const { csrf } = await signUpQuickly(page, newPerson({ displayName: 'Avery' }));
  const personId = await personQuickly(page.request, csrf, { name: 'Sam', contexts: ['friends'], closeness: 'close' });
  const link = await page.request.post(`/api/v1/people/${personId}/feedback-links`, { data: {}, headers: { 'x-csrf-token': csrf } });
  expect(link.status()).toBe(201);
  const { url } = (await link.json()) as { url: string };

  const visitor = await browser.newContext({ locale: 'es-ES' });
  const form = await visitor.newPage();
  await form.goto(new URL(url).pathname);
  await expect(form.getByRole('heading', { level: 1, name: 'Unas palabras para Avery' })).toBeVisible();
  const english = englishOnly([enFeedback], [esFeedback]);
  await checkSpanish(form, 'feedback form', english);
  await form.getByRole('button', { name: 'Enviar' }).click();
  // The browser's own check stops an empty first answer; with words, the thanks come in Spanish.
  await form.getByLabel('¿Qué te pareció un apoyo?').fill('Que me escucharas sin prisa.');
  await form.getByRole('button', { name: 'Enviar' }).click();
  await expect(form.getByRole('heading', { level: 1, name: 'Gracias' })).toBeVisible();
  await checkSpanish(form, 'feedback thanks', english);
  await visitor.close();
});
