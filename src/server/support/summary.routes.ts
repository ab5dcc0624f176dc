import { summaryTable } from '../../contracts/support/summary.routes.js';
import { cycleInsights } from '../../core/cycles/cycles.js';
import { results } from '../../core/support/results.js';
import { buildInsights, insightsRange } from '../../core/reassurance/insights.js';
import { negotiateLocale } from '../../core/i18n/messages.js';
import { renderSummary, type SummaryData } from '../../core/support/summary.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import { GoalsRepo } from '../../db/pair/goals.repo.js';
import { InsightsRepo } from '../../db/reassurance/insights.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { WeeklyChecksRepo } from '../../db/support/weekly-checks.repo.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, unauthorized } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function summaryRoutes(app: App): Promise<void> {
  route(
    app,
    summaryTable.getSummary,
    { tags: ['support'], summary: 'A print-friendly summary of the sections you pick, to save as PDF and bring to an appointment' },
    async (req, reply) => {
      const actor = actorOf(req);
      const user = await new UsersRepo(app.database.db).get(actor);
      if (!user) throw unauthorized();
      const now = app.clock();
      const period = insightsRange(req.query, now);
      if (!period.ok) throw badRequest([{ field: period.field, in: 'query', message: period.message }]);
      const { range } = period;
      const sections = req.query.sections;
      // Only what was picked is read, not just shown.
      const data: SummaryData = {
        displayName: user.displayName,
        from: range.from,
        to: range.to,
        createdAt: now.toISOString(),
        sections,
        // The language is a choice of the device, so the app sends it; a link opened some other way follows the browser.
        locale: req.query.locale ?? negotiateLocale(req.headers['accept-language']),
      };
      if (sections.includes('cycles'))
        data.cycles = cycleInsights(await new CycleEventsRepo(app.database.db).stageEvents(actor, range), { ordered: true });
      if (sections.includes('urges'))
        data.urges = buildInsights(await new InsightsRepo(app.database.db).reassuranceAggregates(actor, range));
      if (sections.includes('assessments')) {
        const all = results(await new AssessmentsRepo(app.database.db).all(actor));
        data.assessments = all.filter((a) => (range.from === null || a.createdAt >= range.from) && a.createdAt < range.to);
      }
      if (sections.includes('goals')) {
        // The goals the person set, for the weeks that start in the period, with their own progress notes.
        const { goals, notes } = await new GoalsRepo(app.database.db).written(actor);
        const fromDay = range.from === null ? '' : range.from.slice(0, 10);
        const toDay = range.to.slice(0, 10);
        data.goals = goals
          .filter((g) => g.weekStart >= fromDay && g.weekStart <= toDay)
          .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0))
          .map((g) => {
            const last = notes.filter((n) => n.goalId === g.id).pop();
            return { title: g.title, weekStart: g.weekStart, scope: g.scope, done: g.done, progress: last?.text ?? null };
          });
      }
      if (sections.includes('weeks')) {
        // Weeks that start in the period; the ratings only, whichever screen they were given on.
        const fromDay = range.from === null ? '' : range.from.slice(0, 10);
        const toDay = range.to.slice(0, 10);
        data.weeks = (await new WeeklyChecksRepo(app.database.db).all(actor))
          .filter((w) => w.weekStart >= fromDay && w.weekStart < toDay)
          .reverse();
      }
      return reply.type('text/html; charset=utf-8').send(renderSummary(data));
    },
  );
}
