import { randomUUID } from 'node:crypto';
import { toolSessionsTable } from '../../contracts/reassurance/tool-sessions.routes.js';
import { type ToolSession } from '../../contracts/reassurance/tools.js';
import { pageBy } from '../../core/paging.js';
import { ToolSessionsRepo } from '../../db/reassurance/tool-sessions.repo.js';
import { UrgesRepo } from '../../db/reassurance/urges.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

export async function toolSessionsRoutes(app: App): Promise<void> {
  const tags = ['tools'];

  route(
    app,
    toolSessionsTable.createToolSession,
    {
      tags,
      summary: 'Record a use of a soothing tool, with distress before and after',
      description:
        '`urgeId`, when given, must be one of your own urges (404 otherwise). Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const startedAt = instantOf(req.body.startedAt, 'startedAt');
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createToolSession',
        create: async (ex) => {
          const b = req.body;
          // Never link to an urge that is not the author's: same 404 as a missing one.
          if (b.urgeId !== undefined && !(await new UrgesRepo(ex).owns(actor, b.urgeId))) throw notFound();
          const toolSession: ToolSession = {
            id: randomUUID(),
            tool: b.tool,
            variant: b.variant ?? null,
            startedAt,
            durationSeconds: b.durationSeconds,
            distressBefore: b.distressBefore,
            distressAfter: b.distressAfter,
            urgeId: b.urgeId ?? null,
            createdAt: now.toISOString(),
          };
          await new ToolSessionsRepo(ex).insert(actor, toolSession);
          return { id: toolSession.id, result: { toolSession } };
        },
        replay: async (id) => {
          const toolSession = await new ToolSessionsRepo(app.database.db).get(actor, id);
          return toolSession && { toolSession };
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(app, toolSessionsTable.listToolSessions, { tags, summary: 'Your tool sessions, newest first' }, async (req) => {
    const { limit } = req.query;
    const rows = await new ToolSessionsRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), limit });
    return pageBy(rows, limit, (s) => s.startedAt);
  });

  route(app, toolSessionsTable.getToolSession, { tags, summary: 'One tool session' }, async (req) => {
    const toolSession = ownedOr404(await new ToolSessionsRepo(app.database.db).get(actorOf(req), req.params.id));
    return { toolSession };
  });

  route(app, toolSessionsTable.deleteToolSession, { tags, summary: 'Delete a tool session for good' }, async (req, reply) => {
    const actor = actorOf(req);
    return deleteOr404(
      reply,
      app.database.transaction((trx) => new ToolSessionsRepo(trx).delete(actor, req.params.id)),
    );
  });
}
