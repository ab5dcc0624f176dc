import { randomUUID } from 'node:crypto';
import { thoughtRecordsTable } from '../../contracts/reassurance/thought-records.routes.js';
import { type ThoughtRecord } from '../../contracts/reassurance/thought-records.js';
import { pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { ThoughtRecordsRepo } from '../../db/reassurance/thought-records.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { instantOf, rangePage } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = (thoughtRecord: ThoughtRecord) => {
  const t = thoughtRecord;
  const crisis = containsCrisisLanguage(t.situation, t.automaticThought, t.emotion, t.evidenceFor, t.evidenceAgainst, t.balancedThought);
  return { thoughtRecord, safety: { crisis } };
};

/** A trap named twice is still one trap. */
const distinct = <T>(xs: T[]): T[] => [...new Set(xs)];

export async function thoughtRecordsRoutes(app: App): Promise<void> {
  const tags = ['thought-records'];

  route(
    app,
    thoughtRecordsTable.createThoughtRecord,
    {
      tags,
      summary: 'Write a thought record',
      description: 'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const occurredAt = instantOf(req.body.occurredAt, 'occurredAt');
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createThoughtRecord',
        create: async (ex) => {
          const iso = now.toISOString();
          const b = req.body;
          const record: ThoughtRecord = {
            id: randomUUID(),
            occurredAt,
            situation: b.situation,
            automaticThought: b.automaticThought,
            emotion: b.emotion,
            emotionIntensity: b.emotionIntensity,
            distortions: distinct(b.distortions),
            evidenceFor: b.evidenceFor,
            evidenceAgainst: b.evidenceAgainst,
            balancedThought: b.balancedThought,
            emotionIntensityAfter: b.emotionIntensityAfter ?? null,
            createdAt: iso,
            updatedAt: iso,
          };
          await new ThoughtRecordsRepo(ex).insert(actor, record);
          return { id: record.id, result: withSafety(record) };
        },
        replay: async (id) => {
          const record = await new ThoughtRecordsRepo(app.database.db).get(actor, id);
          return record && withSafety(record);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(app, thoughtRecordsTable.listThoughtRecords, { tags, summary: 'Your thought records, newest first' }, async (req) => {
    const { limit } = req.query;
    const rows = await new ThoughtRecordsRepo(app.database.db).list(actorOf(req), { ...rangePage(req.query), limit });
    return pageBy(rows, limit, (t) => t.occurredAt);
  });

  route(app, thoughtRecordsTable.getThoughtRecord, { tags, summary: 'One thought record' }, async (req) => {
    const record = ownedOr404(await new ThoughtRecordsRepo(app.database.db).get(actorOf(req), req.params.id));
    return withSafety(record);
  });

  route(
    app,
    thoughtRecordsTable.updateThoughtRecord,
    { tags, summary: 'Edit a thought record, e.g. to add the balanced thought and re-rate the feeling' },
    async (req) => {
      const actor = actorOf(req);
      const b = req.body;
      const occurredAt = b.occurredAt === undefined ? undefined : instantOf(b.occurredAt, 'occurredAt');
      const updated = await app.database.transaction(async (trx) => {
        const repo = new ThoughtRecordsRepo(trx);
        const current = await repo.get(actor, req.params.id);
        if (!current) return undefined;
        const next: ThoughtRecord = {
          ...mergeDefined(current, { ...b, occurredAt, distortions: b.distortions === undefined ? undefined : distinct(b.distortions) }),
          updatedAt: app.clock().toISOString(),
        };
        await repo.update(actor, next);
        return next;
      });
      if (!updated) throw notFound();
      return withSafety(updated);
    },
  );

  route(app, thoughtRecordsTable.deleteThoughtRecord, { tags, summary: 'Delete a thought record for good' }, async (req, reply) => {
    return deleteOr404(reply, new ThoughtRecordsRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
