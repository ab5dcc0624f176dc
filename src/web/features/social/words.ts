import type { TFunction } from 'i18next';

/** The social area's `t`: every word of the map comes from the `social` catalog. */
export type SocialT = TFunction<'social'>;

type RhythmShape = { key: 'none' | 'daily' | 'weekly' | 'monthly'; count?: never } | { key: 'weeks' | 'days'; count: number };

/** Which words a rhythm takes: a few named ones, else weeks when it divides evenly, else days. */
function rhythmShape(days: number | null): RhythmShape {
  if (days === null) return { key: 'none' };
  if (days === 1) return { key: 'daily' };
  if (days === 7) return { key: 'weekly' };
  if (days === 30 || days === 31) return { key: 'monthly' };
  if (days % 7 === 0) return { key: 'weeks', count: days / 7 };
  return { key: 'days', count: days };
}

/** "about weekly", "about every 2 weeks", "about every 10 days": the rhythm the person hoped for, mid-sentence. */
export function rhythmWords(t: SocialT, days: number | null): string {
  const { key, count } = rhythmShape(days);
  return t(`rhythm.${key}`, { count });
}

/** The same rhythm as a fact on its own (a person's page), starting with a capital. */
export function rhythmFact(t: SocialT, days: number | null): string {
  const { key, count } = rhythmShape(days);
  return t(`rhythmFact.${key}`, { count });
}

/** A help value from the log (false, a tick, or a few words): null for none, '' for a tick alone. */
export function helpWords(value: boolean | string): string | null {
  if (value === false || value === '') return null;
  if (value === true) return '';
  return value;
}
