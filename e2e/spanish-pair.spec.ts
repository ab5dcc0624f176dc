import { linkQuickly } from './support/pair.js';
import { acknowledgmentPhrasingsIn, defaultTerms } from '../src/core/pair/agreement.js';
import { checkSpanish, shot, partnerInSpanish, sendAs, someoneInSpanish, type Someone } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * The pair's screens in Spanish, one test per screen: the partner page before and after linking,
 * the agreement, the check-in and its end, the notice for a pair that ended, and a pair screen
 * opened by someone not linked. Data comes through the API, so every list and state shows.
 */

/** Half an hour from now in London, so a daily check-in at that time is open to complete today. */
function soon(): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(Date.now() + 30 * 60_000),
  );
}

async function agreeOn(proposer: Someone, accepter: Someone, time: string): Promise<void> {
  const [h, m] = time.split(':').map(Number);
  const proposed = await sendAs(proposer, 'put', '/api/v1/pair/agreement', {
    checkInRule: `FREQ=DAILY;BYHOUR=${h};BYMINUTE=${m}`,
    checkInMinutes: 15,
    timeZone: 'Europe/London',
    dailyRequestCap: 1,
    requestTemplate: '¿Me escuchas un minuto?',
    acknowledgmentTemplate: 'Te escucho. Ahora, a tu plan.',
  });
  const { version } = (await proposed.json()) as { version: number };
  await sendAs(accepter, 'post', '/api/v1/pair/agreement/accept', { version });
}

test('partner page, not linked: invite, join and its errors', async ({ page }) => {
  await someoneInSpanish(page, 'Robin');
  await page.goto('/pair');
  await expect(page.getByRole('heading', { level: 1, name: 'Vincúlate con tu pareja' })).toBeVisible();
  await checkSpanish(page, 'pair-not-linked');

  await page.getByRole('button', { name: 'Crear un código' }).click();
  await expect(page.getByText(/^Sirve hasta el /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Crear un código nuevo' })).toBeVisible();
  await page.getByRole('button', { name: 'Vincularme' }).click();
  await expect(page.getByText('Escribe el código que te dio tu pareja')).toBeVisible();
  await expect(page.getByLabel('Su código')).toBeFocused();
  await checkSpanish(page, 'pair-invite-and-join-error');
  await shot(page, 'pair-not-linked');
});

test('partner page, linked: next check-in, agreement, topics, calendar and unlinking', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await sendAs(billie, 'post', '/api/v1/pair/topics', { text: 'Dónde pasamos la Nochevieja', shared: true });
  await sendAs(alex, 'post', '/api/v1/pair/topics', { text: 'Las preocupaciones de dinero', shared: false });

  await page.goto('/pair');
  await expect(page.getByRole('heading', { level: 1, name: 'Tú y Billie' })).toBeVisible();
  await expect(page.getByText('Hay 2 temas esperando.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Esperando al encuentro' }).getByRole('listitem')).toHaveCount(2);
  await checkSpanish(page, 'pair-linked');

  await page.getByLabel('Tema', { exact: true }).fill('Cómo pasamos las tardes');
  await page.getByRole('checkbox', { name: /^Compartirlo con Billie/ }).check();
  await page.getByRole('button', { name: 'Guardarlo' }).click();
  await expect(page.getByText('Guardado para vuestro próximo encuentro; Billie lo verá allí.')).toBeVisible();
  await page.getByRole('button', { name: 'Guardarlo' }).click();
  await expect(page.getByText('Escribe primero el tema')).toBeVisible();

  await page.getByRole('button', { name: 'Crear un enlace de calendario' }).click();
  await expect(page.getByText('Tu enlace está listo.')).toBeVisible();
  await checkSpanish(page, 'pair-linked-after-changes');
  await shot(page, 'pair-linked');

  await page.locator('input[name="password"]').fill(alex.password);
  await page.getByRole('button', { name: 'Desvincularme…' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Desvincularte de Billie?' });
  await expect(dialog).toBeVisible();
  await checkSpanish(page, 'pair-unlink-dialog');
  await dialog.getByRole('button', { name: 'Mantener el vínculo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tú y Billie' })).toBeVisible();
});

test('agreement before one is accepted: Steady’s draft and its kind phrasings, in Spanish', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);

  await page.goto('/pair/agreement');
  await expect(page.getByRole('heading', { level: 1, name: 'Vuestro acuerdo para pedir tranquilidad' })).toBeVisible();
  const draft = defaultTerms('Europe/London', 'es');
  await expect(page.getByLabel('Cómo suena una petición')).toHaveValue(draft.requestTemplate);
  for (const phrasing of acknowledgmentPhrasingsIn('es')) await expect(page.getByRole('button', { name: phrasing })).toBeVisible();
  await checkSpanish(page, 'agreement-draft');
  await shot(page, 'agreement-draft');
});

