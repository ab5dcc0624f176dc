// @vitest-environment happy-dom
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { resources } from './resources.js';
import coreEnFeedback from '../../core/i18n/locales/en/feedback.json' with { type: 'json' };
import coreEsFeedback from '../../core/i18n/locales/es/feedback.json' with { type: 'json' };
import coreEnSummary from '../../core/i18n/locales/en/summary.json' with { type: 'json' };
import coreEsSummary from '../../core/i18n/locales/es/summary.json' with { type: 'json' };
import coreEnPair from '../../core/i18n/locales/en/pair.json' with { type: 'json' };
import coreEsPair from '../../core/i18n/locales/es/pair.json' with { type: 'json' };
import coreEnUrges from '../../core/i18n/locales/en/urges.json' with { type: 'json' };
import coreEsUrges from '../../core/i18n/locales/es/urges.json' with { type: 'json' };

/** Every catalog Steady has: the web app's namespaces, the server-rendered pages' and the server's own words in answers. */
const catalogs = {
  en: {
    ...resources.en,
    'server-feedback': coreEnFeedback,
    'server-summary': coreEnSummary,
    'server-pair': coreEnPair,
    'server-urges': coreEnUrges,
  },
  es: {
    ...resources.es,
    'server-feedback': coreEsFeedback,
    'server-summary': coreEsSummary,
    'server-pair': coreEsPair,
    'server-urges': coreEsUrges,
  },
} as const;

type Tree = { [key: string]: string | Tree };

/** "ns:a.b.c" → message, for every leaf. */
function flatten(tree: Tree, prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

function messages(locale: 'en' | 'es'): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(catalogs[locale])) flatten(tree as Tree, `${ns}:`, out);
  return out;
}

/** The arguments a message takes, with their kinds ("count:plural", "name:argument"), and the tags it wraps around words. */
function shape(message: string): string[] {
  const found = new Set<string>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) found.add(`${el.value}:argument`);
      if (el.type === TYPE.number) found.add(`${el.value}:number`);
      if (el.type === TYPE.date || el.type === TYPE.time) found.add(`${el.value}:date`);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`${el.value}:${el.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  for (const [, tag] of message.matchAll(/<(\w+)>/g)) found.add(`<${tag}>`);
  return [...found].sort();
}

/** Messages that read the same in both languages: a name, a symbol, a word Spanish shares. */
const SAME = new Set([
  'common:brand',
  'common:quickHelp.sos',
  'common:titleSuffix',
  'safety:lines.whatsapp',
  'server-summary:goals.personal',
  'server-summary:urges.action',
  'server-summary:urges.trigger',
]);

const en = messages('en');
const es = messages('es');

describe('the Spanish catalogs', () => {
  it('have every English key, and no key English lacks', () => {
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
  });

  it('take the same ICU arguments and tags as the English message', () => {
    const differ = [...en].filter(([key, message]) => {
      const other = es.get(key);
      return other !== undefined && JSON.stringify(shape(message)) !== JSON.stringify(shape(other));
    });
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('are really translated: no Spanish message left in English', () => {
    const untranslated = [...en].filter(([key, message]) => es.get(key) === message && !SAME.has(key) && /[a-z]{3}/.test(message));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

describe('plural messages', () => {
  const plurals = [...en.keys()].filter((key) => shape(en.get(key)!).some((s) => s.endsWith(':plural')));

  it('exist, so this test checks something', () => {
    expect(plurals.length).toBeGreaterThan(3);
  });

  it.each(['en', 'es'] as const)('format for one and for two in %s, each differently', (locale) => {
    const catalog = locale === 'en' ? en : es;
    for (const key of plurals) {
      const message = catalog.get(key)!;
      const args = Object.fromEntries(
        shape(message)
          .filter((s) => !s.startsWith('<'))
          .map((s) => {
            const [name, kind] = s.split(':') as [string, string];
            return [name, kind === 'plural' || kind === 'number' ? 1 : kind === 'select' ? 'other' : 'x'];
          }),
      );
      const pluralArg = shape(message)
        .find((s) => s.endsWith(':plural'))!
        .split(':')[0]!;
      const format = (n: number) =>
        String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format({ ...args, [pluralArg]: n }));
      const one = format(1);
      const two = format(2);
      expect(one, key).not.toContain('{');
      expect(two, key).toContain('2');
      expect(one, key).not.toBe(two.replace('2', '1'));
    }
  });

  it('reads naturally in Spanish for the sync note', () => {
    const message = es.get('common:sync.pending')!;
    const format = (count: number) => String(new IntlMessageFormat(message, 'es').format({ count }));
    expect(format(1)).toBe('Hay una cosa guardada en este dispositivo; se sincronizará cuando vuelvas a tener conexión.');
    expect(format(2)).toBe('Hay 2 cosas guardadas en este dispositivo; se sincronizarán cuando vuelvas a tener conexión.');
  });
});
