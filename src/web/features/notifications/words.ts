import type { TFunction } from 'i18next';
import type { Notification } from '../../../contracts/notifications/notifications.js';

/**
 * What a reminder says, from the app's own catalog by its kind: never from anything a person wrote.
 * A partner's request names the partner and nothing else.
 */
export function notificationWords(
  n: Pick<Notification, 'kind' | 'partnerName'>,
  t: TFunction<'notifications'>,
): { title: string; body: string } {
  if (n.kind === 'partner-request') {
    return {
      title: t('kinds.partner-request.title', { name: n.partnerName ?? t('kinds.partnerFallback') }),
      body: t('kinds.partner-request.body'),
    };
  }
  return { title: t(`kinds.${n.kind}.title`), body: t(`kinds.${n.kind}.body`) };
}

/** Only a path inside the app opens from a reminder; anything else (another origin, "//host") is ignored. */
export function ownPath(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}
