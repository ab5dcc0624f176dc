import { interactionsTable } from '../../contracts/social/interactions.routes.js';
import { type Interaction } from '../../contracts/social/interactions.js';
import { pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { InteractionsRepo } from '../../db/social/interactions.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import { InteractionsService } from './interactions.service.js';
import type { App } from '../types.js';

const text = (h: Interaction['gave']) => (typeof h === 'string' ? h : null);
const withSafety = (interaction: Interaction) => ({
  interaction,
  safety: { crisis: containsCrisisLanguage(interaction.reflection, text(interaction.gave), text(interaction.received)) },
});

export async function interactionsRoutes(app: App): Promise<void> {
  const tags = ['interactions'];
  const interactions = new InteractionsService(app);

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
      const occurredAt = instantOf(req.body.occurredAt, 'occurredAt');
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createInteraction',
        create: async (ex) => {
          const interaction = await interactions.create(ex, actor, { ...req.body, occurredAt });
          return { id: interaction.id, result: withSafety(interaction) };
        },
        replay: async (id) => {
          const interaction = await new InteractionsRepo(app.database.db).get(actor, id);
          return interaction && withSafety(interaction);
        },
        now: app.clock(),
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
      const b = req.body;
      const occurredAt = b.occurredAt === undefined ? undefined : instantOf(b.occurredAt, 'occurredAt');
      return withSafety(await interactions.update(actorOf(req), req.params.id, { ...b, occurredAt }));
    },
  );

  route(app, interactionsTable.deleteInteraction, { tags, summary: 'Delete a logged interaction' }, async (req, reply) =>
    deleteOr404(reply, interactions.delete(actorOf(req), req.params.id)),
  );
}
