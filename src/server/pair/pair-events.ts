import type { EventType } from '../../contracts/events.js';
import type { PairMember } from '../../core/pair/member.js';
import type { ServiceDeps } from '../service.js';

/** Tells both partners' open screens that a pair object changed (after the change committed). */
export function publishToPair(
  app: Pick<ServiceDeps, 'events'>,
  member: PairMember,
  type: EventType,
  id: string | undefined,
  at: string,
): Promise<void> {
  return app.events.publish({
    recipients: [member.userId, member.partnerId],
    event: { type, ...(id !== undefined && { id }), at },
  });
}
