import { describe, expect, it } from 'vitest';
import { negotiateLocale, translator } from './messages.js';

describe('Accept-Language', () => {
  it('picks the visitor’s best language Steady speaks, by weight then order', () => {
    expect(negotiateLocale('es-MX,es;q=0.9,en;q=0.5')).toBe('es');
    expect(negotiateLocale('fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7')).toBe('es');
    expect(negotiateLocale('en;q=0.4,es;q=0.8')).toBe('es');
    expect(negotiateLocale('EN-gb')).toBe('en');
  });

  it('answers English for nothing, nonsense, a refused language or only languages it does not speak', () => {
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale(';;,q=')).toBe('en');
    expect(negotiateLocale('es;q=0, de')).toBe('en');
    expect(negotiateLocale('de-DE,fr')).toBe('en');
  });
});

describe('translator', () => {
  const catalog = {
    en: { a: { count: '{n, plural, one {# day} other {# days}}' }, only: 'Only in English' },
    es: { a: { count: '{n, plural, one {# día} other {# días}}' } },
  };

  it('formats ICU plurals in the chosen language', () => {
    const es = translator(catalog, 'es');
    expect(es('a.count', { n: 1 })).toBe('1 día');
    expect(es('a.count', { n: 2 })).toBe('2 días');
    expect(translator(catalog, 'en')('a.count', { n: 1 })).toBe('1 day');
  });

  it('shows the English words for a message not yet translated, and throws on an unknown key', () => {
    expect(translator(catalog, 'es')('only')).toBe('Only in English');
    expect(() => translator(catalog, 'es')('nope')).toThrow(/nope/);
  });
});
