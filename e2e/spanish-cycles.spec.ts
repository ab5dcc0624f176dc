import { newPerson } from './support/people.js';
import { cycleMomentQuickly, escalatingCycles } from './support/cycles.js';
import { checkSpanish, shot, signUpInSpanish } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * The cycle in Spanish: the log (empty, saved, editing, deleting, deleted, a long list), what a
 * linked pair shares, and the picture over time (too few, one cycle and an open one, escalating
 * with its workings open). Each state is checked for English from the catalogs, lang="es" and axe.
 */

const HOUR = 3_600_000;

test('the log: empty, a moment saved, changed, deleted, and a long list', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/cycles');
  await expect(page.getByRole('heading', { level: 1, name: 'Fíjate en el ciclo' })).toBeVisible();
  await expect(page.getByText('Todavía no hay nada anotado.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'cycles, empty');

  await page.getByRole('radio', { name: /^Retirada/ }).check();
  await page.getByRole('radio', { name: 'Mi pareja', exact: true }).check();
  await page.getByRole('button', { name: 'aún sin respuesta', exact: true }).click();
  await page.getByText('Pasó antes').click();
  await expect(page.getByLabel('¿Cuándo fue?')).toBeVisible();
  await page.getByRole('button', { name: 'Guardar este momento' }).click();
  await expect(page.getByText('Guardado. Darse cuenta del momento es lo difícil, y lo has hecho.')).toBeVisible();
  const moments = page.locator('.moment-list .moment');
  await expect(moments.first()).toContainText(/Retirada\s*Mi pareja · intensidad 5 de 10/);
  await expect(moments.first()).toContainText('Privado');
  await checkSpanish(page, 'cycles, saved');
  await shot(page, 'cycles-saved');

  await moments
    .first()
    .getByRole('button', { name: /^Editar el momento del/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Cambiar este momento' })).toBeVisible();
  await checkSpanish(page, 'cycles, editing');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Tus cambios están guardados.')).toBeVisible();

  await moments
    .first()
    .getByRole('button', { name: /^Borrar… el momento del/ })
    .click();
  const dialog = page.getByRole('dialog', { name: '¿Borrar este momento?' });
  await expect(dialog).toContainText('Borrar es definitivo');
  await checkSpanish(page, 'cycles, delete dialog');
  await dialog.getByRole('button', { name: 'Borrarlo' }).click();
  await expect(page.getByText('Ese momento se ha borrado.')).toBeVisible();
  await expect(moments).toHaveCount(0);
  await checkSpanish(page, 'cycles, deleted');

  for (let i = 0; i < 9; i++) await cycleMomentQuickly(page.request, csrf, { hoursAgo: 10 + i, stage: 'pursuit', intensity: 4 });
  await page.reload();
  await expect(moments).toHaveCount(8);
  await page.getByRole('button', { name: 'Mostrar momentos anteriores' }).click();
  await expect(moments).toHaveCount(9);
  await checkSpanish(page, 'cycles, long list');
});

test('a linked pair: nothing shared yet, then the moments each chose to share', async ({ page, browser }) => {
  const a = await signUpInSpanish(page, newPerson({ displayName: 'Alex' }));
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });
  const b = await context.newPage();
  const bs = await signUpInSpanish(b, newPerson({ displayName: 'Billie' }));
  const invite = await page.request.post('/api/v1/pair/invitations', { headers: { 'x-csrf-token': a.csrf } });
  const { code } = (await invite.json()) as { code: string };
  const joined = await b.request.post('/api/v1/pair/join', { data: { code }, headers: { 'x-csrf-token': bs.csrf } });
  expect(joined.status()).toBe(201);

  await page.goto('/cycles');
  const shared = page.getByRole('region', { name: 'Momentos que habéis compartido' });
  await expect(shared).toContainText('Todavía no hay nada compartido.');
  await expect(page.getByLabel(/Compartir este momento con mi pareja/)).toBeVisible();
  await checkSpanish(page, 'cycles, linked, nothing shared');

  const res = await b.request.post('/api/v1/cycle-events', {
    data: { occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(), stage: 'withdrawal', actor: 'me', intensity: 6, shared: true },
    headers: { 'x-csrf-token': bs.csrf },
  });
  expect(res.status()).toBe(201);
  await page.getByRole('radio', { name: /^Búsqueda/ }).check();
  await page.getByLabel(/Compartir este momento con mi pareja/).check();
  await page.getByRole('button', { name: 'Guardar este momento' }).click();
  await expect(page.locator('.moment-list .moment').first()).toContainText('Compartido con tu pareja');
  await expect(shared.locator('.moment')).toHaveCount(2);
  await expect(shared.locator('.moment').nth(0)).toContainText(/Búsqueda\s*De tu registro: te moviste tú/);
  await expect(shared.locator('.moment').nth(1)).toContainText(/Retirada\s*Del registro de tu pareja: se movió tu pareja/);
  await checkSpanish(page, 'cycles, linked, shared');
  await shot(page, 'cycles-shared');
  await context.close();
});

test('the cycle over time: nothing yet, one cycle and an open one', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/cycles/insights');
  await expect(page.getByRole('heading', { level: 1, name: 'Nuestro ciclo a lo largo del tiempo' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Conociendo tu ciclo' })).toContainText('de momento ninguno se ha completado');
  await expect(page.getByRole('region', { name: 'Ahora mismo' })).toContainText('Ahora mismo no hay ningún ciclo abierto.');
  await checkSpanish(page, 'cycle insights, empty');

  await cycleMomentQuickly(page.request, csrf, { hoursAgo: 6, stage: 'pursuit', intensity: 6 });
  await cycleMomentQuickly(page.request, csrf, { hoursAgo: 5, stage: 'withdrawal', intensity: 8, actor: 'partner' });
  await cycleMomentQuickly(page.request, csrf, { hoursAgo: 2, stage: 'reconnection', intensity: 3 });
  await cycleMomentQuickly(page.request, csrf, { hoursAgo: 1, stage: 'pursuit', intensity: 5 });
  await page.reload();
  await expect(page.getByText('1 ciclo completo').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ahora mismo' })).toContainText('sigue abierto: está en búsqueda');
  await expect(page.getByRole('region', { name: 'Un ciclo típico' })).toContainText('alrededor de 4 horas');
  const table = page.getByRole('table', { name: 'Tus ciclos, del más antiguo al más reciente' });
  await expect(table.getByRole('row').nth(1)).toContainText(/alrededor de 4 horas.*8 de 10/);
  await checkSpanish(page, 'cycle insights, one cycle');
  await shot(page, 'cycle-insights-one');
});

test('the cycle over time: escalating, named calmly, with its workings', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await escalatingCycles(page.request, csrf);
  await page.goto('/cycles/insights');
  const trend = page.getByRole('region', { name: 'Algo en lo que fijarse' });
  await expect(trend).toContainText(/Tus últimos 5 ciclos se han ido acercando entre sí: cada uno llega alrededor de \d+ horas antes\./);
  await expect(trend.getByRole('link', { name: 'la página de apoyo' })).toHaveAttribute('href', '/support');
  await trend.getByText('¿Cómo se calcula esto?').click();
  await expect(trend.locator('details')).toContainText(/pendiente de Sen\)\. Una prueba de Mann–Kendall da p [=<] 0,0\d+/);
  await expect(page.locator('.chart-plot svg').first()).toBeVisible();
  await checkSpanish(page, 'cycle insights, escalating');
  await shot(page, 'cycle-insights-escalating');
});
