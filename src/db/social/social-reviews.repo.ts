import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export interface SocialReviewRow {
  id: string;
  month: string;
  strengthened: string | null;
  weakened: string | null;
  adjust: string | null;
  win: string | null;
  assessmentId: string | null;
  /** The linked UCLA-3 answers, read with the review; null when none were given. */
  ucla3Answers: number[] | null;
  createdAt: string;
  updatedAt: string;
}

export class SocialReviewsRepo {
  constructor(private readonly db: Executor) {}

  private select(actor: Actor) {
    return this.db
      .selectFrom('social_reviews as r')
      .leftJoin('assessments as a', (j) => j.onRef('a.id', '=', 'r.assessment_id').onRef('a.user_id', '=', 'r.user_id'))
      .select([
        'r.id',
        'r.month',
        'r.strengthened',
        'r.weakened',
        'r.adjust',
        'r.win',
        'r.assessment_id',
        'a.answers',
        'r.created_at',
        'r.updated_at',
      ])
      .where('r.user_id', '=', actor.userId);
  }

  private static toRow(r: {
    id: string;
    month: string;
    strengthened: string | null;
    weakened: string | null;
    adjust: string | null;
    win: string | null;
    assessment_id: string | null;
    answers: string | null;
    created_at: string;
    updated_at: string;
  }): SocialReviewRow {
    return {
      id: r.id,
      month: r.month,
      strengthened: r.strengthened,
      weakened: r.weakened,
      adjust: r.adjust,
      win: r.win,
      assessmentId: r.answers === null ? null : r.assessment_id,
      ucla3Answers: r.answers === null ? null : (JSON.parse(r.answers) as number[]),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  async get(actor: Actor, month: string): Promise<SocialReviewRow | undefined> {
    const r = await this.select(actor).where('r.month', '=', month).executeTakeFirst();
    return r && SocialReviewsRepo.toRow(r);
  }

  /** Newest month first. */
  async list(actor: Actor): Promise<SocialReviewRow[]> {
    const rows = await this.select(actor).orderBy('r.month', 'desc').execute();
    return rows.map((r) => SocialReviewsRepo.toRow(r));
  }

  /** One review per month: writes replace the month's row (the unique (user, month) key holds it). */
  async upsert(actor: Actor, r: Omit<SocialReviewRow, 'ucla3Answers'>): Promise<void> {
    await this.db
      .insertInto('social_reviews')
      .values({
        id: r.id,
        user_id: actor.userId,
        month: r.month,
        strengthened: r.strengthened,
        weakened: r.weakened,
        adjust: r.adjust,
        win: r.win,
        assessment_id: r.assessmentId,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      })
      .onConflict((oc) =>
        oc.columns(['user_id', 'month']).doUpdateSet({
          strengthened: r.strengthened,
          weakened: r.weakened,
          adjust: r.adjust,
          win: r.win,
          assessment_id: r.assessmentId,
          updated_at: r.updatedAt,
        }),
      )
      .execute();
  }
}
