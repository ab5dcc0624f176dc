import { disclosuresTable } from '../../contracts/social/disclosures.routes.js';
import { type Disclosure } from '../../contracts/social/disclosures.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { disclosureProgression } from '../../core/social/disclosures.js';
import { DisclosuresRepo } from '../../db/social/disclosures.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { DisclosuresService } from './disclosures.service.js';
import type { App } from '../types.js';

const withSafety = (disclosure: Disclosure) => ({
  disclosure,
  safety: { crisis: containsCrisisLanguage(disclosure.what, disclosure.nextStepPlan) },
});

export async function disclosuresRoutes(app: App): Promise<void> {
  const tags = ['social'];
  const disclosures = new DisclosuresService(app);

  route(
    app,
    disclosuresTable.listDisclosures,
    { tags, summary: 'The disclosure ladder with one person: each step, how it felt, and how far it has gone' },
    async (req) => {
      const actor = actorOf(req);
      if (!(await new PeopleRepo(app.database.db).owned(actor, [req.params.id])).has(req.params.id)) throw notFound();
      const items = await new DisclosuresRepo(app.database.db).list(actor, req.params.id);
      return { items, progression: disclosureProgression(items) };
    },
  );

  route(
    app,
    disclosuresTable.createDisclosure,
    {
      tags,
      summary: 'Record a step of sharing with someone: its level, how comfortable it felt, and a plan for the next one',
      description: 'Accepts an Idempotency-Key header.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createDisclosure',
        create: async (ex) => {
          const d = await disclosures.create(ex, actor, req.params.id, req.body);
          return { id: d.id, result: withSafety(d) };
        },
        replay: async (id) => {
          const d = await new DisclosuresRepo(app.database.db).get(actor, id);
          return d && withSafety(d);
        },
        now: app.clock(),
      });
      return reply.code(201).send(result);
    },
  );

  route(app, disclosuresTable.updateDisclosure, { tags, summary: 'Change a step on the disclosure ladder' }, async (req) =>
    withSafety(await disclosures.update(actorOf(req), req.params.id, req.body)),
  );

  route(app, disclosuresTable.deleteDisclosure, { tags, summary: 'Delete a step for good' }, async (req, reply) => {
    return deleteOr404(reply, new DisclosuresRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
