import { randomUUID } from 'node:crypto';
import { TOPIC_TEXT_MAX, type ParkedTopic, type Topic } from '../../contracts/pair/topics.js';
import type { Locale } from '../../contracts/locale.js';
import type { UrgeParkOptions } from '../../contracts/reassurance/urges.js';
import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Tx } from '../../db/database.js';
import { parkedFallback } from '../../core/reassurance/parked-words.js';
import { ReflectionTopicsRepo } from '../../db/reassurance/reflection-topics.repo.js';
import { announceTopic, parkTopic } from '../pair/pair-topics.js';
import type { ServiceDeps } from '../service.js';

/**
 * The wording a parked urge's topic gets when the person gave none: what they wanted to ask, else
 * a gentle default in the language of the screen that parked it (what a partner shown it reads).
 */
export function parkedText(options: UrgeParkOptions | undefined, wantedTo: string | null, locale: Locale): string {
  if (options?.text !== undefined) return options.text;
  const asked = wantedTo?.trim();
  return asked ? asked.slice(0, TOPIC_TEXT_MAX) : parkedFallback(locale);
}

export interface Parked {
  view: ParkedTopic;
  /** Set for a topic in a pair, to announce once the transaction commits. */
  pairTopic?: { member: PairMember; topic: Topic };
}

/**
 * Makes the topic an urge was parked as, inside the urge's own transaction, so "it will be there"
 * holds or neither is written. In a pair it goes on the check-in agenda, private unless the person
 * chose to share it; with no partner it goes on the person's own list for their next reflection.
 */
export async function parkUrgeTopic(
  ex: Tx,
  actor: Actor,
  member: PairMember | null,
  options: UrgeParkOptions | undefined,
  wantedTo: string | null,
  now: string,
  locale: Locale,
): Promise<Parked> {
  const text = parkedText(options, wantedTo, locale);
  if (member) {
    const topic = await parkTopic(ex, member, { text, shared: options?.shared ?? false }, now);
    return { view: { id: topic.id, place: 'check-in', text, shared: topic.shared }, pairTopic: { member, topic } };
  }
  const id = randomUUID();
  await new ReflectionTopicsRepo(ex).insert(actor, { id, text, createdAt: now, updatedAt: now });
  return { view: { id, place: 'reflection', text, shared: false } };
}

/** After the commit: a shared topic appears on the partner's screens at once. */
export async function announceParked(app: Pick<ServiceDeps, 'events'>, parked: Parked | undefined): Promise<void> {
  if (parked?.pairTopic) await announceTopic(app, parked.pairTopic.member, parked.pairTopic.topic);
}
