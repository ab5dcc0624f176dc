import type { Locale } from '../../contracts/locale.js';
import { translator, type Translate } from '../i18n/messages.js';
import en from '../i18n/locales/en/notification-mail.json' with { type: 'json' };
import es from '../i18n/locales/es/notification-mail.json' with { type: 'json' };

const WORDS = { en: translator({ en, es }, 'en'), es: translator({ en, es }, 'es') };

/** The words around a notification mail (greeting, why it came, how to stop it), in the person's language. */
export function notificationMailWords(locale: Locale): Translate {
  return WORDS[locale];
}

/** Every key of the frame, for tests that check both languages say each one. */
export const NOTIFICATION_MAIL_KEYS = Object.keys(en) as Array<keyof typeof en>;
