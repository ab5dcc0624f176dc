import { practicesTable } from '../../contracts/social/practices.routes.js';
import { SUGGESTED_PRACTICES } from '../../contracts/social/practices.js';
import { PracticesRepo } from '../../db/social/practices.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { PracticesService, toPractice } from './practices.service.js';
import type { App } from '../types.js';

export async function practicesRoutes(app: App): Promise<void> {
  const tags = ['social'];
  const practices = new PracticesService(app);

  route(
    app,
    practicesTable.listPractices,
    { tags, summary: 'Your small daily practices, with counts of days done (never streaks) and ideas for more' },
    async (req) => {
      const actor = actorOf(req);
      const repo = new PracticesRepo(app.database.db);
      const rows = await repo.list(actor, req.query.archived === 'true');
      const days = await repo.days(
        actor,
        rows.map((r) => r.id),
      );
      const day = await practices.today(actor);
      return { items: rows.map((p) => toPractice(p, days.get(p.id) ?? [], day)), today: day, suggestions: [...SUGGESTED_PRACTICES] };
    },
  );

  route(
    app,
    practicesTable.createPractice,
    { tags, summary: 'Pick a small daily practice', description: 'Accepts an Idempotency-Key header.' },
    async (req, reply) => {
      const actor = actorOf(req);
      // Read before the transaction: on SQLite a read on another connection would wait for it.
      const today = await practices.today(actor);
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createPractice',
        create: async (ex) => {
          const practice = await practices.create(ex, actor, req.body.name, today);
          return { id: practice.id, result: { practice } };
        },
        replay: async (id) =>
          practices.view(actor, id).then(
            (practice) => ({ practice }),
            () => undefined,
          ),
        now: app.clock(),
      });
      return reply.code(201).send(result);
    },
  );

  route(
    app,
    practicesTable.updatePractice,
    { tags, summary: 'Rename a practice, or put it away (archive) and bring it back' },
    async (req) => ({ practice: await practices.update(actorOf(req), req.params.id, req.body) }),
  );

  route(app, practicesTable.deletePractice, { tags, summary: 'Delete a practice and its days for good' }, async (req, reply) => {
    return deleteOr404(reply, new PracticesRepo(app.database.db).delete(actorOf(req), req.params.id));
  });

  route(
    app,
    practicesTable.checkPracticeDay,
    {
      tags,
      summary: 'Tick a day as done (again is the same as once)',
      description: 'day is YYYY-MM-DD in your time zone, today or earlier.',
    },
    async (req) => ({ practice: await practices.mark(actorOf(req), req.params.id, req.params.day, true) }),
  );

  route(
    app,
    practicesTable.uncheckPracticeDay,
    { tags, summary: 'Untick a day (a day that was not ticked stays unticked)' },
    async (req) => ({ practice: await practices.mark(actorOf(req), req.params.id, req.params.day, false) }),
  );
}
