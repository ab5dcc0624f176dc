import { randomUUID } from 'node:crypto';
import { INSTRUMENTS } from '../../contracts/support/instruments.js';
import { socialReviewsTable } from '../../contracts/social/social-reviews.routes.js';
import { type SocialReview } from '../../contracts/social/social-reviews.js';
import type { Actor } from '../../core/account/actor.js';
import { answerProblems } from '../../core/support/scoring.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { lonelinessTrend, socialReviewView } from '../../core/social/loneliness.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { SocialReviewsRepo } from '../../db/social/social-reviews.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest } from '../problem.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const UCLA3 = INSTRUMENTS.ucla3;

const withSafety = (review: SocialReview) => ({
  review,
  safety: { crisis: containsCrisisLanguage(review.strengthened, review.weakened, review.adjust, review.win) },
});

export async function socialReviewsRoutes(app: App): Promise<void> {
  const tags = ['social'];

  const thisMonth = async (actor: Actor) =>
    localDate(app.clock().toISOString(), (await new UsersRepo(app.database.db).timeZoneOf(actor.userId)) ?? 'UTC').slice(0, 7);

  route(
    app,
    socialReviewsTable.listSocialReviews,
    {
      tags,
      summary: 'Your monthly belonging reviews, newest first, with the UCLA-3 trend over months',
      description: 'UCLA-3 scores run 3–9; higher means lonelier. The trend is described in plain words, never as a label.',
    },
    async (req) => {
      const items = (await new SocialReviewsRepo(app.database.db).list(actorOf(req))).map(socialReviewView);
      const trend = items
        .filter((r) => r.ucla3 !== null)
        .map((r) => ({ month: r.month, score: r.ucla3!.score }))
        .reverse();
      return { items, trend, direction: lonelinessTrend(trend) };
    },
  );

  route(app, socialReviewsTable.getSocialReview, { tags, summary: "One month's review; 404 until it is written" }, async (req) => {
    const row = ownedOr404(await new SocialReviewsRepo(app.database.db).get(actorOf(req), req.params.month));
    return withSafety(socialReviewView(row));
  });

  route(
    app,
    socialReviewsTable.putSocialReview,
    {
      tags,
      summary: "Write or change a month's review: what strengthened or weakened belonging, what to adjust, a win",
      description:
        'Fields left out keep their value; null or "" clears one. `ucla3` answers are stored as a UCLA-3 questionnaire result (listAssessments shows it too); sending them again replaces it.',
    },
    async (req) => {
      const actor = actorOf(req);
      const { month } = req.params;
      if (month > (await thisMonth(actor))) throw badRequest([{ field: 'month', in: 'params', message: 'That month has not begun yet' }]);
      const b = req.body;
      if (b.ucla3) {
        const problems = answerProblems(UCLA3, b.ucla3);
        if (problems.length)
          throw badRequest(
            problems.map((p) => ({
              field: p.item === 0 ? 'ucla3' : `ucla3.${p.item - 1}`,
              in: 'body' as const,
              message: p.item === 0 ? p.message : `Question ${p.item}: ${p.message}`,
            })),
          );
      }
      const now = app.clock().toISOString();
      await app.database.transaction(async (trx) => {
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
        const text = (v: string | null | undefined, was: string | null | undefined) => (v === undefined ? (was ?? null) : v || null);
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
      const row = ownedOr404(await new SocialReviewsRepo(app.database.db).get(actor, month));
      return withSafety(socialReviewView(row));
    },
  );
}
