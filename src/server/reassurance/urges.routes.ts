import { randomUUID } from 'node:crypto';
import { urgesTable } from '../../contracts/routes/urges.routes.js';
import { URGE_TRIGGER_SUGGESTIONS_MAX, type FollowUp } from '../../contracts/urges.js';
import type { Actor } from '../../core/account/actor.js';
import { pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { localDate } from '../../core/reassurance/local-date.js';
import type { Executor } from '../../db/database.js';
import { UrgesRepo, type UrgeRecord } from '../../db/reassurance/urges.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { optionalPairMemberOf } from '../pair/pair-access.js';
import { announceParked, parkUrgeTopic, type Parked } from './urge-parking.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = ({ localDate: _day, ...urge }: UrgeRecord, parked?: Parked) => ({
  urge,
  // The topic's own wording can differ from what the urge says, so it is read for crisis language too.
  safety: { crisis: containsCrisisLanguage(urge.wantedTo, urge.note, parked?.view.text ?? null) },
  ...(parked && { parkedTopic: parked.view }),
});

/** The person's time zone decides which day an urge counts towards. */
async function dayOf(ex: Executor, actor: Actor, occurredAt: string): Promise<string> {
  const user = await new UsersRepo(ex).get(actor);
  return localDate(occurredAt, user?.timeZone ?? 'UTC');
}

export async function urgesRoutes(app: App): Promise<void> {
  const tags = ['urges'];

  route(
    app,
    urgesTable.createUrge,
    {
      tags,
      summary: 'Log an urge to seek reassurance',
      description: 'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const occurredAt = instantOf(req.body.occurredAt, 'occurredAt');
      const member = req.body.action === 'parked' ? await optionalPairMemberOf(app, req) : null;
      let parked: Parked | undefined;
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createUrge',
        create: async (ex) => {
          const iso = now.toISOString();
          const b = req.body;
          const urge: UrgeRecord = {
            id: randomUUID(),
            occurredAt,
            localDate: await dayOf(ex, actor, occurredAt),
            intensity: b.intensity,
            anxietyBefore: b.anxietyBefore,
            triggers: b.triggers,
            wantedTo: b.wantedTo ?? null,
            action: b.action,
            delayMinutes: b.delayMinutes ?? null,
            note: b.note ?? null,
            followUps: [],
            createdAt: iso,
            updatedAt: iso,
          };
          await new UrgesRepo(ex).insert(actor, urge);
          if (urge.action === 'parked') parked = await parkUrgeTopic(ex, actor, member, b.park, urge.wantedTo, iso);
          return { id: urge.id, result: withSafety(urge, parked) };
        },
        replay: async (id) => {
          const urge = await new UrgesRepo(app.database.db).get(actor, id);
          return urge && withSafety(urge);
        },
        now,
      });
      await announceParked(app, parked);
      return reply.code(201).send(result);
    },
  );

  route(app, urgesTable.listUrges, { tags, summary: 'Your urges, newest first, each with its follow-up ratings' }, async (req) => {
    const { limit } = req.query;
    const rows = await new UrgesRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), limit });
    const page = pageBy(rows, limit, (u) => u.occurredAt);
    return { items: page.items.map((u) => withSafety(u).urge), nextCursor: page.nextCursor };
  });

  route(
    app,
    urgesTable.listUrgeTriggers,
    {
      tags,
      summary: 'Triggers you have used, most used first',
      description: `For suggesting past triggers while logging an urge; at most ${URGE_TRIGGER_SUGGESTIONS_MAX}.`,
    },
    async (req) => ({ items: await new UrgesRepo(app.database.db).triggerCounts(actorOf(req), URGE_TRIGGER_SUGGESTIONS_MAX) }),
  );

  route(app, urgesTable.getUrge, { tags, summary: 'One urge with its follow-up ratings' }, async (req) => {
    const urge = ownedOr404(await new UrgesRepo(app.database.db).get(actorOf(req), req.params.id));
    return withSafety(urge);
  });

  route(app, urgesTable.updateUrge, { tags, summary: 'Edit an urge' }, async (req) => {
    const actor = actorOf(req);
    const b = req.body;
    const occurredAt = b.occurredAt === undefined ? undefined : instantOf(b.occurredAt, 'occurredAt');
    const member = b.action === 'parked' ? await optionalPairMemberOf(app, req) : null;
    let parked: Parked | undefined;
    const updated = await app.database.transaction(async (trx) => {
      const repo = new UrgesRepo(trx);
      if (!(await repo.lock(actor, req.params.id))) return undefined;
      const current = await repo.get(actor, req.params.id);
      if (!current) return undefined;
      const moved = occurredAt !== undefined && occurredAt !== current.occurredAt;
      const next: UrgeRecord = {
        // The time moves only with its local day, worked out here, so the body's own is left out of the merge.
        ...mergeDefined(current, { ...b, occurredAt: undefined }),
        ...(moved && { occurredAt, localDate: await dayOf(trx, actor, occurredAt) }),
        updatedAt: app.clock().toISOString(),
      };
      await repo.update(actor, current, next);
      // Only the edit that parks the urge makes a topic; editing an urge parked already makes no second one.
      if (next.action === 'parked' && current.action !== 'parked') {
        parked = await parkUrgeTopic(trx, actor, member, b.park, next.wantedTo, next.updatedAt);
      }
      return next;
    });
    if (!updated) throw notFound();
    await announceParked(app, parked);
    return withSafety(updated, parked);
  });

  route(
    app,
    urgesTable.deleteUrge,
    {
      tags,
      summary: 'Delete an urge and its follow-up ratings',
      description: 'Tool sessions linked to the urge are kept, no longer linked.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      return deleteOr404(
        reply,
        app.database.transaction((trx) => new UrgesRepo(trx).delete(actor, req.params.id)),
      );
    },
  );

  route(
    app,
    urgesTable.addUrgeFollowUp,
    {
      tags,
      summary: 'Rate your anxiety again some time after the urge',
      description:
        'Shows how relief fades over time. Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'addUrgeFollowUp',
        create: async (ex) => {
          const repo = new UrgesRepo(ex);
          const urge = (await repo.lock(actor, req.params.id)) ? await repo.get(actor, req.params.id) : undefined;
          if (!urge) throw notFound();
          const followUp: FollowUp = {
            id: randomUUID(),
            minutesAfter: req.body.minutesAfter,
            anxiety: req.body.anxiety,
            createdAt: now.toISOString(),
          };
          await repo.addFollowUp(actor, urge, followUp);
          const updated = ownedOr404(await repo.get(actor, req.params.id));
          return { id: followUp.id, result: withSafety(updated) };
        },
        replay: async (followUpId) => {
          const repo = new UrgesRepo(app.database.db);
          const urgeId = await repo.urgeIdOfFollowUp(actor, followUpId);
          const urge = urgeId === undefined ? undefined : await repo.get(actor, urgeId);
          return urge && withSafety(urge);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );
}
