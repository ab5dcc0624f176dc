import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.js';
import {
  CreateToolSessionBody,
  ListToolSessionsQuery,
  ToolSessionPage,
  ToolSessionResponse,
  type ToolSession,
} from '../../contracts/tools.js';
import { pageBy } from '../../core/paging.js';
import { ToolSessionsRepo } from '../../db/tool-sessions.repo.js';
import { UrgesRepo } from '../../db/urges.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { authedProblems, withNotFound } from './responses.js';
import { instantOf, rangePage } from './query.js';
import type { App } from '../types.js';

export async function toolSessionsRoutes(app: App): Promise<void> {
  const tags = ['tools'];

  app.post(
    '/api/v1/tool-sessions',
    {
      schema: {
        operationId: 'createToolSession',
        tags,
        summary: 'Record a use of a soothing tool, with distress before and after',
        description:
          '`urgeId`, when given, must be one of your own urges (404 otherwise). Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
        body: CreateToolSessionBody,
        response: { 201: ToolSessionResponse, ...withNotFound },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const startedAt = instantOf(req.body.startedAt, 'startedAt');
      const result = await idempotentCreate(
        app.database,
        req,
        actor,
        'createToolSession',
        async (ex) => {
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
        async (id) => {
          const toolSession = await new ToolSessionsRepo(app.database.db).get(actor, id);
          return toolSession && { toolSession };
        },
        now,
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/api/v1/tool-sessions',
    {
      schema: {
        operationId: 'listToolSessions',
        tags,
        summary: 'Your tool sessions, newest first',
        querystring: ListToolSessionsQuery,
        response: { 200: ToolSessionPage, ...authedProblems },
      },
    },
    async (req) => {
      const { limit } = req.query;
      const rows = await new ToolSessionsRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), limit });
      return pageBy(rows, limit, (s) => s.startedAt);
    },
  );

  app.get(
    '/api/v1/tool-sessions/:id',
    {
      schema: {
        operationId: 'getToolSession',
        tags,
        summary: 'One tool session',
        params: IdParams,
        response: { 200: ToolSessionResponse, ...withNotFound },
      },
    },
    async (req) => {
      const toolSession = await new ToolSessionsRepo(app.database.db).get(actorOf(req), req.params.id);
      if (!toolSession) throw notFound();
      return { toolSession };
    },
  );

  app.delete(
    '/api/v1/tool-sessions/:id',
    {
      schema: {
        operationId: 'deleteToolSession',
        tags,
        summary: 'Delete a tool session for good',
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...withNotFound },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!(await app.database.transaction((trx) => new ToolSessionsRepo(trx).delete(actor, req.params.id)))) throw notFound();
      return reply.code(204).send(null);
    },
  );
}
