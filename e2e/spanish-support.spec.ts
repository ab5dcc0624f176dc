import type { Browser, Page } from '@playwright/test';
import { linkQuickly } from './support/pair.js';
import { newPerson, signUpQuickly } from './support/people.js';
import { checkSpanish, shot, speakSpanish } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * The support area in Spanish, one test per screen: the safety plan, the pair's stress plan, the
 * questionnaires and their results, the first-run welcome and finding support. Data is set up
 * through the API so lists, empty states, dialogs and errors all show.
 */

async function spanishPerson(page: Page, name = 'Robin', welcome = true) {
  await speakSpanish(page);
  return signUpQuickly(page, newPerson({ displayName: name }), { welcome });
}

test('safety plan: making it, a line to look at again, the plan, changing it, deleting it', async ({ page }) => {
  await spanishPerson(page);
  await page.goto('/safety-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Mi plan de seguridad' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Haz tu plan' })).toBeVisible();
  await checkSpanish(page, 'safety plan, empty');

  await page.getByRole('textbox', { name: /^Señal 1/ }).fill('Dejo de contestar a todo el mundo');
  await page.getByRole('button', { name: 'Añadir otra a «Señales de que empieza un momento difícil»' }).click();
  await page.getByRole('textbox', { name: /^Señal 2/ }).fill('Me desvelo dándole vueltas a todo');
  await page.getByRole('textbox', { name: /^Persona 1: nombre/ }).fill('Maya');
  await page.getByRole('textbox', { name: /^Persona 1: teléfono/ }).fill('llámala');
  await page.getByRole('button', { name: 'Guardar mi plan' }).click();
  await expect(page.getByText('Hay algo que conviene revisar; el paso está marcado más abajo.')).toBeVisible();
  await expect(page.getByText(/los teléfonos solo cifras/)).toBeVisible();
  await checkSpanish(page, 'safety plan, a line to look at');

  await page.getByRole('textbox', { name: /^Persona 1: teléfono/ }).fill('+34 612 345 678');
  await page.getByRole('textbox', { name: /^Razón 1/ }).fill('Mi sobrina Ada');
  await page.getByRole('button', { name: 'Guardar mi plan' }).click();
  await expect(page.getByText('Guardado. Solo tú puedes verlo, y también está en tu pantalla de SOS.')).toBeVisible();
  await expect(page.getByTestId('safety-plan')).toContainText('Mi sobrina Ada');
  await expect(page.getByRole('link', { name: 'Llamar Maya +34 612 345 678' })).toBeVisible();
  await checkSpanish(page, 'safety plan, saved');
  await shot(page, 'safety-plan');

  await page.getByRole('button', { name: 'Cambiar mi plan' }).click();
  await expect(page.getByRole('heading', { name: 'Cambia tu plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quitar señal 2' })).toBeVisible();
  await checkSpanish(page, 'safety plan, changing');
  await page.getByRole('button', { name: 'Dejarlo como estaba' }).click();

  await page.getByRole('button', { name: 'Borrar mi plan' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Borrar tu plan de seguridad?' });
  await expect(dialog).toBeVisible();
  await checkSpanish(page, 'safety plan, delete dialog');
  await dialog.getByRole('button', { name: 'Borrarlo' }).click();
  await expect(page.getByText('Tu plan se ha borrado.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Haz tu plan' })).toBeVisible();
  await checkSpanish(page, 'safety plan, deleted');
});

async function linkedPair(browser: Browser, page: Page) {
  const a = await spanishPerson(page, 'Alex');
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });
  const b = await context.newPage();
  const bs = await spanishPerson(b, 'Billie');
  await linkQuickly({ page, csrf: a.csrf }, { page: b, csrf: bs.csrf });
  return { a, b, bs, close: () => context.close() };
}

test('stress plan: none yet, steps to look at again, waiting for the partner, the partner’s proposal, agreed with earlier versions', async ({
  page,
  browser,
}) => {
  const { b, close } = await linkedPair(browser, page);
  await page.goto('/pair/stress-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Nuestro plan para momentos de estrés' })).toBeVisible();
  await expect(page.getByText('Todavía no hay un plan acordado.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'stress plan, none yet');

  await page.getByRole('button', { name: 'Añadir un paso' }).click();
  await page.getByRole('button', { name: 'Proponer este plan' }).click();
  await expect(page.getByText('Cada paso necesita lo que notas y lo que vas a hacer.')).toBeVisible();
  await expect(page.getByText('Di lo que notas')).toHaveCount(2);
  await checkSpanish(page, 'stress plan, steps to look at');

  await page.getByRole('button', { name: 'Quitar el paso 2' }).click();
  await page.getByLabel('Si noto…').fill('que se me acelera el pensamiento por la noche');
  await page.getByLabel('Voy a…').fill('respirar despacio tres minutos');
  await page.getByLabel(/Puedes ayudarme…/).fill('quedándote a mi lado en silencio');
  await page.getByRole('button', { name: 'Proponer este plan' }).click();
  await expect(page.getByRole('heading', { name: 'Esperando a Billie' })).toBeVisible();
  await expect(page.getByText('Propuesto. Tu pareja puede aceptarlo.')).toBeVisible();
  await checkSpanish(page, 'stress plan, waiting for the partner');

  await b.goto('/pair/stress-plan');
  await expect(b.getByRole('heading', { name: 'Alex propone' })).toBeVisible();
  await checkSpanish(b, 'stress plan, the partner’s proposal');
  await b.getByRole('button', { name: 'Aceptar este plan' }).click();
  await expect(b.getByText('Aceptado. Ya está en la pantalla de SOS de los dos.')).toBeVisible();
  await b.getByText(/Versiones anteriores \(1\)/).click();
  await expect(b.getByText(/Versión 1: acordada, propuesta por Alex el/)).toBeVisible();
  await expect(b.getByText(/Versión 1, acordada el/)).toBeVisible();
  await checkSpanish(b, 'stress plan, agreed');
  await shot(b, 'stress-plan');
  await close();
});

