import { randomUUID } from 'node:crypto';
import { draftsTable } from '../../contracts/reassurance/drafts.routes.js';
import { COOL_DOWN_DEFAULT, type Draft } from '../../contracts/reassurance/drafts.js';
import { availableAt, draftInsights, resolved } from '../../core/reassurance/drafts.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { DraftsRepo } from '../../db/reassurance/drafts.repo.js';
import { NotificationsRepo } from '../../db/notifications/notifications.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { planNotifications } from '../notifications/plan.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = (draft: Draft) => ({ draft, safety: { crisis: containsCrisisLanguage(draft.text, draft.feeling) } });

export async function draftsRoutes(app: App): Promise<void> {
  const tags = ['drafts'];

  route(
    app,
    draftsTable.createDraft,
    {
      tags,
      summary: 'Pause before sending: keep a message for a cool-down',
      description: 'Steady never sends the message. Accepts an Idempotency-Key header.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createDraft',
        create: async (ex) => {
          const iso = now.toISOString();
          const minutes = req.body.coolDownMinutes ?? COOL_DOWN_DEFAULT;
          const draft: Draft = {
            id: randomUUID(),
            text: req.body.text,
            feeling: req.body.feeling,
            coolDownMinutes: minutes,
            createdAt: iso,
            availableAt: availableAt(iso, minutes),
            resolvedAt: null,
            outcome: null,
            early: null,
          };
          await new DraftsRepo(ex).insert(actor, draft);
          // "Your pause is over" when the cool-down ends, if the person turned that kind on.
          await planNotifications(
            ex,
            [{ userId: actor.userId, kind: 'draft-pause-ended', dueAt: draft.availableAt, link: '/pause-message', about: draft.id }],
            iso,
          );
          return { id: draft.id, result: withSafety(draft) };
        },
        replay: async (id) => {
          const draft = await new DraftsRepo(app.database.db).get(actor, id);
          return draft && withSafety(draft);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(
    app,
    draftsTable.resolveDraft,
    {
      tags,
      summary: 'Decide what happened to the message: sent, rewritten or let go',
      description: 'Allowed before the cool-down ends; `early` records that it was.',
    },
    async (req) => {
      const actor = actorOf(req);
      const current = ownedOr404(await new DraftsRepo(app.database.db).get(actor, req.params.id));
      if (current.resolvedAt !== null) throw new HttpProblem(409, 'Already decided', 'You already decided what to do with this message.');
      const next = resolved(current, req.body.outcome, app.clock());
      // Decided before the pause ended: its "pause is over" reminder is cancelled with the decision.
      const done = await app.database.transaction(async (trx) => {
        if (!(await new DraftsRepo(trx).resolve(actor, next))) return false;
        await new NotificationsRepo(trx).cancel(actor.userId, 'draft-pause-ended', next.id);
        return true;
      });
      if (!done) throw new HttpProblem(409, 'Already decided', 'You already decided what to do with this message.');
      return withSafety(next);
    },
  );

  route(app, draftsTable.listDrafts, { tags, summary: 'Your paused messages, newest first' }, async (req) => {
    const { limit, cursor } = req.query;
    const rows = await new DraftsRepo(app.database.db).list(actorOf(req), { after: cursorOf(cursor, decodeKey), limit });
    return pageBy(rows, limit, (d) => d.createdAt);
  });

  route(app, draftsTable.deleteDraft, { tags, summary: 'Delete a paused message for good' }, async (req, reply) => {
    const actor = actorOf(req);
    const deleting = app.database.transaction(async (trx) => {
      if (!(await new DraftsRepo(trx).delete(actor, req.params.id))) return false;
      await new NotificationsRepo(trx).forget(actor.userId, 'draft-pause-ended', req.params.id);
      return true;
    });
    return deleteOr404(reply, deleting);
  });

  route(
    app,
    draftsTable.getDraftInsights,
    { tags: ['insights', ...tags], summary: 'How often pausing changed what happened' },
    async (req) => draftInsights(await new DraftsRepo(app.database.db).outcomes(actorOf(req))),
  );
}
