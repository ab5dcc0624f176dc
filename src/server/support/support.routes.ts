import { supportTable } from '../../contracts/support/support.routes.js';
import { type SupportResource } from '../../contracts/support/support.js';
import { INSTRUMENTS } from '../../contracts/support/instruments.js';
import { cycleInsights } from '../../core/cycles/cycles.js';
import { score } from '../../core/support/scoring.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { supportSignals } from '../../core/support/signals.js';
import { lonelyWithThinMap, RECENT_CONTACT_DAYS, THIN_MAP_CONTACTS } from '../../core/support/belonging.js';
import { reachOutList } from '../../core/social/reach-out.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { AssessmentsRepo } from '../../db/support/assessments.repo.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import { SupportResourcesRepo } from '../../db/support/support-resources.repo.js';
import { GoalsRepo } from '../../db/pair/goals.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { WeeklyChecksRepo } from '../../db/support/weekly-checks.repo.js';
import { addDays } from '../../core/pair/cap.js';
import { mondayOf } from '../../core/reassurance/insights.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { weeklyGoals } from '../../core/support/signals.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { SupportResourcesService } from './support-resources.service.js';
import type { App } from '../types.js';

const withSafety = (resource: SupportResource) => ({ resource, safety: { crisis: containsCrisisLanguage(resource.notes) } });

export async function supportRoutes(app: App): Promise<void> {
  const tags = ['support'];
  const resources = new SupportResourcesService(app);

  route(
    app,
    supportTable.getSupportSignals,
    {
      tags,
      summary: 'Whether your own data suggests reaching out for professional support, and why',
      description:
        'Read from your stage log, weekly reviews and reflections, goals, questionnaire results and your social map only. An invitation, never a diagnosis.',
    },
    async (req) => {
      const actor = actorOf(req);
      const now = app.clock();
      // The last three weeks: Monday two weeks before this week's Monday, in the person's time zone.
      const user = await new UsersRepo(app.database.db).get(actor);
      const since = addDays(mondayOf(localDate(now.toISOString(), user?.timeZone ?? 'UTC')), -14);
      const events = await new CycleEventsRepo(app.database.db).stageEvents(actor, { from: null, to: now.toISOString() });
      const cycles = cycleInsights(events, { ordered: true });
      const assessments = new AssessmentsRepo(app.database.db);
      const latestScore = async (id: 'phq9' | 'gad7' | 'csi4') => {
        const latest = await assessments.latest(actor, id);
        return latest ? score(INSTRUMENTS[id], latest.answers) : null;
      };
      const [phq9, gad7, csi4] = [await latestScore('phq9'), await latestScore('gad7'), await latestScore('csi4')];
      const ucla3 = await assessments.latest(actor, 'ucla3');
      const uclaTotal = ucla3 ? score(INSTRUMENTS.ucla3, ucla3.answers).total : null;
      const people = new PeopleRepo(app.database.db);
      const recent = await new InteractionsRepo(app.database.db).list(actor, {
        from: new Date(now.getTime() - RECENT_CONTACT_DAYS * 86_400_000).toISOString(),
        to: now.toISOString(),
        limit: THIN_MAP_CONTACTS,
      });
      return supportSignals({
        cycleEnds: cycles.cycles.map((c) => c.end),
        escalating: cycles.escalating,
        weeks: await new WeeklyChecksRepo(app.database.db).since(actor, since),
        goals: weeklyGoals(await new GoalsRepo(app.database.db).progressByWeek(actor, since), since),
        latest: { phq9: phq9?.total ?? null, gad7: gad7?.total ?? null, csi4: csi4?.total ?? null },
        selfHarmThoughts: phq9?.flags.includes('self-harm-thoughts') ?? false,
        lonelyWithThinMap: lonelyWithThinMap({
          ucla3: ucla3 && uclaTotal !== null ? { total: uclaTotal, at: ucla3.createdAt } : null,
          people: await people.all(actor),
          recentInteractions: recent.length,
          reachOut: reachOutList(await people.withRhythm(actor), now),
          now,
        }),
        now,
      });
    },
  );

  route(app, supportTable.createSupportResource, { tags, summary: 'Add a place or person to your list of support' }, async (req, reply) => {
    const resource = await resources.create(actorOf(req), req.body);
    return reply.code(201).send(withSafety(resource));
  });

  route(app, supportTable.listSupportResources, { tags, summary: 'Your list of support' }, async (req) => ({
    items: await new SupportResourcesRepo(app.database.db).all(actorOf(req)),
  }));

  route(app, supportTable.updateSupportResource, { tags, summary: 'Edit an entry of your list of support' }, async (req) =>
    withSafety(await resources.update(actorOf(req), req.params.id, req.body)),
  );

  route(app, supportTable.deleteSupportResource, { tags, summary: 'Remove an entry from your list of support' }, async (req, reply) => {
    return deleteOr404(reply, new SupportResourcesRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
