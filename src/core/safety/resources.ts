import type { CrisisResources } from '../../contracts/safety.js';

/**
 * Crisis lines by region. Kept deliberately short and well known: a wrong number in a crisis is
 * worse than a pointer to a maintained directory, so unknown regions get the directory.
 */
const US: CrisisResources = {
  region: 'US',
  emergency: '911',
  resources: [
    {
      name: '988 Suicide & Crisis Lifeline',
      description: 'Call or text to talk with a trained counselor, free and confidential.',
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org',
      hours: 'Any time, day or night',
    },
    {
      name: 'Crisis Text Line',
      description: 'Text HOME to reach a volunteer crisis counselor.',
      sms: '741741',
      url: 'https://www.crisistextline.org',
      hours: 'Any time, day or night',
    },
  ],
};

const SAMARITANS = {
  name: 'Samaritans',
  description: 'Call free to talk to someone about whatever is on your mind.',
  phone: '116 123',
  url: 'https://www.samaritans.org',
  hours: 'Any time, day or night',
};

const TABLE: Record<string, CrisisResources> = {
  US,
  GB: {
    region: 'GB',
    emergency: '999',
    resources: [
      SAMARITANS,
      {
        name: 'Shout',
        description: 'Text SHOUT for a text conversation with a trained volunteer.',
        sms: '85258',
        url: 'https://giveusashout.org',
        hours: 'Any time, day or night',
      },
    ],
  },
  IE: {
    region: 'IE',
    emergency: '112 or 999',
    resources: [
      SAMARITANS,
      {
        name: 'Text About It',
        description: 'Text HELLO to talk with a trained volunteer.',
        sms: '50808',
        url: 'https://www.textaboutit.ie',
        hours: 'Any time, day or night',
      },
    ],
  },
};

const DIRECTORY = {
  name: 'Find a Helpline',
  description: 'A directory of free, confidential helplines in many countries, searchable by country and topic.',
  url: 'https://findahelpline.com',
};

/** Resources for a region (ISO 3166 alpha-2); any region without a curated list gets the directory. */
export function crisisResourcesFor(region: string | null | undefined): CrisisResources {
  const code = (region ?? '').toUpperCase();
  const known = TABLE[code];
  if (known) return { ...known, resources: [...known.resources, DIRECTORY] };
  return {
    region: code || 'INTL',
    emergency: 'your local emergency number',
    resources: [
      {
        ...DIRECTORY,
        description:
          'Helplines and local emergency numbers for your country. If you are in immediate danger, call your local emergency number now.',
      },
    ],
  };
}
