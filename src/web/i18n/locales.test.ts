import { describe, expect, it } from 'vitest';
import { intlTag, pickLocale } from './locales.js';

describe('choosing the language from the browser', () => {
  it('takes the first language Steady speaks, whatever its region', () => {
    expect(pickLocale(['es-MX', 'en-US'])).toBe('es');
    expect(pickLocale(['fr-FR', 'es', 'en'])).toBe('es');
    expect(pickLocale(['en-GB', 'es'])).toBe('en');
  });

  it('falls back to English for a language it does not speak, or an odd tag', () => {
    expect(pickLocale(['fr-FR', 'de'])).toBe('en');
    expect(pickLocale(['not a tag!'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});

describe('the tag dates and numbers use', () => {
  it('keeps the browser’s regional variant of the chosen language', () => {
    expect(intlTag('es', ['es-MX', 'en'])).toBe('es-MX');
    expect(intlTag('en', ['es-MX', 'en-US'])).toBe('en-US');
  });

  it('uses the usual variant when the browser does not speak the chosen language', () => {
    expect(intlTag('es', ['en-GB'])).toBe('es-ES');
    expect(intlTag('en', ['fr'])).toBe('en-GB');
  });
});
