import { reflectionTopicsTable } from '../../contracts/reassurance/reflection-topics.routes.js';
import { type ReflectionTopic } from '../../contracts/pair/topics.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { ReflectionTopicsRepo } from '../../db/reassurance/reflection-topics.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = (topic: ReflectionTopic) => ({ topic, safety: { crisis: detectCrisis(topic.text).crisis } });

/** The person's own list for their next reflection, filled by parking an urge while no partner is linked. */
export async function reflectionTopicsRoutes(app: App): Promise<void> {
  const tags = ['urges'];

  route(
    app,
    reflectionTopicsTable.listReflectionTopics,
    {
      tags,
      summary: 'Topics you kept for your next reflection',
      description: 'Made by parking an urge while no partner is linked. Only you ever see them.',
    },
    async (req) => ({ items: await new ReflectionTopicsRepo(app.database.db).list(actorOf(req)) }),
  );

  route(
    app,
    reflectionTopicsTable.updateReflectionTopic,
    { tags, summary: 'Reword a topic you kept for your next reflection' },
    async (req) => {
      const topic = ownedOr404(
        await new ReflectionTopicsRepo(app.database.db).update(actorOf(req), req.params.id, req.body.text, app.clock().toISOString()),
      );
      return withSafety(topic);
    },
  );

  route(
    app,
    reflectionTopicsTable.deleteReflectionTopic,
    { tags, summary: 'Delete a topic you kept for your next reflection' },
    async (req, reply) => {
      return deleteOr404(reply, new ReflectionTopicsRepo(app.database.db).delete(actorOf(req), req.params.id));
    },
  );
}
