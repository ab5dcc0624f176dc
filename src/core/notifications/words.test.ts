import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../contracts/locale.js';
import { DeliveredKind } from '../../contracts/notifications/notifications.js';
import { notificationWords } from './words.js';

describe('notification words', () => {
  it('have a title and body for every kind in every language, with no guilt', () => {
    for (const locale of LOCALES) {
      for (const kind of DeliveredKind.options) {
        const w = notificationWords(kind, locale, 'Sam');
        expect(w.title.length, `${locale} ${kind}`).toBeGreaterThan(3);
        expect(w.body.length, `${locale} ${kind}`).toBeGreaterThan(3);
        expect(`${w.title} ${w.body}`).not.toMatch(/miss|streak|olvid|racha/i);
      }
    }
  });

  it('say only that the partner sent a request, by name', () => {
    expect(notificationWords('partner-request', 'en', 'Sam').body).toBe('Sam sent a request.');
    expect(notificationWords('partner-request', 'es', 'Sam').body).toBe('Sam te ha enviado una petición.');
    expect(notificationWords('partner-request', 'en', null).body).toBe('Your partner sent a request.');
  });
});
