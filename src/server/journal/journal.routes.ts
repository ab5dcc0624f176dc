import { randomUUID } from 'node:crypto';
import { journalTable } from '../../contracts/journal/journal.routes.js';
import { type JournalEntry } from '../../contracts/journal/journal.js';
import { decodeCursor, pageFrom } from '../../core/paging.js';
import { detectCrisis } from '../../core/safety/crisis.js';
import { JournalRepo } from '../../db/journal/journal.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, mergeDefined, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = (entry: JournalEntry) => ({ entry, safety: { crisis: detectCrisis(entry.text).crisis } });

export async function journalRoutes(app: App): Promise<void> {
  const tags = ['journal'];

  route(
    app,
    journalTable.createJournalEntry,
    {
      tags,
      summary: 'Write a private journal entry',
      description: 'Accepts an Idempotency-Key header: a retry with the same key returns the first result.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createJournalEntry',
        create: async (ex) => {
          const iso = now.toISOString();
          const entry: JournalEntry = {
            id: randomUUID(),
            // A mood-only entry keeps an empty text: the column stays NOT NULL and exports stay one shape.
            text: req.body.text?.trim() ? req.body.text : '',
            mood: req.body.mood ?? null,
            tags: req.body.tags ?? [],
            prompt: req.body.prompt ?? null,
            createdAt: iso,
            updatedAt: iso,
          };
          await new JournalRepo(ex).insert(actor, entry);
          return { id: entry.id, result: withSafety(entry) };
        },
        replay: async (id) => {
          const entry = await new JournalRepo(app.database.db).get(actor, id);
          return entry && withSafety(entry);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(app, journalTable.listJournalEntries, { tags, summary: 'Your entries, newest first' }, async (req) => {
    const actor = actorOf(req);
    const { tag, limit, cursor } = req.query;
    const after = cursorOf(cursor, decodeCursor);
    const rows = await new JournalRepo(app.database.db).list(actor, { tag, after, limit });
    return pageFrom(rows, limit);
  });

  route(app, journalTable.getJournalEntry, { tags, summary: 'One entry' }, async (req) => {
    const entry = ownedOr404(await new JournalRepo(app.database.db).get(actorOf(req), req.params.id));
    return withSafety(entry);
  });

  route(app, journalTable.updateJournalEntry, { tags, summary: 'Edit an entry' }, async (req) => {
    const actor = actorOf(req);
    const updated = await app.database.transaction(async (trx) => {
      const repo = new JournalRepo(trx);
      const current = await repo.get(actor, req.params.id);
      if (!current) return undefined;
      const b = req.body;
      const next: JournalEntry = {
        ...mergeDefined(current, b),
        updatedAt: app.clock().toISOString(),
      };
      await repo.update(actor, next);
      return next;
    });
    if (!updated) throw notFound();
    return withSafety(updated);
  });

  route(app, journalTable.deleteJournalEntry, { tags, summary: 'Delete an entry for good' }, async (req, reply) => {
    return deleteOr404(reply, new JournalRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
