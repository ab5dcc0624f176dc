import { insightsTable } from '../../contracts/reassurance/insights.routes.js';
import { moodDays, moodWindow } from '../../core/journal/mood.js';
import { buildInsights, insightsRange } from '../../core/reassurance/insights.js';
import { InsightsRepo } from '../../db/reassurance/insights.repo.js';
import { JournalRepo } from '../../db/journal/journal.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, unauthorized } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function insightsRoutes(app: App): Promise<void> {
  route(
    app,
    insightsTable.getReassuranceInsights,
    {
      tags: ['insights'],
      summary: 'What your urge log shows: urges per week, how relief fades, triggers, which tools help',
      description:
        'Only your own entries, never a partner’s. Without `from` it covers everything you logged; without `to`, up to now. ' +
        'Follow-ups and trigger tags count with the urge they belong to. Each finding carries its n: below `minimum`, show "not enough data yet".',
    },
    async (req) => {
      const actor = actorOf(req);
      const period = insightsRange(req.query, app.clock());
      if (!period.ok) throw badRequest([{ field: period.field, in: 'query', message: period.message }]);
      return buildInsights(await new InsightsRepo(app.database.db).reassuranceAggregates(actor, period.range));
    },
  );

  route(
    app,
    insightsTable.getMoodInsights,
    {
      tags: ['insights'],
      summary: 'Your journal moods by day over the last week or month, in your time zone',
      description:
        'Only your own moods: there is no pair path, so a partner reads only their own. Days without a mood are listed with mood null and count 0.',
    },
    async (req) => {
      const actor = actorOf(req);
      const user = await new UsersRepo(app.database.db).get(actor);
      if (!user) throw unauthorized();
      const window = moodWindow(req.query.view, app.clock(), user.timeZone);
      const moods = await new JournalRepo(app.database.db).moods(actor, window);
      return moodDays(req.query.view, moods, window, user.timeZone);
    },
  );
}
