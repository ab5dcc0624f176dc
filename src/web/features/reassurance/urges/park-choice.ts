import type { TFunction } from 'i18next';

/**
 * How "park it" is offered, honestly for whoever is asking: a check-in is promised only to someone
 * with a partner; alone, it goes on their own list. While unknown (offline), neither is promised.
 */
export function parkChoice(partner: string | null | undefined, t: TFunction<'urges'>): { label: string; hint: string } {
  if (partner === null) return { label: t('park.alone.label'), hint: t('park.alone.hint') };
  if (partner === undefined) return { label: t('park.unknown.label'), hint: t('park.unknown.hint') };
  return { label: t('actions.parked.label'), hint: t('park.partner.hint', { name: partner }) };
}
