import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { PutSocialReviewBody } from '../../contracts/social/social-reviews.js';
import type { Actor } from '../../core/account/actor.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { SocialReviewsRepo, type SocialReviewRow } from '../../db/social/social-reviews.repo.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { badRequest } from '../problem.js';
import { ownedOr404 } from '../routes/helpers.js';
import type { ServiceDeps } from '../service.js';
import { refuseWrongAnswers } from '../support/assessments.service.js';

/** Left out keeps the old words; null or "" clears them. */
const text = (v: string | null | undefined, was: string | null | undefined) => (v === undefined ? (was ?? null) : v || null);

/**
 * The monthly belonging review: one per month of the person's own calendar, and its UCLA-3
 * answers kept as a questionnaire result of their own, replaced (never added to) in the same
 * transaction as the review.
 */
export class SocialReviewsService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Writes or changes a month's review; a month that has not begun in the person's time zone is refused. */
  async put(actor: Actor, month: string, b: z.output<typeof PutSocialReviewBody>): Promise<SocialReviewRow> {
    const timeZone = await new UsersRepo(this.deps.database.db).timeZoneOf(actor.userId);
    const thisMonth = localDate(this.deps.clock().toISOString(), timeZone ?? 'UTC').slice(0, 7);
    if (month > thisMonth) throw badRequest([{ field: 'month', in: 'params', message: 'That month has not begun yet' }]);
    if (b.ucla3) refuseWrongAnswers('ucla3', b.ucla3, 'ucla3');
    const now = this.deps.clock().toISOString();
    await this.deps.database.transaction(async (trx) => {
      const reviews = new SocialReviewsRepo(trx);
      const current = await reviews.get(actor, month);
      let assessmentId = current?.assessmentId ?? null;
      if (b.ucla3 !== undefined) {
        // The answers belong to this review: giving new ones replaces the old result instead of adding a second.
        const assessments = new AssessmentsRepo(trx);
        if (assessmentId !== null) await assessments.delete(actor, assessmentId);
        assessmentId = null;
        if (b.ucla3 !== null) {
          assessmentId = randomUUID();
          await assessments.insert(actor, { id: assessmentId, instrument: 'ucla3', answers: b.ucla3, createdAt: now });
        }
      }
      await reviews.upsert(actor, {
        id: current?.id ?? randomUUID(),
        month,
        strengthened: text(b.strengthened, current?.strengthened),
        weakened: text(b.weakened, current?.weakened),
        adjust: text(b.adjust, current?.adjust),
        win: text(b.win, current?.win),
        assessmentId,
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      });
    });
    // Read after the commit: the row carries the answers joined from the result just written.
    return ownedOr404(await new SocialReviewsRepo(this.deps.database.db).get(actor, month));
  }
}
