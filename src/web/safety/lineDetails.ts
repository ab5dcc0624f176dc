/**
 * Links and labels for one crisis line. Pure functions, so the rules (what a phone can dial, how a
 * keyword rides along in an sms: link) are tested without a browser.
 */

/** "116 123" → "116123" for a tel: link; keeps a leading + and the * and # of service codes ("*4141"). */
export function dialable(number: string): string {
  return number.replace(/[^\d+*#]/g, '').replace(/#/g, '%23');
}

export function telHref(number: string): string {
  return `tel:${dialable(number)}`;
}

/**
 * An sms: link, with the keyword as the message body when the line asks for one. "?&body=" is the
 * form both iOS and Android read.
 */
export function smsHref(number: string, keyword?: string): string {
  return `sms:${dialable(number)}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`;
}

/** wa.me wants the international number as bare digits. */
export function whatsappHref(international: string): string {
  return `https://wa.me/${international.replace(/\D/g, '')}`;
}

/** ["es", "en"] → "Spanish and English" (or "español e inglés" for a Spanish reader). */
export function languageList(codes: readonly string[], locale = 'en'): string {
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  const and = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return and.format(codes.map((code) => names.of(code) ?? code));
}
