import { randomUUID } from 'node:crypto';
import { kudosTable } from '../../contracts/pair/kudos.routes.js';
import { type Kudos } from '../../contracts/pair/kudos.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { KudosRepo } from '../../db/pair/kudos.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { pairMemberOf } from './pair-access.js';
import { actorOf } from '../plugins/auth.js';
import { publishToPair } from './pair-events.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const withSafety = (kudos: Kudos) => ({ kudos, safety: { crisis: detectCrisis(kudos.text).crisis } });

export async function kudosRoutes(app: App): Promise<void> {
  const tags = ['pair'];

  route(
    app,
    kudosTable.giveKudos,
    {
      tags,
      summary: 'Acknowledge your partner’s effort to steady themselves',
      description: 'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const member = await pairMemberOf(app, req);
      const now = app.clock();
      const result = await idempotentCreate(app.database, {
        req,
        actor: actorOf(req),
        operation: 'giveKudos',
        create: async (ex) => {
          const kudos: Kudos = {
            id: randomUUID(),
            giverId: member.userId,
            text: req.body.text,
            category: req.body.category ?? null,
            createdAt: now.toISOString(),
          };
          await new KudosRepo(ex).insert(member, kudos);
          return { id: kudos.id, result: withSafety(kudos) };
        },
        replay: async (id) => {
          const kudos = await new KudosRepo(app.database.db).get(member, id);
          return kudos && withSafety(kudos);
        },
        now,
      });
      await publishToPair(app, member, 'kudos.given', result.kudos.id, result.kudos.createdAt);
      return reply.code(201).send(result);
    },
  );

  route(app, kudosTable.listKudos, { tags, summary: 'Kudos between you two, newest first' }, async (req) => {
    const member = await pairMemberOf(app, req);
    const after = cursorOf(req.query.cursor, decodeKey);
    const rows = await new KudosRepo(app.database.db).list(member, after, req.query.limit);
    return pageBy(rows, req.query.limit, (k) => k.createdAt);
  });
}
