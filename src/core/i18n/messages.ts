/**
 * Messages for the pages the server renders itself (the printable summary, the public feedback
 * form), in the same ICU format as the web catalogs. Pure: catalogs in, strings out.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from '../../contracts/locale.js';

export type Messages = { readonly [key: string]: string | Messages };
export type Values = Record<string, string | number>;
export type Translate = (key: string, values?: Values) => string;

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator for one locale: the message in that language, else the English one (a key missing
 * from a translation shows the source words, never the key). An unknown key is a programming
 * error and throws, so tests catch it.
 */
export function translator(catalog: Record<Locale, Messages>, locale: Locale): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      const own = lookup(catalog[locale], key);
      const message = own ?? lookup(catalog.en, key);
      if (message === undefined) throw new Error(`No message ${key}`);
      format = new IntlMessageFormat(message, own === undefined ? 'en' : locale, undefined, { ignoreTag: true });
      cache.set(key, format);
    }
    return String(format.format(values));
  };
}

/**
 * The best language for an Accept-Language header ("es-MX,es;q=0.9,en;q=0.5" → es), for a visitor
 * who has no account to hold a choice. English when nothing matches.
 */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => Number.isFinite(x.q) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { base } of ranked) if ((LOCALES as readonly string[]).includes(base)) return base as Locale;
  return 'en';
}
