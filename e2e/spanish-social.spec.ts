import type { Page } from '@playwright/test';
import { interactionQuickly, personQuickly, socialMap } from './support/social.js';
import { checkSpanish as checkAll, shot, signUpInSpanish } from './support/spanish.js';
import { expect, test } from './support/test.js';

/*
 * The social map in Spanish, one test per screen: every state each one shows (empty, full,
 * a dialog, a form's errors) is checked for English from the catalogs and for axe.
 */

const checkSpanish = (page: Page, name: string) => checkAll(page, name);

async function settled(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByText('Un momento…')).toHaveCount(0);
}

test('the map in Spanish: empty, then full with people to reach out to', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/people');
  await settled(page, 'Las personas de tu vida');
  await expect(page.getByText('Todavía no hay nadie.')).toBeVisible();
  await checkSpanish(page, 'map (empty)');

  await socialMap(page.request, csrf);
  await page.reload();
  await settled(page, 'Las personas de tu vida');
  await expect(page.getByText(/4 personas, en \d de 8 ámbitos de la vida/)).toBeVisible();
  const reachOut = page.getByRole('region', { name: 'Quizá escribir pronto' });
  await expect(reachOut.getByRole('listitem').first()).toContainText(/Han pasado \d+ días/);
  await checkSpanish(page, 'map');
  await shot(page, 'social-map');

  await reachOut.getByRole('button', { name: /^Esta semana no para Sam/ }).click();
  await expect(page.getByText('Sam descansa de esta lista durante una semana.')).toBeVisible();
  await checkSpanish(page, 'map (resting)');
});

test('adding someone in Spanish: the form, its errors, and their new page', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/people/new');
  await settled(page, 'Añadir a alguien');
  await checkSpanish(page, 'new person');
  await page.getByRole('radio', { name: 'Otro ritmo' }).check();
  await page.getByRole('button', { name: 'Añadir a mi mapa' }).click();
  await expect(page.getByText('Ponle un nombre o un apodo')).toBeVisible();
  await expect(page.getByText('¿Cuántos días entre un contacto y otro?')).toBeVisible();
  await expect(page.getByLabel('Nombre o apodo')).toBeFocused();
  await checkSpanish(page, 'new person (errors)');

  await page.getByLabel('Nombre o apodo').fill('Lucía');
  await page.getByRole('checkbox', { name: 'Amistades' }).check();
  await page.getByLabel('Días entre un contacto y otro').fill('10');
  await page.getByRole('button', { name: 'Añadir a mi mapa' }).click();
  await settled(page, 'Lucía');
  await expect(page.getByText('Lucía ya está en tu mapa.')).toBeVisible();
  await expect(page.getByText('Más o menos cada 10 días')).toBeVisible();
  await checkSpanish(page, 'person (added)');
});

