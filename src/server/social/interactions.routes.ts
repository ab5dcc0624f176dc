import { randomUUID } from 'node:crypto';
import { interactionsTable } from '../../contracts/social/interactions.routes.js';
import { type Interaction } from '../../contracts/social/interactions.js';
import { pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const text = (h: Interaction['gave']) => (typeof h === 'string' ? h : null);
const withSafety = (interaction: Interaction) => ({
  interaction,
  safety: { crisis: containsCrisisLanguage(interaction.reflection, text(interaction.gave), text(interaction.received)) },
});
/** Empty words are no help noted, not a tick. */
const help = (h: boolean | string | undefined): Interaction['gave'] => (h === undefined || h === '' ? false : h);
const sorted = (ids: readonly string[]) => [...ids].sort();

export async function interactionsRoutes(app: App): Promise<void> {
  const tags = ['interactions'];

  route(
    app,
    interactionsTable.createInteraction,
    {
      tags,
      summary: 'Log time with one or more people',
      description:
        'Resets each person’s rhythm. Every id in `personIds` must be someone on your map (404 otherwise). ' +
        'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const b = req.body;
      const occurredAt = instantOf(b.occurredAt, 'occurredAt');
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createInteraction',
        create: async (ex) => {
          if (!(await new PeopleRepo(ex).lock(actor, b.personIds))) throw notFound();
          const iso = now.toISOString();
          const interaction: Interaction = {
            id: randomUUID(),
            personIds: sorted(b.personIds),
            occurredAt,
            channel: b.channel,
            initiatedBy: b.initiatedBy,
            minutes: b.minutes ?? null,
            warmth: b.warmth,
            support: b.support,
            gave: help(b.gave),
            received: help(b.received),
            topics: b.topics ?? [],
            reflection: b.reflection || null,
            createdAt: iso,
            updatedAt: iso,
          };
          await new InteractionsRepo(ex).insert(actor, interaction);
          return { id: interaction.id, result: withSafety(interaction) };
        },
        replay: async (id) => {
          const interaction = await new InteractionsRepo(app.database.db).get(actor, id);
          return interaction && withSafety(interaction);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(
    app,
    interactionsTable.listInteractions,
    {
      tags,
      summary: 'Your logged interactions, newest first',
      description: '`personId` narrows to time with one person; `from` is included and `to` is not.',
    },
    async (req) => {
      const { limit, personId } = req.query;
      const rows = await new InteractionsRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), personId, limit });
      return pageBy(rows, limit, (i) => i.occurredAt);
    },
  );

  route(
    app,
    interactionsTable.getInteraction,
    {
      tags,
      summary: 'One logged interaction, however old, with its crisis verdict',
    },
    async (req) => {
      const interaction = ownedOr404(await new InteractionsRepo(app.database.db).get(actorOf(req), req.params.id));
      return withSafety(interaction);
    },
  );

  route(
    app,
    interactionsTable.updateInteraction,
    {
      tags,
      summary: 'Edit a logged interaction',
      description: 'Changing who or when recounts the last contact of everyone involved before and after.',
    },
    async (req) => {
      const actor = actorOf(req);
      const b = req.body;
      const occurredAt = b.occurredAt === undefined ? undefined : instantOf(b.occurredAt, 'occurredAt');
      const updated = await app.database.transaction(async (trx) => {
        const repo = new InteractionsRepo(trx);
        if (!(await repo.lock(actor, req.params.id))) return undefined;
        const current = await repo.get(actor, req.params.id);
        if (!current) return undefined;
        const next: Interaction = {
          ...mergeDefined(current, {
            ...b,
            occurredAt,
            personIds: b.personIds === undefined ? undefined : sorted(b.personIds),
            gave: b.gave === undefined ? undefined : help(b.gave),
            received: b.received === undefined ? undefined : help(b.received),
            reflection: b.reflection === undefined ? undefined : b.reflection || null,
          }),
          updatedAt: app.clock().toISOString(),
        };
        if (!(await new PeopleRepo(trx).lock(actor, [...current.personIds, ...next.personIds]))) return undefined;
        await repo.update(actor, current, next);
        return next;
      });
      if (!updated) throw notFound();
      return withSafety(updated);
    },
  );

  route(app, interactionsTable.deleteInteraction, { tags, summary: 'Delete a logged interaction' }, async (req, reply) => {
    const actor = actorOf(req);
    const deleted = await app.database.transaction(async (trx) => {
      const repo = new InteractionsRepo(trx);
      if (!(await repo.lock(actor, req.params.id))) return false;
      const current = await repo.get(actor, req.params.id);
      if (!current || !(await new PeopleRepo(trx).lock(actor, current.personIds))) return false;
      return repo.delete(actor, current);
    });
    if (!deleted) throw notFound();
    return reply.code(204).send(null);
  });
}
