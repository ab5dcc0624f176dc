import { AxeBuilder } from '@axe-core/playwright';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Page } from '@playwright/test';
import { resources } from '../src/web/i18n/resources.js';
import esFeedback from '../src/core/i18n/locales/es/feedback.json' with { type: 'json' };
import enFeedback from '../src/core/i18n/locales/en/feedback.json' with { type: 'json' };
import esSummary from '../src/core/i18n/locales/es/summary.json' with { type: 'json' };
import enSummary from '../src/core/i18n/locales/en/summary.json' with { type: 'json' };
import { newPerson, signUpQuickly, writeQuickly } from './support/people.js';
import { personQuickly } from './support/social.js';
import { expect, test } from './support/test.js';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));

/** The plain words of a message: its text outside arguments and tags, plural branches included. */
function fragments(message: string): string[] {
  const out: string[] = [];
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal) out.push(...el.value.split(/<\/?\w+>/));
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return out.map((f) => f.replace(/^[\s,.:;()]+|[\s,.:;()]+$/g, '')).filter((f) => /[A-Za-z]{3}/.test(f));
}

/**
 * Every English source fragment of the given catalogs that Spanish does not share, so "Steady",
 * "SOS" or "WhatsApp" are not counted, and nothing shorter than a word of four letters.
 */
function englishOnly(en: Tree[], es: Tree[]): string[] {
  const spanish = es.flatMap(leaves).join('\n');
  const found = new Set(en.flatMap(leaves).flatMap(fragments));
  return [...found].filter((f) => !spanish.includes(f) && (f.includes(' ') || f.length >= 4));
}

const WEB_ENGLISH = englishOnly(Object.values(resources.en) as Tree[], Object.values(resources.es) as Tree[]);

/**
 * The page's own words, without what is not Steady's to translate: the person's writing, names,
 * the crisis lines' own descriptions (published by each line in its language) and the published
 * names and sources of questionnaires.
 */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll(
      'noscript, script, style, .entry-card-text, .tag, .crisis-line-name, .crisis-line-description, .crisis-line-hours, .instrument, .sources',
    ))
      el.remove();
    // A line's name is a name: it is also read out inside its buttons ("Sitio web de Find a Helpline").
    const names = [...document.querySelectorAll('.crisis-line-name')].map((el) => el.textContent ?? '').filter(Boolean);
    let text = (copy.textContent ?? '').replace(/\s+/g, ' ');
    for (const name of names) text = text.split(name).join(' ');
    return text;
  });
}

function englishIn(text: string, english: readonly string[]): string[] {
  const word = (f: string) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return english.filter((f) => word(f).test(text));
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Spanish throughout, nothing from the English catalogs, and axe clean. */
async function checkSpanish(page: Page, name: string, english: readonly string[] = WEB_ENGLISH): Promise<void> {
  await expect(page.locator('html'), name).toHaveAttribute('lang', 'es');
  await expect(page.getByText('Un momento…')).toHaveCount(0);
  expect(englishIn(await visibleText(page), english), name).toEqual([]);
  expect(await axe(page), name).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/e2e/spanish-${name}.png`, fullPage: true });
}

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