async function answer(page: Page, csrf: string, instrument: string, answers: number[]) {
  const res = await page.request.post('/api/v1/assessments', { data: { instrument, answers }, headers: { 'x-csrf-token': csrf } });
  expect(res.status()).toBe(201);
}

test('questionnaires: the list with nothing answered yet, and with results and changes since last time', async ({ page }) => {
  const { csrf } = await spanishPerson(page);
  await page.goto('/questionnaires');
  await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible();
  await expect(page.getByText('Todavía nada.', { exact: false })).toBeVisible();
  await checkSpanish(page, 'questionnaires, none yet');

  await answer(page, csrf, 'gad7', [1, 1, 1, 1, 1, 1, 1]);
  await answer(page, csrf, 'gad7', [3, 3, 3, 3, 3, 3, 3]);
  await answer(page, csrf, 'phq9', [1, 1, 0, 0, 0, 0, 0, 0, 0]);
  await answer(page, csrf, 'phq9', [1, 1, 1, 0, 0, 0, 0, 0, 0]);
  await answer(page, csrf, 'ecr-rs', [4, 4, 4, 4, 4, 4, 4, 4, 4]);
  await answer(page, csrf, 'ecr-rs', [5, 4, 4, 4, 4, 4, 4, 4, 4]);
  await page.reload();
  const history = page.getByRole('region', { name: 'Lo que respondiste antes' });
  await expect(history.getByRole('listitem')).toHaveCount(6);
  await expect(history).toContainText('Puntuación 21 de 21: en el rango grave');
  await expect(history).toContainText('Desde la última vez: un empeoramiento claro');
  await expect(history).toContainText('Desde la última vez: sube 1 punto.');
  await expect(history).toContainText(/Desde la última vez: ansiedad [^,]+, evitación/);
  await checkSpanish(page, 'questionnaires, with results');
  await shot(page, 'questionnaires');
});

test('a questionnaire: answering, a question left out, help below question 9, the result', async ({ page }) => {
  await spanishPerson(page);
  await page.goto('/questionnaires/phq9');
  await expect(page.getByRole('button', { name: 'Ver mi resultado' })).toBeVisible();
  await checkSpanish(page, 'questionnaire, answering');

  const questions = page.locator('fieldset.question');
  for (let i = 0; i < 7; i += 1) await questions.nth(i).getByRole('radio').first().check();
  await questions.nth(8).getByRole('radio').nth(1).check();
  await expect(page.getByRole('region', { name: 'No tienes que cargar con esto a solas' })).toBeVisible();
  await page.getByRole('button', { name: 'Ver mi resultado' }).click();
  await expect(page.getByText('Responde también a la pregunta 8, por favor.', { exact: false })).toBeVisible();
  await expect(questions.nth(7).getByRole('radio').first()).toBeFocused();
  await checkSpanish(page, 'questionnaire, a question left out');

  await questions.nth(7).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Ver mi resultado' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu resultado en el PHQ-9' })).toBeVisible();
  await expect(page.getByText('Puntuación 1 de 27: en el rango mínimo')).toBeVisible();
  await expect(page.getByText('Es una orientación, no un diagnóstico.')).toBeVisible();
  await checkSpanish(page, 'questionnaire, result');
  await shot(page, 'questionnaire-result');
});

