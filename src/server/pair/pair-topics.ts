import { randomUUID } from 'node:crypto';
import type { ParkTopicBody, Topic } from '../../contracts/pair/topics.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Tx } from '../../db/database.js';
import { PairTopicsRepo } from '../../db/pair/pair-topics.repo.js';
import type { ServiceDeps } from '../service.js';

/**
 * Parks a topic for the next check-in. Shared for parkTopic and for any flow that parks on a
 * person's behalf (a reassurance request over the cap), in that flow's transaction; then
 * `announceTopic` after it commits.
 */
export async function parkTopic(ex: Tx, member: PairMember, input: ParkTopicBody, now: string): Promise<Topic> {
  const topic = { id: randomUUID(), text: input.text, shared: input.shared, createdAt: now };
  await new PairTopicsRepo(ex).insert(member, topic);
  return { ...topic, mine: true, discussedAt: null };
}

/** Tells both members' screens about a shared topic; a private one is never announced. */
export async function announceTopic(app: Pick<ServiceDeps, 'events'>, member: PairMember, topic: Topic): Promise<void> {
  if (!topic.shared) return;
  await app.events.publish({
    recipients: [member.userId, member.partnerId],
    event: { type: 'topic.parked', id: topic.id, at: topic.createdAt },
  });
}

/**
 * Tells screens that a topic was reworded, unshared or deleted. When the partner could see it
 * before or can see it now, both are told (their screen refetches and drops it); a topic private
 * all along concerns only its author's own screens.
 */
export async function announceTopicChange(
  app: Pick<ServiceDeps, 'events'>,
  member: PairMember,
  before: Topic,
  after: Topic | null,
  at: string,
): Promise<void> {
  const partnerConcerned = before.shared || Boolean(after?.shared);
  await app.events.publish({
    recipients: partnerConcerned ? [member.userId, member.partnerId] : [member.userId],
    event: { type: 'topic.changed', id: before.id, at },
  });
}
