import { thoughtQuickly, writeQuickly } from './support/people.js';
import { checkSpanish, shot, signUpInSpanish } from './support/spanish.js';
import { rateWithKeys } from './support/slider.js';
import { expect, test } from './support/test.js';

/*
 * The toolkit, the journal and the cycle in Spanish: every screen and state, each checked for
 * English from the catalogs, lang="es" and axe. Data is set up through the API, in Spanish, since
 * the person's own words are shown as written.
 */

test('the toolkit, and the note when it is opened from a pause', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/tools');
  await expect(page.getByRole('heading', { level: 1, name: 'Tus herramientas' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Respiración pausada/ })).toBeVisible();
  await checkSpanish(page, 'toolkit');
  await shot(page, 'toolkit');

  await page.goto(`/tools?urge=${crypto.randomUUID()}`);
  await expect(page.getByText('Lo que elijas aquí quedará unido al impulso que acabas de anotar.')).toBeVisible();
  await checkSpanish(page, 'toolkit from a pause');
});

test('breathing: the choices, a rating left unmoved, the guide, the rating after and the saved session', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/tools/breathing');
  await expect(page.getByRole('heading', { level: 1, name: 'Respiración pausada' })).toBeVisible();
  await expect(page.getByLabel('3 minutos')).toBeChecked();
  await checkSpanish(page, 'breathing, before');

  await page.getByRole('button', { name: 'Empezar a respirar' }).click();
  await expect(page.getByText('Mueve el control hasta donde estás ahora, o sáltate la puntuación.')).toBeVisible();
  await checkSpanish(page, 'breathing, no rating yet');

  await rateWithKeys(page, '¿Cuánto malestar sientes ahora mismo?', 6);
  await page.getByLabel('1 minuto', { exact: true }).check();
  await page.getByRole('button', { name: 'Empezar a respirar' }).click();
  await expect(page.locator('.breath-text')).toHaveText(/^Inspira… \d$/);
  await expect(page.getByText(/^Quedan \d+:\d\d$/)).toBeVisible();
  await checkSpanish(page, 'breathing, running');
  await shot(page, 'breathing-running');

  await page.getByRole('button', { name: 'Parar aquí' }).click();
  await expect(page.getByRole('heading', { name: '¿Cómo estás ahora?' })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar esta sesión' }).click();
  await expect(page.getByText('Mueve el control hasta donde estás ahora, o sáltate la puntuación.')).toBeVisible();
  await checkSpanish(page, 'breathing, after');

  await rateWithKeys(page, '¿Cuánto malestar sientes ahora?', 3);
  await page.getByRole('button', { name: 'Guardar esta sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Guardado. Se ha aliviado un poco.' })).toBeVisible();
  await expect(page.getByText('El malestar pasó de 6 a 3.')).toBeVisible();
  await checkSpanish(page, 'breathing, saved');
  await shot(page, 'breathing-saved');
});

test('grounding and muscle relaxation: before, running, paused, and a skipped rating', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/tools/grounding');
  await expect(page.getByRole('heading', { level: 1, name: 'Volver al presente: 5-4-3-2-1' })).toBeVisible();
  await checkSpanish(page, 'grounding, before');

  await page.goto('/tools/muscles');
  await expect(page.getByRole('heading', { level: 1, name: 'Relajación muscular progresiva' })).toBeVisible();
  await expect(page.getByText(/^Unos 3 minutos, diez zonas/)).toBeVisible();
  await checkSpanish(page, 'muscles, before');

  // Skipping the rating before: the session runs, and afterwards says it is not kept.
  await page.locator('.rating-skip').click();
  await expect(page.getByText('Zona 1 de 10')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Manos: tensa' })).toBeVisible();
  await page.getByRole('button', { name: 'Pausar' }).click();
  await expect(page.getByText('En pausa')).toBeVisible();
  await checkSpanish(page, 'muscles, paused');
  await shot(page, 'muscles-paused');

  await page.getByRole('button', { name: 'Terminar aquí' }).click();
  await expect(page.getByText('Antes te saltaste la puntuación, así que esta vez no se guarda. Hacerlo cuenta igual.')).toBeVisible();
  await checkSpanish(page, 'muscles, rating skipped');
});

test('reflective writing: a question to start from', async ({ page }) => {
  await signUpInSpanish(page);
  await page.goto('/tools/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Escritura reflexiva' })).toBeVisible();
  await expect(page.getByText('¿Qué desató la preocupación y qué más estaba pasando a su alrededor?')).toBeVisible();
  await checkSpanish(page, 'reflective writing');
});