test('a person’s page in Spanish: history, give and take, feedback, the ladder, editing and removing', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  const { personId } = await socialMap(page.request, csrf);
  await page.goto(`/people/${personId}`);
  await settled(page, 'Sam');
  await expect(page.getByRole('list', { name: 'Ratos juntos, primero los más recientes' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('Ayudaste: helped move a sofa')).toBeVisible();
  await expect(page.getByText(/^Tú 2 · Sam 1 · los dos 0$/)).toBeVisible();
  await checkSpanish(page, 'person');
  await shot(page, 'person');

  // The quick log, open and then saved.
  await page.getByRole('button', { name: 'Anotar un rato juntos' }).click();
  await expect(page.getByRole('group', { name: '¿Cómo estuviste en contacto con Sam?' })).toBeVisible();
  await checkSpanish(page, 'person (quick log)');
  await page.getByRole('button', { name: 'Llamada', exact: true }).click();
  await expect(page.getByText('Anotado: llamada con Sam, ahora mismo. Su ritmo vuelve a empezar.')).toBeVisible();
  await checkSpanish(page, 'person (logged)');

  // A feedback link, made once.
  await page.getByRole('button', { name: 'Crear un enlace para que te cuente' }).click();
  await expect(page.getByLabel('Tu enlace para Sam')).toBeVisible();
  await expect(page.getByText('Un enlace sigue abierto.')).toBeVisible();
  await checkSpanish(page, 'person (feedback link)');

  // The ladder: its form, an error, and a step saved.
  await page.getByRole('button', { name: 'Añadir un paso' }).click();
  await page.getByRole('button', { name: 'Guardar este paso' }).click();
  await expect(page.getByText('Unas palabras sobre lo que compartiste')).toBeVisible();
  await expect(page.getByLabel('¿Qué compartiste?')).toBeFocused();
  await checkSpanish(page, 'person (ladder errors)');
  await page.getByRole('radio', { name: /Lo personal/ }).check();
  await page.getByLabel('¿Qué compartiste?').fill('Mis preocupaciones por el trabajo nuevo.');
  await page.getByRole('button', { name: 'Guardar este paso' }).click();
  await expect(page.getByText('Guardado. Cada paso cuenta, por pequeño que sea.')).toBeVisible();
  await expect(page.getByText(/1 paso · comodidad 3 de 5/)).toBeVisible();
  await checkSpanish(page, 'person (ladder)');

  // Editing the details.
  await page.getByRole('button', { name: 'Editar los datos' }).click();
  await expect(page.getByRole('heading', { name: 'Cambiar los datos de Sam' })).toBeVisible();
  await checkSpanish(page, 'person (editing)');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Tus cambios están guardados.')).toBeVisible();

  // Deleting a time together, then removing the person: the dialogs.
  await page
    .getByRole('button', { name: /^Borrar… el rato juntos del/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: '¿Borrar este rato juntos?' })).toBeVisible();
  await checkSpanish(page, 'person (delete a time)');
  await page.getByRole('button', { name: 'Borrarlo' }).click();
  await expect(page.getByText('Ese rato juntos está borrado.')).toBeVisible();
  await page.getByRole('button', { name: 'Quitar de mi mapa…' }).click();
  await expect(page.getByRole('dialog', { name: '¿Quitar a Sam de tu mapa?' })).toBeVisible();
  await checkSpanish(page, 'person (remove)');
  await page.getByRole('button', { name: 'Quitar', exact: true }).click();
  await settled(page, 'Las personas de tu vida');
});

test('someone not on the map, in Spanish', async ({ page, console }) => {
  await signUpInSpanish(page);
  console.allow(404, /\/api\/v1\/people\/[0-9a-f-]+$/);
  await page.goto('/people/00000000-0000-4000-8000-000000000000');
  await settled(page, 'No hemos encontrado a esta persona');
  await checkSpanish(page, 'person (not found)');
});

test('logging time together in Spanish: the full form, its errors, and changing a log', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/people/log');
  await settled(page, 'Anotar un rato juntos');
  await expect(page.getByRole('link', { name: 'Añade a alguien primero' })).toBeVisible();
  await checkSpanish(page, 'log (empty map)');

  const ana = await personQuickly(page.request, csrf, { name: 'Ana', contexts: ['family'] });
  await page.reload();
  await settled(page, 'Anotar un rato juntos');
  await page.getByRole('checkbox', { name: 'Le ayudé' }).check();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Elige con quién estuviste')).toBeVisible();
  await checkSpanish(page, 'log (errors)');
  await page.getByRole('checkbox', { name: 'Ana' }).check();
  await page.getByRole('button', { name: 'ponernos al día' }).click();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await settled(page, 'Ana');
  await expect(page.getByText('ponernos al día')).toBeVisible();

  const id = await interactionQuickly(page.request, csrf, { personIds: [ana], daysAgo: 3 });
  await page.goto(`/people/log?edit=${id}`);
  await settled(page, 'Cambiar un rato juntos');
  await expect(page.getByRole('button', { name: 'Guardar los cambios' })).toBeVisible();
  await checkSpanish(page, 'log (editing)');
});

