import { randomUUID } from 'node:crypto';
import { practicesTable } from '../../contracts/social/practices.routes.js';
import { SUGGESTED_PRACTICES, type Practice } from '../../contracts/social/practices.js';
import type { Actor } from '../../core/account/actor.js';
import { practiceCounts } from '../../core/social/practices.js';
import { localDate } from '../../core/reassurance/local-date.js';
import { PracticesRepo, type PracticeRow } from '../../db/social/practices.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

function toPractice(p: PracticeRow, days: readonly string[], today: string): Practice {
  const c = practiceCounts(days, today);
  return {
    id: p.id,
    name: p.name,
    archived: p.archivedAt !== null,
    archivedAt: p.archivedAt,
    days: { last7: c.last7, last30: c.last30, allTime: c.allTime },
    recentDays: c.recentDays,
    doneToday: c.doneToday,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export async function practicesRoutes(app: App): Promise<void> {
  const tags = ['social'];

  const today = async (actor: Actor) =>
    localDate(app.clock().toISOString(), (await new UsersRepo(app.database.db).timeZoneOf(actor.userId)) ?? 'UTC');

  /** The practice as the person sees it now, with its day counts; 404 when it is not theirs. */
  async function present(actor: Actor, id: string): Promise<{ practice: Practice }> {
    const repo = new PracticesRepo(app.database.db);
    const p = ownedOr404(await repo.get(actor, id));
    return { practice: toPractice(p, (await repo.days(actor, [p.id])).get(p.id) ?? [], await today(actor)) };
  }

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
      const day = await today(actor);
      return { items: rows.map((p) => toPractice(p, days.get(p.id) ?? [], day)), today: day, suggestions: [...SUGGESTED_PRACTICES] };
    },
  );

  route(
    app,
    practicesTable.createPractice,
    { tags, summary: 'Pick a small daily practice', description: 'Accepts an Idempotency-Key header.' },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      // Read before the transaction: on SQLite a read on another connection would wait for it.
      const day = await today(actor);
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createPractice',
        create: async (ex) => {
          const iso = now.toISOString();
          const row: PracticeRow = { id: randomUUID(), name: req.body.name, archivedAt: null, createdAt: iso, updatedAt: iso };
          await new PracticesRepo(ex).insert(actor, row);
          return { id: row.id, result: { practice: toPractice(row, [], day) } };
        },
        replay: async (id) => present(actor, id).catch(() => undefined),
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(
    app,
    practicesTable.updatePractice,
    { tags, summary: 'Rename a practice, or put it away (archive) and bring it back' },
    async (req) => {
      const actor = actorOf(req);
      const repo = new PracticesRepo(app.database.db);
      const current = ownedOr404(await repo.get(actor, req.params.id));
      const now = app.clock().toISOString();
      const { name, archived } = req.body;
      const next: PracticeRow = {
        ...current,
        name: name ?? current.name,
        archivedAt: archived === undefined ? current.archivedAt : archived ? (current.archivedAt ?? now) : null,
        updatedAt: now,
      };
      if (!(await repo.update(actor, next))) throw notFound();
      return present(actor, current.id);
    },
  );

  route(app, practicesTable.deletePractice, { tags, summary: 'Delete a practice and its days for good' }, async (req, reply) => {
    return deleteOr404(reply, new PracticesRepo(app.database.db).delete(actorOf(req), req.params.id));
  });

  /** A day in the future cannot have been done yet; "today" is the person's own day. */
  async function checkedDay(actor: Actor, day: string): Promise<void> {
    if (day > (await today(actor))) throw badRequest([{ field: 'day', in: 'params', message: 'That day has not come yet' }]);
  }

  route(
    app,
    practicesTable.checkPracticeDay,
    {
      tags,
      summary: 'Tick a day as done (again is the same as once)',
      description: 'day is YYYY-MM-DD in your time zone, today or earlier.',
    },
    async (req) => {
      const actor = actorOf(req);
      const repo = new PracticesRepo(app.database.db);
      if (!(await repo.get(actor, req.params.id))) throw notFound();
      await checkedDay(actor, req.params.day);
      await repo.check(actor, req.params.id, req.params.day, app.clock().toISOString());
      return present(actor, req.params.id);
    },
  );

  route(
    app,
    practicesTable.uncheckPracticeDay,
    { tags, summary: 'Untick a day (a day that was not ticked stays unticked)' },
    async (req) => {
      const actor = actorOf(req);
      const repo = new PracticesRepo(app.database.db);
      if (!(await repo.get(actor, req.params.id))) throw notFound();
      await checkedDay(actor, req.params.day);
      await repo.uncheck(actor, req.params.id, req.params.day);
      return present(actor, req.params.id);
    },
  );
}
