import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';

/**
 * What the live stream (streamEvents) tells a person's open screens. An event names what changed
 * and its id, never its content: the screen fetches what it shows through the usual routes, so
 * the stream cannot carry anything those routes would not give that person.
 */
export const EVENT_TYPES = [
  'pair.linked',
  'pair.ended',
  'agreement.proposed',
  'agreement.accepted',
  'topic.parked',
  // A topic was reworded, unshared or deleted: partners' screens refetch and drop what they may no longer see.
  'topic.changed',
  'checkin.completed',
  // Support between partners: requests, kudos, the stress plan, joint goals, weekly reviews.
  'request.created',
  'request.answered',
  'request.completed',
  'kudos.given',
  'stressplan.proposed',
  'stressplan.accepted',
  'goal.changed',
  'review.revealed',
  // A stage-log moment shared with the partner was added, changed, unshared or deleted.
  'moment.shared',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const SteadyEvent = z
  .object({
    type: EventType,
    id: Id.optional().describe('The item that changed, when there is one'),
    at: IsoDateTime,
  })
  .meta({ id: 'SteadyEvent' });
export type SteadyEvent = z.infer<typeof SteadyEvent>;
