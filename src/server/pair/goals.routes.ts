import { randomUUID } from 'node:crypto';
import { goalsTable } from '../../contracts/pair/goals.routes.js';
import { type Goal } from '../../contracts/pair/goals.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { GoalsRepo, type GoalViewer } from '../../db/pair/goals.repo.js';
import { optionalPairMemberOf } from './pair-access.js';
import { publishToPair } from './pair-events.js';
import { actorOf } from '../plugins/auth.js';
import { badRequest, HttpProblem, notFound } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';
import type { FastifyRequest } from 'fastify';

/**
 * The verdict is about the words the caller just wrote (a new title, a progress note), never the
 * goal's other notes: on a joint goal those may be the partner's, and judging them would tell the
 * caller something about the partner's private state and show help to the wrong person.
 */
const withSafety = (goal: Goal, ...written: Array<string | undefined>) => ({
  goal,
  safety: { crisis: containsCrisisLanguage(...written) },
});

/** Whether the partner's screens hear of a change: joint goals and personal goals shared with them. */
const seenByPartner = (g: Pick<Goal, 'scope' | 'shared'>) => g.scope === 'joint' || g.shared;

export async function goalsRoutes(app: App): Promise<void> {
  const tags = ['goals'];

  const viewerOf = async (req: FastifyRequest): Promise<GoalViewer> => ({
    actor: actorOf(req),
    member: await optionalPairMemberOf(app, req),
  });

  const announce = async (viewer: GoalViewer, goal: Goal, at: string) => {
    if (viewer.member && seenByPartner(goal)) await publishToPair(app, viewer.member, 'goal.changed', goal.id, at);
  };

  route(
    app,
    goalsTable.createGoal,
    {
      tags,
      summary: 'Set a goal for the week: your own, or a joint one with your partner',
      description: 'Personal goals are private unless `shared`; joint goals belong to the pair (404 when you are not linked).',
    },
    async (req, reply) => {
      const viewer = await viewerOf(req);
      const { title, scope, weekStart, shared } = req.body;
      if (scope === 'joint' && !viewer.member) throw notFound();
      if (scope === 'joint' && shared === false) {
        throw badRequest([{ field: 'shared', in: 'body', message: 'A joint goal is always seen by both of you' }]);
      }
      const at = app.clock().toISOString();
      const goal: Goal = {
        id: randomUUID(),
        ownerId: viewer.actor.userId,
        title,
        scope,
        weekStart,
        shared: scope === 'joint' || shared === true,
        done: false,
        notes: [],
        createdAt: at,
        updatedAt: at,
      };
      await app.database.transaction((trx) => new GoalsRepo(trx).insert(viewer, goal));
      await announce(viewer, goal, at);
      return reply.code(201).send(withSafety(goal, title));
    },
  );

  route(app, goalsTable.listGoals, { tags, summary: 'Your goals, your partner’s shared ones, and your joint ones' }, async (req) => ({
    items: await new GoalsRepo(app.database.db).list(await viewerOf(req), req.query.weekStart),
  }));

  route(
    app,
    goalsTable.updateGoal,
    {
      tags,
      summary: 'Rename, share, mark done, or add a progress note',
      description:
        'Joint goals: either partner. Personal goals: only their author (a partner who can see a shared one gets 403; a private one is 404 to them, as if it did not exist).',
    },
    async (req) => {
      const viewer = await viewerOf(req);
      const b = req.body;
      const at = app.clock().toISOString();
      const updated = await app.database.transaction(async (trx) => {
        const repo = new GoalsRepo(trx);
        const current = await repo.get(viewer, req.params.id);
        if (!current) return undefined;
        if (current.scope === 'personal' && current.ownerId !== viewer.actor.userId) {
          throw new HttpProblem(403, 'Your partner’s goal', 'You can cheer it on; only they change it.');
        }
        if (current.scope === 'joint' && b.shared === false) {
          throw badRequest([{ field: 'shared', in: 'body', message: 'A joint goal is always seen by both of you' }]);
        }
        const next = {
          ...current,
          ...(b.title !== undefined && { title: b.title }),
          ...(b.shared !== undefined && current.scope === 'personal' && { shared: b.shared }),
          ...(b.done !== undefined && { done: b.done }),
          updatedAt: at,
        };
        await repo.update(viewer, next);
        if (b.note !== undefined) await repo.addNote(viewer.actor, current.id, { id: randomUUID(), text: b.note, createdAt: at });
        return repo.get(viewer, current.id);
      });
      if (!updated) throw notFound();
      await announce(viewer, updated, at);
      return withSafety(updated, b.title, b.note);
    },
  );
}
