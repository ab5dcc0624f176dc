import { randomUUID } from 'node:crypto';
import { invitationsTable } from '../../contracts/social/invitations.routes.js';
import { type Invitation } from '../../contracts/social/invitations.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { invitationSummary } from '../../core/social/invitations.js';
import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../../db/database.js';
import { InvitationsRepo } from '../../db/social/invitations.repo.js';
import { PeopleRepo } from '../../db/social/people.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { notFound } from '../problem.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404, ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const withSafety = (invitation: Invitation) => ({
  invitation,
  safety: { crisis: containsCrisisLanguage(invitation.text, invitation.note) },
});

/** Someone else's person id answers 404, exactly like one that does not exist. */
async function checkPerson(ex: Executor, actor: Actor, personId: string | null): Promise<void> {
  if (personId !== null && !(await new PeopleRepo(ex).owned(actor, [personId])).has(personId)) throw notFound();
}

export async function invitationsRoutes(app: App): Promise<void> {
  const tags = ['social'];

  route(
    app,
    invitationsTable.createInvitation,
    {
      tags,
      summary: 'Note a low-stakes invitation: planned, sent, or already answered',
      description: 'Ideas and ready wording are in the contract (INVITATION_SUGGESTIONS). Accepts an Idempotency-Key header.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const now = app.clock();
      const b = req.body;
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createInvitation',
        create: async (ex) => {
          const personId = b.personId ?? null;
          await checkPerson(ex, actor, personId);
          const iso = now.toISOString();
          const invitation: Invitation = {
            id: randomUUID(),
            idea: b.idea,
            text: b.text,
            personId,
            status: b.status,
            note: b.note || null,
            plannedFor: b.plannedFor ?? null,
            statusChangedAt: iso,
            createdAt: iso,
            updatedAt: iso,
          };
          await new InvitationsRepo(ex).insert(actor, invitation);
          return { id: invitation.id, result: withSafety(invitation) };
        },
        replay: async (id) => {
          const invitation = await new InvitationsRepo(app.database.db).get(actor, id);
          return invitation && withSafety(invitation);
        },
        now,
      });
      return reply.code(201).send(result);
    },
  );

  route(app, invitationsTable.listInvitations, { tags, summary: 'Your invitations, newest first' }, async (req) => {
    const { limit, cursor, status, personId } = req.query;
    const rows = await new InvitationsRepo(app.database.db).list(actorOf(req), {
      status,
      personId,
      after: cursorOf(cursor, decodeKey),
      limit,
    });
    return pageBy(rows, limit, (i) => i.createdAt);
  });

  route(
    app,
    invitationsTable.getInvitationSummary,
    {
      tags: ['insights', ...tags],
      summary: 'How invitations turned out: the acceptance rate by month, with its counts',
      description: 'Declines and silences are described as timing and energy, not rejection.',
    },
    async (req) => {
      const actor = actorOf(req);
      const timeZone = (await new UsersRepo(app.database.db).timeZoneOf(actor.userId)) ?? 'UTC';
      return invitationSummary(await new InvitationsRepo(app.database.db).outcomes(actor), timeZone);
    },
  );

  route(
    app,
    invitationsTable.updateInvitation,
    { tags, summary: 'Change an invitation, e.g. record that it was sent, accepted, declined or had no answer' },
    async (req) => {
      const actor = actorOf(req);
      const b = req.body;
      const now = app.clock().toISOString();
      const next = await app.database.transaction(async (trx) => {
        const repo = new InvitationsRepo(trx);
        const current = ownedOr404(await repo.get(actor, req.params.id));
        if (b.personId !== undefined) await checkPerson(trx, actor, b.personId);
        const status = b.status ?? current.status;
        const updated: Invitation = {
          ...current,
          idea: b.idea ?? current.idea,
          text: b.text ?? current.text,
          personId: b.personId === undefined ? current.personId : b.personId,
          status,
          note: b.note === undefined ? current.note : b.note || null,
          plannedFor: b.plannedFor === undefined ? current.plannedFor : b.plannedFor,
          statusChangedAt: status === current.status ? current.statusChangedAt : now,
          updatedAt: now,
        };
        if (!(await repo.update(actor, updated))) throw notFound();
        return updated;
      });
      return withSafety(next);
    },
  );

  route(app, invitationsTable.deleteInvitation, { tags, summary: 'Delete an invitation for good' }, async (req, reply) => {
    return deleteOr404(reply, new InvitationsRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
