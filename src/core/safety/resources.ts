import type { CrisisResource, CrisisResources } from '../../contracts/support/safety.js';
import { CRISIS_LINES } from './crisis-lines.js';

/**
 * Crisis lines for a region. The curated table (`crisis-lines.ts`) holds only numbers checked against
 * a source: a wrong number in a crisis is worse than a pointer to a maintained directory, so every
 * other region gets the directory and plain guidance about emergency numbers.
 */

const DIRECTORY: CrisisResource = {
  name: 'Find a Helpline',
  description: 'A directory of free, confidential helplines in many countries, searchable by country and topic.',
  url: 'https://findahelpline.com',
};

/** Said when Steady has no checked number for a region: never a blank, never a guess. */
export const UNKNOWN_EMERGENCY = 'your local emergency number';

/** Regions (ISO 3166-1 alpha-2) that have their own checked lines, in code order. */
export function regionsWithLines(): string[] {
  return Object.keys(CRISIS_LINES).sort();
}

/** Resources for a region (ISO 3166 alpha-2); any region without a curated list gets the directory. */
export function crisisResourcesFor(region: string | null | undefined): CrisisResources {
  const code = (region ?? '').trim().toUpperCase();
  const known = Object.hasOwn(CRISIS_LINES, code) ? CRISIS_LINES[code] : undefined;
  if (known) {
    return {
      region: code,
      emergency: known.emergency.join(' or '),
      resources: [...known.lines.map((line) => ({ ...line })), DIRECTORY],
    };
  }
  return {
    region: code || 'INTL',
    emergency: UNKNOWN_EMERGENCY,
    resources: [
      {
        ...DIRECTORY,
        description:
          'Helplines for your country, and its emergency number. If you are in danger right now, call your local emergency number: on a mobile phone, 112 reaches emergency services in many countries.',
      },
    ],
  };
}
