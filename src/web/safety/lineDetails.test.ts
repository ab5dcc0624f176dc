import { describe, expect, it } from 'vitest';
import { dialable, languageList, smsHref, telHref, whatsappHref } from './lineDetails.js';

describe('crisis line links', () => {
  it.each([
    ['116 123', 'tel:116123'],
    ['0800 111 0 111', 'tel:08001110111'],
    ['1-800-891-4416', 'tel:18008914416'],
    ['*4141', 'tel:*4141'],
    ['+65 9151 1767', 'tel:+6591511767'],
  ])('calls %s through %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it('percent-encodes # so the tel: link keeps it', () => {
    expect(dialable('#7119')).toBe('%237119');
  });

  it('puts the keyword in the text when the line asks for one', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
    expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
  });

  it('opens WhatsApp with the bare international number', () => {
    expect(whatsappHref('+57 300 754 8933')).toBe('https://wa.me/573007548933');
  });

  it('names languages in plain words', () => {
    expect(languageList(['es', 'en'])).toBe('Spanish and English');
    expect(languageList(['ja'])).toBe('Japanese');
    expect(languageList(['es', 'en'], 'es')).toBe('español e inglés');
  });
});