test('thought records: none yet, the form with what needs another look, one record, editing, deleting and not found', async ({
  page,
  console,
}) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/tools/thoughts');
  await expect(page.getByRole('heading', { name: 'Todavía ninguno' })).toBeVisible();
  await checkSpanish(page, 'thought records, none');

  await page.getByRole('link', { name: 'Nuevo registro de pensamientos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo registro de pensamientos' })).toBeVisible();
  await checkSpanish(page, 'new thought record');
  await shot(page, 'thought-new');

  const id = await thoughtQuickly(page.request, csrf, {
    situation: 'Mi pareja no contestó en toda la tarde.',
    automaticThought: 'Seguro que está enfadada conmigo.',
    emotion: 'ansiedad',
    emotionIntensity: 7,
    distortions: ['mind_reading', 'catastrophising'],
    evidenceFor: 'Ayer estaba seria.',
    evidenceAgainst: 'Me dijo que hoy tenía un día muy largo.',
    balancedThought: 'Puede que simplemente esté ocupada.',
    emotionIntensityAfter: 4,
  });
  await page.goto('/tools/thoughts');
  await expect(page.getByRole('list', { name: 'Registros de pensamientos, del más reciente al más antiguo' })).toBeVisible();
  await checkSpanish(page, 'thought records, one');

  await page.goto(`/tools/thoughts/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Registro de pensamientos' })).toBeVisible();
  await expect(page.getByText('ansiedad, 7 de 10; 4 de 10 después')).toBeVisible();
  await expect(page.getByText('Leer la mente')).toBeVisible();
  await checkSpanish(page, 'thought record');
  await shot(page, 'thought-record');

  await page.getByRole('button', { name: 'Editar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Editar el registro de pensamientos' })).toBeVisible();
  await page.getByLabel('La situación').fill('');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByLabel('La situación')).toBeFocused();
  await checkSpanish(page, 'thought record, editing with something to look at');
  await page.getByLabel('La situación').fill('Mi pareja no contestó en toda la tarde, y yo estaba en casa.');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Tus cambios están guardados.')).toBeVisible();
  await checkSpanish(page, 'thought record, changes saved');

  await page.getByRole('button', { name: 'Borrar…' }).click();
  await expect(page.getByRole('dialog', { name: '¿Borrar este registro de pensamientos?' })).toBeVisible();
  await checkSpanish(page, 'thought record, delete dialog');
  await page.getByRole('button', { name: 'Borrarlo' }).click();
  await expect(page.getByText('El registro de pensamientos se ha borrado.')).toBeVisible();
  await checkSpanish(page, 'thought records, one deleted');

  console.allow(404, /\/api\/v1\/thought-records\/[0-9a-f-]{36}$/);
  await page.goto(`/tools/thoughts/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'No hemos encontrado ese registro de pensamientos' })).toBeVisible();
  await checkSpanish(page, 'thought record, not found');
});

test('the journal: empty, one tap for the mood, entries with tags, a tag with none', async ({ page }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { name: 'Todavía no hay nada' })).toBeVisible();
  await checkSpanish(page, 'journal, empty');

  await page.getByRole('button', { name: 'Bien', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ánimo guardado: bien.' })).toBeVisible();
  await checkSpanish(page, 'journal, mood saved');

  await writeQuickly(page.request, csrf, { text: 'Un paseo junto al río me ayudó.', tags: ['paseo'], mood: 7, prompt: 'steady' });
  await page.goto('/journal');
  await expect(page.getByRole('navigation', { name: 'Filtrar por etiqueta' })).toBeVisible();
  await checkSpanish(page, 'journal, entries');
  await shot(page, 'journal');

  await page.goto('/journal?tag=trabajo');
  await expect(page.getByText('Todavía no hay entradas con la etiqueta «trabajo».')).toBeVisible();
  await checkSpanish(page, 'journal, a tag with no entries');
});

test('writing, reading, editing and deleting an entry, and one that is not there', async ({ page, console }) => {
  const { csrf } = await signUpInSpanish(page);
  await page.goto('/journal/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Escribir en tu diario' })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar la entrada' }).click();
  await expect(page.locator('.form-message-error')).toBeVisible();
  await checkSpanish(page, 'new entry, nothing written');
  await shot(page, 'journal-new');

  const id = await writeQuickly(page.request, csrf, { text: 'Hoy me costó concentrarme.', tags: ['trabajo'], mood: 4, prompt: 'kind' });
  await page.goto(`/journal/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Entrada del / })).toBeVisible();
  await expect(page.getByText('4 de 10')).toBeVisible();
  await checkSpanish(page, 'entry');

  await page.getByRole('button', { name: 'Editar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Editando tu entrada del / })).toBeVisible();
  await checkSpanish(page, 'entry, editing');
  await page.getByLabel('¿Qué tienes en mente?').fill('Hoy me costó concentrarme, pero salí a caminar.');
  await page.getByRole('button', { name: 'Guardar los cambios' }).click();
  await expect(page.getByText('Tus cambios están guardados.')).toBeVisible();
  await checkSpanish(page, 'entry, changes saved');

  await page.getByRole('button', { name: 'Borrar…' }).click();
  await expect(page.getByRole('dialog', { name: '¿Borrar esta entrada?' })).toBeVisible();
  await checkSpanish(page, 'entry, delete dialog');
  await page.getByRole('button', { name: 'Borrar la entrada' }).click();
  await expect(page.getByText('La entrada se ha borrado.')).toBeVisible();
  await checkSpanish(page, 'journal, entry deleted');

  console.allow(404, /\/api\/v1\/journal\/[0-9a-f-]{36}$/);
  await page.goto(`/journal/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'No hemos encontrado esa entrada' })).toBeVisible();
  await checkSpanish(page, 'entry, not found');
});
