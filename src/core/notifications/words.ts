import type { Locale } from '../../contracts/locale.js';
import type { DeliveredKind } from '../../contracts/notifications/notifications.js';
import { translator } from '../i18n/messages.js';
import en from '../i18n/locales/en/notifications.json' with { type: 'json' };
import es from '../i18n/locales/es/notifications.json' with { type: 'json' };

const WORDS = { en: translator({ en, es }, 'en'), es: translator({ en, es }, 'es') };

/**
 * What a lock screen or an email shows: Steady's own words for the kind and nothing else. The only
 * value ever put in is the partner's display name, for a partner's request; never what anyone wrote.
 */
export function notificationWords(kind: DeliveredKind, locale: Locale, partnerName: string | null): { title: string; body: string } {
  const t = WORDS[locale];
  const name = partnerName ?? t('partnerFallback');
  return { title: t(`${kind}.title`, { name }), body: t(`${kind}.body`, { name }) };
}
