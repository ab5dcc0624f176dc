import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { EventType } from '../../contracts/events.js';
import { goalKeys } from '../features/pair/goals/queries.js';
import { kudosKeys } from '../features/pair/kudos/queries.js';
import { PARTNERSHIP_KEYS, pairKeys } from '../features/pair/queries.js';
import { requestKeys } from '../features/pair/requests/queries.js';
import { reviewKeys } from '../features/pair/reviews/queries.js';
import { stressPlanKeys } from '../features/pair/stress-plan/queries.js';
import type { LiveEvents } from './events.js';

const RHYTHM = [pairKeys.overview(), pairKeys.checkIn()];

/** What each live event makes stale: the one place that knows, so no screen reloads by hand. */
export const EVENT_KEYS: Record<EventType, readonly QueryKey[]> = {
  'pair.linked': PARTNERSHIP_KEYS,
  'pair.ended': PARTNERSHIP_KEYS,
  'agreement.proposed': [pairKeys.overview(), pairKeys.agreement()],
  // The accepted terms set the rhythm (the next check-in) and the request cap.
  'agreement.accepted': [pairKeys.overview(), pairKeys.agreement(), pairKeys.checkIn(), requestKeys.all],
  'topic.parked': RHYTHM,
  'topic.changed': RHYTHM,
  // Not the check-in screen: it goes on showing "done" to whoever completed it (see useCompleteCheckIn).
  'checkin.completed': [pairKeys.overview()],
  'request.created': [requestKeys.all],
  'request.answered': [requestKeys.all],
  'request.completed': [requestKeys.all],
  'kudos.given': [kudosKeys.all],
  'stressplan.proposed': [stressPlanKeys.all],
  'stressplan.accepted': [stressPlanKeys.all],
  'goal.changed': [goalKeys.all],
  'review.revealed': [reviewKeys.all],
  'moment.shared': [pairKeys.sharedMoments()],
};

/**
 * Events mark what they name as stale, shown or not (a screen mounted later refetches it). After
 * a break in the connection anything may have changed meanwhile, so every key an event could
 * name is marked.
 */
export function connectLive(live: LiveEvents, client: QueryClient): () => void {
  return live.observe((event) => {
    const keys = event ? EVENT_KEYS[event.type] : Object.values(EVENT_KEYS).flat();
    for (const queryKey of keys) void client.invalidateQueries({ queryKey });
  });
}
