import { socialReviewsTable } from '../../contracts/social/social-reviews.routes.js';
import { type SocialReview } from '../../contracts/social/social-reviews.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { lonelinessTrend, socialReviewView } from '../../core/social/loneliness.js';
import { SocialReviewsRepo } from '../../db/social/social-reviews.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import { SocialReviewsService } from './social-reviews.service.js';
import type { App } from '../types.js';

const withSafety = (review: SocialReview) => ({
  review,
  safety: { crisis: containsCrisisLanguage(review.strengthened, review.weakened, review.adjust, review.win) },
});

export async function socialReviewsRoutes(app: App): Promise<void> {
  const tags = ['social'];
  const reviews = new SocialReviewsService(app);

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
    async (req) => withSafety(socialReviewView(await reviews.put(actorOf(req), req.params.month, req.body))),
  );
}