test('invitations in Spanish: none, then planned and answered', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await personQuickly(page.request, csrf, { name: 'Priya', contexts: ['work'] });
  await page.goto('/people/invitations');
  await settled(page, 'Invitaciones');
  await expect(page.getByText('Todavía ninguna. La más pequeña es un buen comienzo.')).toBeVisible();
  await checkSpanish(page, 'invitations (empty)');

  await page.getByRole('button', { name: 'Guardar la invitación' }).click();
  await expect(page.getByText('Elige una idea o escribe la tuya')).toBeVisible();
  await checkSpanish(page, 'invitations (errors)');
  await page.getByRole('radio', { name: 'Una comida o un café' }).check();
  await page.getByRole('button', { name: 'Un café o un té, media hora' }).click();
  await page.getByLabel('¿Para quién?').selectOption({ label: 'Priya' });
  await page.getByRole('button', { name: 'Guardar la invitación' }).click();
  const list = page.getByRole('list', { name: 'Tus invitaciones, primero las más recientes' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Para Priya');
  await list.getByLabel(/En qué punto está/).selectOption('accepted');
  await expect(page.getByRole('region', { name: 'Cómo han ido las invitaciones' })).toContainText('1 de 1 aceptadas');
  await checkSpanish(page, 'invitations');
  await shot(page, 'invitations');
});

test('daily practices in Spanish', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/people/practices');
  await settled(page, 'Prácticas diarias');
  await expect(page.getByText('Todavía no has elegido ninguna. Escoge una de abajo o escribe la tuya.')).toBeVisible();
  await checkSpanish(page, 'practices (empty)');
  await page.getByRole('button', { name: 'Añadirla' }).click();
  await expect(page.getByText('Ponle un nombre a la práctica')).toBeVisible();
  await checkSpanish(page, 'practices (errors)');
  await page.getByRole('button', { name: 'Saludar a alguien del barrio' }).click();
  const practices = page.getByRole('list', { name: 'Tus prácticas' });
  await expect(practices.getByRole('listitem').first()).toContainText('Saludar a alguien del barrio');
  await practices.getByRole('button', { name: 'Hoy' }).click();
  await expect(practices.getByRole('button', { name: 'Hoy' })).toHaveAttribute('aria-pressed', 'true');
  await expect(practices).toContainText('Hecha 1 día de los últimos 7');
  await checkSpanish(page, 'practices');
});

test('my connections over time in Spanish, with little data and with more', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/people/insights');
  await settled(page, 'Mis vínculos con el tiempo');
  await expect(page.getByText('Reuniendo lo que has anotado…')).toHaveCount(0);
  await checkSpanish(page, 'insights (empty)');
  await socialMap(page.request, csrf);
  await page.reload();
  await settled(page, 'Mis vínculos con el tiempo');
  await expect(page.getByText('Reuniendo lo que has anotado…')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Dar y recibir, con todo el mundo' })).toBeVisible();
  await checkSpanish(page, 'insights');
  await shot(page, 'social-insights');
});

test('the monthly review in Spanish: the questions, a gap, and saved', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/people/review');
  await settled(page, 'Repaso del mes');
  await checkSpanish(page, 'review');
  await page.getByLabel(/Un logro que celebrar/).fill('Said yes to the coffee.');
  const questions = page.getByRole('group').filter({ has: page.getByText(/^[123]\./) });
  await questions.nth(0).getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Guardar el repaso de este mes' }).click();
  await expect(page.getByText('Responde a las tres preguntas, o déjalas las tres para otro momento.')).toBeVisible();
  await expect(questions.nth(1).getByRole('radio').first()).toBeFocused();
  await checkSpanish(page, 'review (a gap)');
  await questions.nth(1).getByRole('radio').first().check();
  await questions.nth(2).getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Guardar el repaso de este mes' }).click();
  await expect(page.getByText(/Tu repaso está guardado/)).toBeVisible();
  await expect(page.getByText(/Puntuaciones hasta ahora \(de 3 a 9\): [a-z]+ de \d{4}: 4$/)).toBeVisible();
  await checkSpanish(page, 'review (saved)');
});

test('importing contacts in Spanish: a bad file, then the report', async ({ page, console }) => {
  await signUpInSpanish(page);
  await page.goto('/people/import');
  await settled(page, 'Importar contactos');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(page.getByText('Primero elige un archivo de contactos (termina en .vcf).')).toBeVisible();
  await checkSpanish(page, 'import (no file)');
  console.allow(400, /\/api\/v1\/people\/import$/);
  await page.getByLabel('Archivo de contactos').setInputFiles('e2e/fixtures/not-a-vcard.vcf');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('No se ha importado nada');
  await checkSpanish(page, 'import (bad file)');
  await page.getByLabel('Archivo de contactos').setInputFiles('e2e/fixtures/contacts.vcf');
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  const report = page.getByRole('region', { name: 'Importación terminada' });
  await expect(report).toContainText('2 personas añadidas, 0 unidas, 1 omitidas.');
  await expect(report.getByRole('row').nth(3)).toContainText(/Omitida: /);
  await checkSpanish(page, 'import (report)');
});
