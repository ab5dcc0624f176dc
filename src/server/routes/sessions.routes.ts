import { z } from 'zod';
import { IdParams } from '../../contracts/common.js';
import { SessionList } from '../../contracts/auth.js';
import { SessionsRepo } from '../../db/sessions.repo.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { authedProblems, withNotFound } from './responses.js';
import type { App } from '../types.js';

export async function sessionsRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/sessions',
    {
      schema: {
        operationId: 'listSessions',
        tags: ['auth'],
        summary: 'Your signed-in browsers and devices',
        response: { 200: SessionList, ...authedProblems },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await new SessionsRepo(app.database.db).list(actor, app.clock().toISOString());
      return {
        items: rows.map((s) => ({
          id: s.id,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          userAgent: s.userAgent,
          current: s.id === actor.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/api/v1/sessions/:id',
    {
      schema: {
        operationId: 'revokeSession',
        tags: ['auth'],
        summary: 'End one of your sessions',
        params: IdParams,
        response: { 204: z.null().describe('Session ended'), ...withNotFound },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!(await new SessionsRepo(app.database.db).revoke(actor, req.params.id))) throw notFound();
      return reply.code(204).send(null);
    },
  );
}
