import { AxeBuilder } from '@axe-core/playwright';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Browser, Page } from '@playwright/test';
import { resources } from '../../src/web/i18n/resources.js';
import serverPairEn from '../../src/core/i18n/locales/en/pair.json' with { type: 'json' };
import serverPairEs from '../../src/core/i18n/locales/es/pair.json' with { type: 'json' };
import serverUrgesEn from '../../src/core/i18n/locales/en/urges.json' with { type: 'json' };
import serverUrgesEs from '../../src/core/i18n/locales/es/urges.json' with { type: 'json' };
import { newPerson, signUpQuickly, type Person } from './people.js';
import { expect } from './test.js';

/*
 * What every Spanish walk checks: the page is marked Spanish, shows no English fragment of the web
 * catalogs (names and the person's own words aside) and axe finds nothing. One spec per area of
 * the app (spanish-<area>.spec.ts) so the walks spread over workers and name the screen that fails.
 */

export type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));

/** The plain words of a message: its text outside arguments and tags, plural branches included. */
export function fragments(message: string): string[] {
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
export function englishOnly(en: Tree[], es: Tree[]): string[] {
  const spanish = es.flatMap(leaves).join('\n');
  const found = new Set(en.flatMap(leaves).flatMap(fragments));
  return [...found].filter((f) => !spanish.includes(f) && (f.includes(' ') || f.length >= 4));
}

export const WEB_ENGLISH = englishOnly(Object.values(resources.en) as Tree[], Object.values(resources.es) as Tree[]);

/**
 * The words the server itself puts on the app's screens (a draft agreement, kind phrasings, the
 * word after a check-in, a parked urge's default name), worded in the language the web asks in.
 */
export const SERVER_ENGLISH = englishOnly([serverPairEn, serverUrgesEn], [serverPairEs, serverUrgesEs]);

/** Everything Steady says in English that a Spanish screen must not show. */
export const STEADY_ENGLISH = [...WEB_ENGLISH, ...SERVER_ENGLISH];

/**
 * The page's own words, without what is not Steady's to translate: the person's writing, names,
 * the crisis lines' own descriptions (published by each line in its language) and the published
 * names and sources of questionnaires.
 */
export async function visibleText(page: Page): Promise<string> {
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

export function englishIn(text: string, english: readonly string[]): string[] {
  const word = (f: string) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  return english.filter((f) => word(f).test(text));
}

export async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Spanish throughout, nothing from the English catalogs, and axe clean. */
export async function checkSpanish(page: Page, name: string, english: readonly string[] = STEADY_ENGLISH): Promise<void> {
  await expect(page.locator('html'), name).toHaveAttribute('lang', 'es');
  await expect(page.getByText('Un momento…')).toHaveCount(0);
  expect(englishIn(await visibleText(page), english), name).toEqual([]);
  expect(await axe(page), name).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/e2e/spanish-${name}.png`, fullPage: true });
}

/**
 * Chooses Spanish on this device before the app starts, as the settings' language picker does
 * (it keeps the choice in localStorage under `steady-locale`), so a walk need not pass through settings.
 */
export async function speakSpanish(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('steady-locale', 'es'));
}

/** A person signed up on a device that speaks Spanish, with motion reduced, as every walk starts. */
export async function signUpInSpanish(page: Page, person?: Person): Promise<{ person: Person; csrf: string }> {
  await speakSpanish(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return signUpQuickly(page, person);
}

/** Someone in a two-person walk: their page, its CSRF token and their password. */
export interface Someone {
  page: Page;
  csrf: string;
  password: string;
}

export async function someoneInSpanish(page: Page, displayName: string): Promise<Someone> {
  const { person, csrf } = await signUpInSpanish(page, newPerson({ displayName }));
  return { page, csrf, password: person.password };
}

/** The other partner, in a browser context of their own that also speaks Spanish. */
export async function partnerInSpanish(browser: Browser, displayName: string): Promise<Someone> {
  const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'Europe/London', reducedMotion: 'reduce' });
  return someoneInSpanish(await context.newPage(), displayName);
}

/** A change made through the API as that person, which must go through. */
export async function sendAs(who: Someone, method: 'post' | 'put' | 'delete', path: string, data?: unknown) {
  const res = await who.page.request[method](path, { data, headers: { 'x-csrf-token': who.csrf } });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res;
}
