import type { AgreementResponse, AgreementTerms, AgreementVersion } from '../../../contracts/agreement.js';
import type { CalendarTokenResponse } from '../../../contracts/calendar.js';
import type { Pair, PairInvitation, PairStateResponse } from '../../../contracts/pair.js';
import type { CheckIn, ParkTopicBody, Topic, UpdateTopicBody } from '../../../contracts/topics.js';
import { api, ApiError } from '../../api/client.js';

type Safety = { safety: { crisis: boolean } };

export const pairApi = {
  pair: (signal?: AbortSignal) => api.get<PairStateResponse>('/api/v1/pair', signal),
  /** Puts away the news that the last pair ended. */
  dismissEnding: () => api.delete('/api/v1/pair/ending'),
  invite: () => api.post<PairInvitation>('/api/v1/pair/invitations'),
  join: (code: string) => api.post<{ pair: Pair }>('/api/v1/pair/join', { code }),
  leave: (password: string) => api.delete('/api/v1/pair', { password }),
  agreement: (signal?: AbortSignal) => api.get<AgreementResponse>('/api/v1/pair/agreement', signal),
  propose: (terms: AgreementTerms) => api.put<{ version: number; status: 'proposed' }>('/api/v1/pair/agreement', terms),
  accept: (version: number) => api.post<{ current: AgreementVersion | null }>('/api/v1/pair/agreement/accept', { version }),
  topics: (signal?: AbortSignal) => api.get<{ items: Topic[] }>('/api/v1/pair/topics', signal),
  park: (body: ParkTopicBody) => api.post<{ topic: Topic } & Safety>('/api/v1/pair/topics', body, { idempotent: true }),
  updateTopic: (id: string, body: UpdateTopicBody) =>
    api.patch<{ topic: Topic } & Safety>(`/api/v1/pair/topics/${encodeURIComponent(id)}`, body),
  deleteTopic: (id: string) => api.delete(`/api/v1/pair/topics/${encodeURIComponent(id)}`),
  /** The next check-in, or null when the rhythm has none ahead. */
  nextCheckIn: (signal?: AbortSignal) =>
    api.get<CheckIn>('/api/v1/pair/check-ins/next', signal).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404 && err.title === 'No check-in ahead') return null;
      throw err;
    }),
  complete: (id: string, body: { notes?: string; discussedTopicIds: string[]; minutes?: number }) =>
    api.post<{ checkIn: CheckIn; durationMinutes: number; acknowledgment: string } & Safety>(
      `/api/v1/pair/check-ins/${encodeURIComponent(id)}/complete`,
      body,
    ),
  rotateCalendar: () => api.post<CalendarTokenResponse>('/api/v1/calendar/token'),
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
