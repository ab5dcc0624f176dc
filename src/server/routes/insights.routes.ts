import { InsightsQuery, ReassuranceInsights } from '../../contracts/insights.js';
import { buildInsights, insightsRange } from '../../core/reassurance/insights.js';
import { InsightsRepo } from '../../db/insights.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest } from '../problem.js';
import { authedProblems } from './responses.js';
import type { App } from '../types.js';

export async function insightsRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/insights/reassurance',
    {
      schema: {
        operationId: 'getReassuranceInsights',
        tags: ['insights'],
        summary: 'What your urge log shows: urges per week, how relief fades, triggers, which tools help',
        description:
          'Only your own entries, never a partner’s. Without `from` it covers everything you logged; without `to`, up to now. ' +
          'Follow-ups and trigger tags count with the urge they belong to. Each finding carries its n: below `minimum`, show "not enough data yet".',
        querystring: InsightsQuery,
        response: { 200: ReassuranceInsights, ...authedProblems },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const period = insightsRange(req.query, app.clock());
      if (!period.ok) throw badRequest([{ field: period.field, in: 'query', message: period.message }]);
      return buildInsights(await new InsightsRepo(app.database.db).reassuranceAggregates(actor, period.range));
    },
  );
}
