import type { TFunction } from 'i18next';
import type { Channel } from '../../../contracts/interactions.js';

/** The social area's `t`: every word of the map comes from the `social` catalog. */
export type SocialT = TFunction<'social'>;

/** "weekly", "every 2 weeks", "every 10 days": the rhythm the person hoped for, mid-sentence. */
export function rhythmWords(t: SocialT, days: number | null): string {
  if (days === null) return t('rhythm.none');
  if (days === 1) return t('rhythm.daily');
  if (days === 7) return t('rhythm.weekly');
  if (days === 30 || days === 31) return t('rhythm.monthly');
  if (days % 7 === 0) return t('rhythm.weeks', { count: days / 7 });
  return t('rhythm.days', { count: days });
}

/** The same rhythm as a fact on its own (a person's page), starting with a capital. */
export function rhythmFact(t: SocialT, days: number | null): string {
  if (days === null) return t('rhythmFact.none');
  if (days === 1) return t('rhythmFact.daily');
  if (days === 7) return t('rhythmFact.weekly');
  if (days === 30 || days === 31) return t('rhythmFact.monthly');
  if (days % 7 === 0) return t('rhythmFact.weeks', { count: days / 7 });
  return t('rhythmFact.days', { count: days });
}

/** A help value from the log (false, a tick, or a few words): null for none, '' for a tick alone. */
export function helpWords(value: boolean | string): string | null {
  if (value === false || value === '') return null;
  if (value === true) return '';
  return value;
}

export const channelWords = (t: SocialT, c: Channel) => t(`channel.${c}`);