test('a questionnaire with two dimensions: the plot, and a questionnaire that is not there', async ({ page }) => {
  await spanishPerson(page);
  await page.goto('/questionnaires/ecr-rs');
  const questions = page.locator('fieldset.question');
  await expect(questions.first()).toBeVisible();
  const count = await questions.count();
  for (let i = 0; i < count; i += 1) await questions.nth(i).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Ver mi resultado' }).click();
  await expect(page.getByRole('img', { name: 'Tu punto en dos dimensiones' })).toBeVisible();
  await expect(page.getByText('Tus dos dimensiones')).toBeVisible();
  await checkSpanish(page, 'questionnaire, two dimensions');

  await page.goto('/questionnaires/nothing-here');
  await expect(page.getByRole('heading', { level: 1, name: 'No encontramos ese cuestionario' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Todos los cuestionarios' })).toBeVisible();
  await checkSpanish(page, 'questionnaire, not found');
});

test('first run: what brings you here, where you are, a partner, a first small step', async ({ page }) => {
  await spanishPerson(page, 'Robin', false);
  await page.goto('/welcome');
  await expect(page.getByRole('heading', { level: 1, name: 'Te damos la bienvenida, Robin. ¿Qué te trae por aquí?' })).toBeVisible();
  await expect(page.getByText('Paso 1 de 4')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Sentir soledad/ }).check();
  await checkSpanish(page, 'first run, what brings you here');

  await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '¿Dónde estás?' })).toBeVisible();
  await page.getByLabel('País o región').selectOption('ES');
  await expect(page.getByRole('heading', { name: 'España: la ayuda incluye' })).toBeVisible();
  await checkSpanish(page, 'first run, where you are');

  await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vincúlate con tu pareja, si quieres' })).toBeVisible();
  await expect(page.getByText('Vincularos os da un espacio compartido', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Crear un código' })).toBeVisible();
  await checkSpanish(page, 'first run, a partner');
  // The invite and join cards are the pair page's own, with their states, inside this step.
  await page.getByRole('button', { name: 'Crear un código' }).click();
  await expect(page.getByText(/^Sirve hasta el /)).toBeVisible();
  await page.getByRole('button', { name: 'Vincularme' }).click();
  await expect(page.getByText('Escribe el código que te dio tu pareja')).toBeVisible();
  await checkSpanish(page, 'first run, a partner, a code and a join to look at again');
  await shot(page, 'first-run-partner');

  await page.getByRole('button', { name: 'Ahora no' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Un primer paso pequeño' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Añade a una persona/ })).toBeVisible();
  await checkSpanish(page, 'first run, a first small step');
  await shot(page, 'first-run');

  await page.getByRole('button', { name: 'Ir al inicio' }).click();
  await expect(page).toHaveURL(/\/home$/);
  const me = await page.request.get('/api/v1/me');
  const { user } = (await me.json()) as { user: { region: string; focus: string[] } };
  expect(user).toMatchObject({ region: 'ES', focus: ['loneliness'] });
});

test('finding support: the support list empty, added to, changed and removed; the summary asks for a choice', async ({ page }) => {
  await spanishPerson(page);
  await page.goto('/support');
  await expect(page.getByRole('heading', { level: 1, name: 'Buscar apoyo' })).toBeVisible();
  await page.getByRole('button', { name: 'Abrir el resumen' }).click();
  await expect(page.getByText('Elige al menos una cosa que incluir.')).toBeVisible();
  await checkSpanish(page, 'support, empty list and the summary’s choice');

  await page.getByRole('button', { name: /^Añadir a mi lista/ }).click();
  await expect(page.getByText('Ponle un nombre')).toBeVisible();
  await page.getByLabel('Nombre', { exact: true }).fill('Clínica del barrio');
  await page.getByRole('button', { name: /^Añadir a mi lista/ }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Clínica del barrio' })).toBeVisible();
  await checkSpanish(page, 'support, a resource added');

  await page.getByRole('button', { name: 'Editar Clínica del barrio' }).click();
  await expect(page.getByRole('button', { name: 'Guardar cambios' })).toBeVisible();
  await checkSpanish(page, 'support, changing a resource');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByRole('button', { name: 'Guardar cambios' })).toHaveCount(0);

  await page.getByRole('button', { name: /^Quitar Clínica del barrio/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checkSpanish(page, 'support, removing a resource');
  await page.getByRole('dialog').getByRole('button', { name: 'Quitar de mi lista' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Clínica del barrio' })).toHaveCount(0);
});

test('on your own, in Spanish: the weekly reflection, and the small step on finding support', async ({ page }) => {
  const { csrf } = await spanishPerson(page);
  await page.goto('/reviews');
  const week = page.getByRole('region', { name: /^Esta semana, para ti/ });
  await expect(week.getByLabel('¿Qué me fue bien esta semana?')).toBeVisible();
  await checkSpanish(page, 'weekly reflection alone, empty');
  await week.getByLabel('¿Qué se me hizo difícil?').fill('Los domingos por la tarde');
  await week.getByRole('button', { name: 'Guardar la reflexión de esta semana' }).click();
  await expect(week.getByRole('status')).toContainText('Guardado.');
  await checkSpanish(page, 'weekly reflection alone, saved');

  const answered = await page.request.post('/api/v1/assessments', {
    data: { instrument: 'ucla3', answers: [3, 2, 3] },
    headers: { 'x-csrf-token': csrf },
  });
  expect(answered.status()).toBe(201);
  await page.goto('/support');
  const signal = page.getByRole('region', { name: 'Puede que te ayude hablar con alguien' });
  await expect(signal).toContainText('Últimamente te has sentido a menudo en soledad');
  await expect(signal.getByRole('link', { name: 'Añadir a alguien a tu mapa' })).toBeVisible();
  await checkSpanish(page, 'finding support, feeling alone with a thin map');
});