test('agreement: a proposal from the partner, the history, the form and its errors', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await agreeOn(alex, billie, '20:00');
  await sendAs(billie, 'put', '/api/v1/pair/agreement', {
    checkInRule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=19;BYMINUTE=30',
    checkInMinutes: 20,
    timeZone: 'Europe/London',
    dailyRequestCap: 2,
    requestTemplate: '¿Puedes escucharme unos minutos?',
    acknowledgmentTemplate: 'Te escucho.',
  });

  await page.goto('/pair');
  await expect(page.getByText('Billie ha propuesto un cambio (versión 2). Échale un vistazo cuando te venga bien.')).toBeVisible();
  await page.getByRole('link', { name: 'Ver la propuesta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vuestro acuerdo para pedir tranquilidad' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Billie ha propuesto la versión 2' })).toBeVisible();
  await expect(page.getByText('De lunes a viernes a las 19:30, 20 minutos', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Historial' })).toBeVisible();
  await expect(page.getByRole('button', { name: acknowledgmentPhrasingsIn('es')[1] })).toBeVisible();
  await checkSpanish(page, 'agreement-pending');

  await page.getByLabel('Minutos que dura cada encuentro').fill('1');
  await page.getByRole('button', { name: 'Proponérselo a Billie' }).click();
  await expect(page.getByLabel('Minutos que dura cada encuentro')).toBeFocused();
  await checkSpanish(page, 'agreement-form-error');

  await page.getByRole('button', { name: 'Aceptar la versión 2' }).click();
  await expect(page.getByText('Aceptada. La versión 2 es ahora vuestro acuerdo.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vigente: versión 2' })).toBeVisible();
  await checkSpanish(page, 'agreement-accepted');
  await shot(page, 'agreement');
});

test('check-in: the agenda, the timer, completing it, and a rhythm with none ahead', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await agreeOn(alex, billie, soon());
  await sendAs(billie, 'post', '/api/v1/pair/topics', { text: 'Dónde pasamos la Nochevieja', shared: true });
  await sendAs(alex, 'post', '/api/v1/pair/topics', { text: 'Las preocupaciones de dinero', shared: false });

  await page.goto('/pair/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentro con Billie' })).toBeVisible();
  await page.getByRole('button', { name: 'Poner en marcha el temporizador' }).click();
  await page.getByRole('checkbox', { name: /Dónde pasamos la Nochevieja/ }).check();
  await checkSpanish(page, 'check-in');
  await shot(page, 'check-in');

  await page.getByLabel('Notas compartidas').fill('Lo decidimos el domingo.');
  await page.getByRole('button', { name: 'Dar por hecho el encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentro hecho' })).toBeVisible();
  await expect(page.getByText('Habéis tardado 1 minuto.')).toBeVisible();
  await expect(page.getByText('Habéis hablado juntos de un tema. No queda nada pendiente para la próxima vez.')).toBeVisible();
  await checkSpanish(page, 'check-in-done');
});

