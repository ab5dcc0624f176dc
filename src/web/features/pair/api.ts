import type { AgreementTerms } from '../../../contracts/pair/agreement.js';
import type { Pair } from '../../../contracts/pair/pair.js';
import type { ParkTopicBody, UpdateTopicBody } from '../../../contracts/pair/topics.js';
import { ApiError } from '../../api/client.js';
import { call } from '../../api/call.js';

export const pairApi = {
  pair: (signal?: AbortSignal) => call('getPair', {}, { signal }),
  /** Puts away the news that the last pair ended. */
  dismissEnding: () => call('dismissPairEnding'),
  invite: () => call('createPairInvitation'),
  join: (code: string) => call('joinPair', { body: { code } }),
  leave: (password: string) => call('leavePair', { body: { password } }),
  agreement: (signal?: AbortSignal) => call('getAgreement', {}, { signal }),
  propose: (terms: AgreementTerms) => call('proposeAgreement', { body: terms }),
  accept: (version: number) => call('acceptAgreement', { body: { version } }),
  topics: (signal?: AbortSignal) => call('listTopics', {}, { signal }),
  park: (body: ParkTopicBody) => call('parkTopic', { body }, { idempotent: true }),
  updateTopic: (id: string, body: UpdateTopicBody) => call('updateTopic', { params: { id }, body }),
  deleteTopic: (id: string) => call('deleteTopic', { params: { id } }),
  /** The next check-in, or null when the rhythm has none ahead. */
  nextCheckIn: (signal?: AbortSignal) =>
    call('getNextCheckIn', {}, { signal }).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404 && err.title === 'No check-in ahead') return null;
      throw err;
    }),
  complete: (id: string, body: { notes?: string; discussedTopicIds: string[]; minutes?: number }) =>
    call('completeCheckIn', { params: { id }, body }),
  rotateCalendar: () => call('rotateCalendarToken'),
};

/**
 * Loads a pair screen's data, or null when the person is not (or, a moment ago, no longer) linked:
 * a 404 from a pair route after getPair said "linked" means the partner just unlinked.
 */
export async function forPair<T>(signal: AbortSignal, load: (pair: Pair) => Promise<T>): Promise<({ pair: Pair } & T) | null> {
  const { pair } = await pairApi.pair(signal);
  if (!pair) return null;
  try {
    return { pair, ...(await load(pair)) };
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}
