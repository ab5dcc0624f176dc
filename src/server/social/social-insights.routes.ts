import { socialInsightsTable } from '../../contracts/social/social-insights.routes.js';
import { buildSocialInsights, socialPeriod } from '../../core/social/insights.js';
import { SocialInsightsRepo } from '../../db/social/social-insights.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function socialInsightsRoutes(app: App): Promise<void> {
  route(
    app,
    socialInsightsTable.getSocialInsights,
    {
      tags: ['insights'],
      summary: 'What your interaction log shows: contact per week, breadth, reciprocity, invitations, where warmth comes from',
      description:
        'Only your own social map, never a partner’s. Without `from` and `to` it covers the last 12 weeks (Monday-based, in your ' +
        'time zone); a period can span at most two years. Each block carries its n and `enoughData`: below `minimum`, show ' +
        '"not enough data yet" (derived figures are null then).',
    },
    async (req) => {
      const actor = actorOf(req);
      const timeZone = (await new UsersRepo(app.database.db).timeZoneOf(actor.userId)) ?? 'UTC';
      const asked = socialPeriod(req.query, app.clock(), timeZone);
      if (!asked.ok) throw badRequest([{ field: asked.field, in: 'query', message: asked.message }]);
      return buildSocialInsights(
        asked.period,
        await new SocialInsightsRepo(app.database.db, app.database.kind).aggregates(actor, asked.period),
      );
    },
  );
}
