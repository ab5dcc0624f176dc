import { randomUUID } from 'node:crypto';
import { reviewsTable } from '../../contracts/pair/reviews.routes.js';
import { type Review, type ReviewState } from '../../contracts/pair/reviews.js';
import { monthlyState, weeklyState } from '../../core/pair/reviews.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { isUniqueViolation } from '../../db/database.js';
import { WeeklyChecksRepo, type WeeklyCheck } from '../../db/support/weekly-checks.repo.js';
import { ReviewsRepo } from '../../db/pair/reviews.repo.js';
import { pairMemberOf } from './pair-access.js';
import { publishToPair } from './pair-events.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const withSafety = (review: ReviewState) => ({
  review,
  safety: { crisis: containsCrisisLanguage(...(review.mine?.answers.map((a) => a.text) ?? [])) },
});

const revealedAlready = () =>
  new HttpProblem(409, 'Already shared', 'You both wrote this week’s review and it has been revealed; it stays as it was.');

const checksOf = (c: WeeklyCheck | undefined) => (c ? { drained: c.drained, secure: c.secure } : null);

export async function reviewsRoutes(app: App): Promise<void> {
  const tags = ['reviews'];

  route(
    app,
    reviewsTable.submitReview,
    {
      tags,
      summary: 'Write your weekly review (together) or your monthly reflection (private)',
      description:
        'Weekly reviews belong to the pair (404 when you are not linked): each of you writes alone, and both are revealed together once both have submitted. Until then you may rewrite yours; after, it stays. Monthly reflections are yours only and can be rewritten.',
    },
    async (req) => {
      const actor = actorOf(req);
      const { kind, periodStart, answers, checks } = req.body;
      const at = app.clock().toISOString();
      const member = kind === 'weekly' ? await pairMemberOf(app, req) : null;
      const fresh = (): Review => ({ id: randomUUID(), authorId: actor.userId, answers, submittedAt: at });
      const write = () =>
        app.database.transaction(async (trx) => {
          const repo = new ReviewsRepo(trx);
          if (member) {
            const before = await repo.weekly(member, periodStart);
            if (before.mine && before.partner) throw revealedAlready();
            if (before.mine) await repo.replace(actor, before.mine.id, answers, at);
            else await repo.insert(actor, member, { kind, periodStart }, fresh());
            const weekly = new WeeklyChecksRepo(trx);
            if (checks)
              await weekly.save(actor, { weekStart: periodStart, drained: checks.drained ?? null, secure: checks.secure ?? null }, at);
            const after = await repo.weekly(member, periodStart);
            return weeklyState(periodStart, after.mine, after.partner, checksOf(await weekly.get(actor, periodStart)));
          }
          const before = await repo.monthly(actor, periodStart);
          if (before) await repo.replace(actor, before.id, answers, at);
          else await repo.insert(actor, null, { kind, periodStart }, fresh());
          return monthlyState(periodStart, await repo.monthly(actor, periodStart));
        });
      let state: ReviewState;
      try {
        state = await write();
      } catch (err) {
        // The person submitted twice at once: the first insert won; the retry replaces it.
        if (!isUniqueViolation(err)) throw err;
        state = await write();
      }
      if (member && state.status === 'revealed') await publishToPair(app, member, 'review.revealed', undefined, at);
      return withSafety(state);
    },
  );

  route(
    app,
    reviewsTable.getReview,
    {
      tags,
      summary: 'Your review for a period, and your partner’s once both are in',
      description:
        'Before both have written the weekly review, your partner’s answers are never returned, nor whether they have written; you see "waiting-for-partner" once yours is in.',
    },
    async (req) => {
      const { kind, periodStart } = req.query;
      const repo = new ReviewsRepo(app.database.db);
      if (kind === 'weekly') {
        const member = await pairMemberOf(app, req);
        const { mine, partner } = await repo.weekly(member, periodStart);
        const checks = await new WeeklyChecksRepo(app.database.db).get(actorOf(req), periodStart);
        return withSafety(weeklyState(periodStart, mine, partner, checksOf(checks)));
      }
      return withSafety(monthlyState(periodStart, await repo.monthly(actorOf(req), periodStart)));
    },
  );
}
