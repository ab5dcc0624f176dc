import type { Closeness, Context } from '../../../contracts/people.js';
import type { Channel } from '../../../contracts/interactions.js';

/** Our own words for each part of life; "other" is as real as the rest. */
export const CONTEXT_WORDS: Record<Context, string> = {
  family: 'Family',
  friends: 'Friends',
  work: 'Work',
  volunteering: 'Volunteering',
  'faith-culture': 'Faith and culture',
  neighbourhood: 'Neighbourhood',
  online: 'Online',
  other: 'Other',
};

export const CLOSENESS_WORDS: Record<Closeness, { label: string; line: string }> = {
  inner: { label: 'Inner circle', line: 'The few you’d call in the middle of the night' },
  close: { label: 'Close', line: 'People you share real things with' },
  casual: { label: 'Casual', line: 'Friendly faces, easy company' },
  new: { label: 'New', line: 'Just getting to know each other' },
};

export const CHANNEL_WORDS: Record<Channel, string> = {
  'in-person': 'In person',
  call: 'Call',
  video: 'Video',
  message: 'Message',
  letter: 'Letter',
  'online-community': 'Online community',
};

export const INITIATOR_WORDS = { me: 'I reached out', them: 'They reached out', mutual: 'Both of us' } as const;

/** "weekly", "every 2 weeks", "every 10 days": the rhythm the person hoped for. */
export function rhythmWords(days: number | null): string {
  if (days === null) return 'no set rhythm';
  if (days === 1) return 'every day';
  if (days === 7) return 'about weekly';
  if (days === 30 || days === 31) return 'about monthly';
  if (days % 7 === 0) return `about every ${days / 7} weeks`;
  return `about every ${days} days`;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgoWords(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A help value from the log (false, a tick, or a few words) in plain words, or null for none. */
export function helpWords(value: boolean | string): string | null {
  if (value === false || value === '') return null;
  if (value === true) return 'yes';
  return value;
}
