import { cyclesTable } from '../../contracts/cycles/cycles.routes.js';
import { type CycleEvent } from '../../contracts/cycles/cycles.js';
import { cycleInsights } from '../../core/cycles/cycles.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { insightsRange } from '../../core/reassurance/insights.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { CycleEventsRepo } from '../../db/cycles/cycle-events.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { pairMemberOf } from '../pair/pair-access.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest } from '../problem.js';
import { cursorOf, instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import { CyclesService } from './cycles.service.js';
import type { App } from '../types.js';

const withSafety = (event: CycleEvent) => ({ event, safety: { crisis: containsCrisisLanguage(event.note) } });

export async function cyclesRoutes(app: App): Promise<void> {
  const tags = ['cycles'];
  const cycles = new CyclesService(app);

  route(
    app,
    cyclesTable.createCycleEvent,
    {
      tags,
      summary: 'Log a moment of the pursue–withdraw cycle',
      description:
        'Private unless `shared`: a shared moment shows in the pair view of the pair you are in now. Accepts an Idempotency-Key header.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const occurredAt = instantOf(req.body.occurredAt, 'occurredAt');
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createCycleEvent',
        create: async (ex) => {
          const event = await cycles.create(ex, actor, { ...req.body, occurredAt });
          return { id: event.id, result: withSafety(event) };
        },
        replay: async (id) => {
          const event = await new CycleEventsRepo(app.database.db).get(actor, id);
          return event && withSafety(event);
        },
        now,
      });
      if (result.event.shared) await cycles.announce(actor, result.event.id, now.toISOString());
      return reply.code(201).send(result);
    },
  );

  route(app, cyclesTable.listCycleEvents, { tags, summary: 'Your stage log, newest first' }, async (req) => {
    const { limit } = req.query;
    const rows = await new CycleEventsRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), limit });
    return pageBy(rows, limit, (e) => e.occurredAt);
  });

  route(app, cyclesTable.getCycleEvent, { tags, summary: 'One moment of your stage log' }, async (req) => {
    const event = ownedOr404(await new CycleEventsRepo(app.database.db).get(actorOf(req), req.params.id));
    return withSafety(event);
  });

  route(app, cyclesTable.updateCycleEvent, { tags, summary: 'Edit a moment, or share or unshare it' }, async (req) => {
    const b = req.body;
    const occurredAt = b.occurredAt === undefined ? undefined : instantOf(b.occurredAt, 'occurredAt');
    return withSafety(await cycles.update(actorOf(req), req.params.id, { ...b, occurredAt }));
  });

  route(app, cyclesTable.deleteCycleEvent, { tags, summary: 'Delete a moment for good' }, async (req, reply) => {
    await cycles.delete(actorOf(req), req.params.id);
    return reply.code(204).send(null);
  });

  route(
    app,
    cyclesTable.listSharedCycleEvents,
    {
      tags,
      summary: 'The pair view: moments both of you chose to share, newest first',
      description: 'Only moments shared while in this pair; notes are never shown to the partner.',
    },
    async (req) => {
      const member = await pairMemberOf(app, req);
      const { limit, cursor } = req.query;
      const rows = await new CycleEventsRepo(app.database.db).shared(member, { after: cursorOf(cursor, decodeKey), limit });
      const items = rows.map(({ authorId, ...e }) => ({
        ...e,
        author: authorId === member.userId ? ('me' as const) : ('partner' as const),
      }));
      return pageBy(items, limit, (e) => e.occurredAt);
    },
  );

  route(
    app,
    cyclesTable.getCycleInsights,
    {
      tags: ['insights', ...tags],
      summary: 'Your pursue–withdraw cycles: how long they last, how often they come back, whether they are escalating',
      description:
        'From your own stage log only. A cycle starts with a pursuit and completes with a reconnection after a withdrawal. ' +
        'Trends use a Mann–Kendall test and Sen’s slope over the last 12 cycles, with at least 4.',
    },
    async (req) => {
      const period = insightsRange(req.query, app.clock());
      if (!period.ok) throw badRequest([{ field: period.field, in: 'query', message: period.message }]);
      return cycleInsights(await new CycleEventsRepo(app.database.db).stageEvents(actorOf(req), period.range), { ordered: true });
    },
  );
}
