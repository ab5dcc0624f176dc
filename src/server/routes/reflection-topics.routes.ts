import { z } from 'zod';
import { IdParams } from '../../contracts/common.js';
import { ReflectionTopicList, ReflectionTopicResponse, UpdateReflectionTopicBody, type ReflectionTopic } from '../../contracts/topics.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { ReflectionTopicsRepo } from '../../db/reflection-topics.repo.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { authedProblems, withNotFound } from './responses.js';
import type { App } from '../types.js';

const withSafety = (topic: ReflectionTopic) => ({ topic, safety: { crisis: detectCrisis(topic.text).crisis } });

/** The person's own list for their next reflection, filled by parking an urge while no partner is linked. */
export async function reflectionTopicsRoutes(app: App): Promise<void> {
  const tags = ['urges'];

  app.get(
    '/api/v1/reflection-topics',
    {
      schema: {
        operationId: 'listReflectionTopics',
        tags,
        summary: 'Topics you kept for your next reflection',
        description: 'Made by parking an urge while no partner is linked. Only you ever see them.',
        response: { 200: ReflectionTopicList, ...authedProblems },
      },
    },
    async (req) => ({ items: await new ReflectionTopicsRepo(app.database.db).list(actorOf(req)) }),
  );

  app.patch(
    '/api/v1/reflection-topics/:id',
    {
      schema: {
        operationId: 'updateReflectionTopic',
        tags,
        summary: 'Reword a topic you kept for your next reflection',
        params: IdParams,
        body: UpdateReflectionTopicBody,
        response: { 200: ReflectionTopicResponse, ...withNotFound },
      },
    },
    async (req) => {
      const topic = await new ReflectionTopicsRepo(app.database.db).update(
        actorOf(req),
        req.params.id,
        req.body.text,
        app.clock().toISOString(),
      );
      if (!topic) throw notFound();
      return withSafety(topic);
    },
  );

  app.delete(
    '/api/v1/reflection-topics/:id',
    {
      schema: {
        operationId: 'deleteReflectionTopic',
        tags,
        summary: 'Delete a topic you kept for your next reflection',
        params: IdParams,
        response: { 204: z.null().describe('Deleted'), ...withNotFound },
      },
    },
    async (req, reply) => {
      if (!(await new ReflectionTopicsRepo(app.database.db).delete(actorOf(req), req.params.id))) throw notFound();
      return reply.code(204).send(null);
    },
  );
}
