import type { Actor } from '../../core/account/actor.js';
import type { PairMember } from '../../core/pair/member.js';
import type { Review, ReviewState } from '../../contracts/pair/reviews.js';
import type { Executor } from '../database.js';
import type { ReviewsTable } from '../schema.js';

const toReview = (r: ReviewsTable): Review => ({
  id: r.id,
  authorId: r.user_id,
  answers: JSON.parse(r.answers) as Review['answers'],
  submittedAt: r.submitted_at,
});

export interface ReviewKey {
  kind: ReviewState['kind'];
  periodStart: string;
}

export class ReviewsRepo {
  constructor(private readonly db: Executor) {}

  /** Weekly reviews of the pair for a week: the member's and, separately, the partner's. */
  async weekly(member: PairMember, periodStart: string): Promise<{ mine: Review | null; partner: Review | null }> {
    const rows = await this.db
      .selectFrom('reviews')
      .selectAll()
      .where('pair_id', '=', member.pairId)
      .where('scope_key', '=', member.pairId)
      .where('kind', '=', 'weekly')
      .where('period_start', '=', periodStart)
      .execute();
    const mine = rows.find((r) => r.user_id === member.userId);
    const partner = rows.find((r) => r.user_id === member.partnerId);
    return { mine: mine ? toReview(mine) : null, partner: partner ? toReview(partner) : null };
  }

  async monthly(actor: Actor, periodStart: string): Promise<Review | null> {
    return this.own(actor, 'monthly', periodStart);
  }

  /**
   * The person's own review of a kind: the monthly reflection, or the weekly reflection written
   * alone (scope 'self', no pair), which no pair query ever reads, so a later partner never sees it.
   */
  async own(actor: Actor, kind: ReviewKey['kind'], periodStart: string): Promise<Review | null> {
    const r = await this.db
      .selectFrom('reviews')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .where('scope_key', '=', 'self')
      .where('kind', '=', kind)
      .where('period_start', '=', periodStart)
      .executeTakeFirst();
    return r ? toReview(r) : null;
  }

  /** A pair's weekly review: pass the member; one's own (monthly, or weekly alone): null. A repeat meets the unique constraint. */
  async insert(actor: Actor, member: PairMember | null, key: ReviewKey, review: Review): Promise<void> {
    await this.db
      .insertInto('reviews')
      .values({
        id: review.id,
        user_id: actor.userId,
        pair_id: member?.pairId ?? null,
        kind: key.kind,
        period_start: key.periodStart,
        scope_key: member?.pairId ?? 'self',
        answers: JSON.stringify(review.answers),
        submitted_at: review.submittedAt,
      })
      .execute();
  }

  /** Replaces the person's own answers (before a weekly review is revealed, or a monthly one at any time). */
  async replace(actor: Actor, id: string, answers: Review['answers'], at: string): Promise<void> {
    await this.db
      .updateTable('reviews')
      .set({ answers: JSON.stringify(answers), submitted_at: at })
      .where('id', '=', id)
      .where('user_id', '=', actor.userId)
      .execute();
  }

  async written(actor: Actor): Promise<Array<Review & ReviewKey & { pairId: string | null }>> {
    const rows = await this.db
      .selectFrom('reviews')
      .selectAll()
      .where('user_id', '=', actor.userId)
      .orderBy('period_start')
      .orderBy('kind')
      .execute();
    return rows.map((r) => ({ ...toReview(r), kind: r.kind as ReviewKey['kind'], periodStart: r.period_start, pairId: r.pair_id }));
  }
}
