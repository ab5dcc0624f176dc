import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AnswerFeedbackBody } from '../../contracts/social/feedback.js';
import type { Actor } from '../../core/account/actor.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { feedbackExpiry, feedbackStatus, hashFeedbackToken, newFeedbackToken } from '../../core/social/feedback.js';
import { FeedbackLinksRepo, type PublicLink } from '../../db/social/feedback-links.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { notFound } from '../problem.js';
import type { ServiceDeps } from '../service.js';

/** What a link's token opens: nothing, a closed link, or the form with the asker's name. */
export type OpenLink = { state: 'unknown' } | { state: 'closed' } | ({ state: 'open' } & Pick<PublicLink, 'askerName' | 'timeTogether'>);

/**
 * One-time feedback links: made for someone on the person's own map (only the token's hash is
 * kept, so the token is seen once, here), and answered once by whoever holds the link, the answer
 * checked for crisis language and stored by one conditional update that only an open link takes.
 */
export class FeedbackService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A new link for one of the person's people (404 otherwise); the token is in this answer only. */
  async createLink(actor: Actor, personId: string, expiresInDays?: number): Promise<{ id: string; token: string; expiresAt: string }> {
    const now = this.deps.clock();
    const token = newFeedbackToken();
    const link = {
      id: randomUUID(),
      personId,
      tokenHash: hashFeedbackToken(token),
      createdAt: now.toISOString(),
      expiresAt: feedbackExpiry(now, expiresInDays),
    };
    await this.deps.database.transaction(async (trx) => {
      if (!(await new PeopleRepo(trx).owned(actor, [personId])).has(personId)) throw notFound();
      await new FeedbackLinksRepo(trx).insert(actor, link);
    });
    return { id: link.id, token, expiresAt: link.expiresAt };
  }

  /** Unknown, closed (answered or expired), or open: decided after one lookup by the token's hash. */
  async open(token: string): Promise<OpenLink> {
    const link = await new FeedbackLinksRepo(this.deps.database.db).byTokenHash(hashFeedbackToken(token));
    if (!link) return { state: 'unknown' };
    if (feedbackStatus(link, this.deps.clock()) !== 'pending') return { state: 'closed' };
    return { state: 'open', askerName: link.askerName, timeTogether: link.timeTogether };
  }

  /** Stores the answer if the link is still open; 'closed' when another answer or the clock got there first. */
  async answer(token: string, answer: z.output<typeof AnswerFeedbackBody>): Promise<{ crisis: boolean } | 'closed'> {
    const crisis = containsCrisisLanguage(answer.supportive, answer.different, answer.other);
    const ok = await new FeedbackLinksRepo(this.deps.database.db).answer(
      hashFeedbackToken(token),
      { supportive: answer.supportive, different: answer.different || null, other: answer.other || null, crisis },
      this.deps.clock().toISOString(),
    );
    return ok ? { crisis } : 'closed';
  }
}