test('a pair screen opened by someone not linked, and the news of a pair that ended', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  await page.goto('/pair/agreement');
  await expect(page.getByRole('heading', { level: 1, name: 'Ahora mismo ninguna cuenta está vinculada a la tuya' })).toBeVisible();
  await checkSpanish(page, 'pair-not-linked-notice');
  await page.goto('/pair/check-in');
  await expect(page.getByRole('link', { name: 'Ir a tu espacio en pareja' })).toBeVisible();
  await checkSpanish(page, 'check-in-not-linked');

  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await sendAs(billie, 'delete', '/api/v1/pair', { password: billie.password });
  await page.goto('/pair');
  const notice = page.getByTestId('pair-ended-notice');
  await expect(notice.getByRole('heading', { name: 'Tu pareja se ha desvinculado' })).toBeVisible();
  await checkSpanish(page, 'pair-ended');
  await shot(page, 'pair-ended');
  await page.goto('/home');
  await expect(notice.getByRole('link', { name: 'Ir a tu espacio en pareja' })).toBeVisible();
  await checkSpanish(page, 'pair-ended-home');
  await notice.getByRole('button', { name: 'Gracias, quitar este aviso' }).click();
  await expect(notice).toHaveCount(0);
});

test('kudos: the feed, giving one and its error, and the screen before linking', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  await page.goto('/pair/kudos');
  await expect(page.getByText('Este espacio se abre cuando tu pareja y tú vinculéis vuestras cuentas.')).toBeVisible();
  await checkSpanish(page, 'kudos-not-linked');

  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await sendAs(billie, 'post', '/api/v1/pair/kudos', { text: 'Te paraste antes de preguntar, gracias.', category: 'paused' });
  await page.goto('/pair/kudos');
  await expect(page.getByRole('heading', { level: 1, name: 'Reconocimientos' })).toBeVisible();
  await expect(page.getByText('Billie, a ti · Se paró antes de preguntar', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Enviar el reconocimiento' }).click();
  await expect(page.getByText('Escribe unas palabras')).toBeVisible();
  await checkSpanish(page, 'kudos-error');
  await page.getByLabel('¿Qué has notado?').fill('Viniste al encuentro aunque estabas cansado.');
  await page.getByLabel(/^Qué tipo de esfuerzo/).selectOption('kept-the-check-in');
  await page.getByRole('button', { name: 'Enviar el reconocimiento' }).click();
  await expect(page.getByText('Enviado a Billie.')).toBeVisible();
  await expect(page.getByText('Tú, a Billie · Acudió al encuentro', { exact: false })).toBeVisible();
  await checkSpanish(page, 'kudos');
  await shot(page, 'kudos');
});

test('goals: the week alone, then together, an empty goal and one added', async ({ page, browser }) => {
  const alex = await someoneInSpanish(page, 'Alex');
  await page.goto('/goals');
  await expect(page.getByRole('heading', { level: 1, name: 'Objetivos de la semana' })).toBeVisible();
  await expect(page.getByText('Todavía no tienes objetivos propios para esta semana.')).toBeVisible();
  await checkSpanish(page, 'goals-alone');

  const billie = await partnerInSpanish(browser, 'Billie');
  await linkQuickly(alex, billie);
  await page.reload();
  await page.getByRole('button', { name: 'Añadir el objetivo' }).click();
  await expect(page.getByText('Ponle nombre al objetivo')).toBeVisible();
  await page.getByLabel('Objetivo', { exact: true }).fill('Un paseo juntos el domingo');
  await page.getByRole('radio', { name: 'Nuestro, en pareja' }).check();
  await page.getByRole('button', { name: 'Añadir el objetivo' }).click();
  await expect(page.getByText('Añadido.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Un paseo juntos el domingo/ })).toBeVisible();
  await checkSpanish(page, 'goals');
  await shot(page, 'goals');
});
