import { urgesTable } from '../../contracts/reassurance/urges.routes.js';
import { URGE_TRIGGER_SUGGESTIONS_MAX } from '../../contracts/reassurance/urges.js';
import { pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { UrgesRepo, type UrgeRecord } from '../../db/reassurance/urges.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { optionalPairMemberOf } from '../pair/pair-access.js';
import type { Parked } from './urge-parking.js';
import { UrgesService, type UrgeWrite } from './urges.service.js';
import { actorOf } from '../plugins/auth.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import { localeOf } from '../routes/locale.js';
import type { App } from '../types.js';

const withSafety = ({ localDate: _day, ...urge }: UrgeRecord, parked?: Parked) => ({
  urge,
  // The topic's own wording can differ from what the urge says, so it is read for crisis language too.
  safety: { crisis: containsCrisisLanguage(urge.wantedTo, urge.note, parked?.view.text ?? null) },
  ...(parked && { parkedTopic: parked.view }),
});

export async function urgesRoutes(app: App): Promise<void> {
  const tags = ['urges'];
  const urges = new UrgesService(app);

  route(
    app,
    urgesTable.createUrge,
    {
      tags,
      summary: 'Log an urge to seek reassurance',
      description:
        'Accepts an Idempotency-Key header: a retry with the same key returns the first result. A parked urge with no words for its topic gets Steady’s default name in the language of Accept-Language.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const occurredAt = instantOf(req.body.occurredAt, 'occurredAt');
      const member = req.body.action === 'parked' ? await optionalPairMemberOf(app, req) : null;
      let written: UrgeWrite | undefined;
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createUrge',
        create: async (ex) => {
          written = await urges.create(ex, actor, member, { ...req.body, occurredAt }, localeOf(req));
          return { id: written.urge.id, result: withSafety(written.urge, written.parked) };
        },
        replay: async (id) => {
          const urge = await new UrgesRepo(app.database.db).get(actor, id);
          return urge && withSafety(urge);
        },
        now,
      });
      if (written) await urges.announce(written);
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
    const { urge, parked } = await urges.update(actor, member, req.params.id, { ...b, occurredAt }, localeOf(req));
    return withSafety(urge, parked);
  });

  route(
    app,
    urgesTable.deleteUrge,
    {
      tags,
      summary: 'Delete an urge and its follow-up ratings',
      description: 'Tool sessions linked to the urge are kept, no longer linked. Its reminders go with it.',
    },
    async (req, reply) => {
      return deleteOr404(reply, urges.delete(actorOf(req), req.params.id));
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
          const { followUpId, urge } = await urges.addFollowUp(ex, actor, req.params.id, req.body);
          return { id: followUpId, result: withSafety(urge) };
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
