import { invitationsTable } from '../../contracts/social/invitations.routes.js';
import { type Invitation } from '../../contracts/social/invitations.js';
import { decodeKey, pageBy } from '../../core/paging.js';
import { containsCrisisLanguage } from '../../core/safety/crisis.js';
import { invitationSummary } from '../../core/social/invitations.js';
import { InvitationsRepo } from '../../db/social/invitations.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { idempotentCreate } from '../idempotency.js';
import { actorOf } from '../plugins/auth.js';
import { cursorOf } from '../routes/query.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import { InvitationsService } from './invitations.service.js';
import type { App } from '../types.js';

const withSafety = (invitation: Invitation) => ({
  invitation,
  safety: { crisis: containsCrisisLanguage(invitation.text, invitation.note) },
});

export async function invitationsRoutes(app: App): Promise<void> {
  const tags = ['social'];
  const invitations = new InvitationsService(app);

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
      const result = await idempotentCreate(app.database, {
        req,
        actor,
        operation: 'createInvitation',
        create: async (ex) => {
          const invitation = await invitations.create(ex, actor, req.body);
          return { id: invitation.id, result: withSafety(invitation) };
        },
        replay: async (id) => {
          const invitation = await new InvitationsRepo(app.database.db).get(actor, id);
          return invitation && withSafety(invitation);
        },
        now: app.clock(),
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
    async (req) => withSafety(await invitations.update(actorOf(req), req.params.id, req.body)),
  );

  route(app, invitationsTable.deleteInvitation, { tags, summary: 'Delete an invitation for good' }, async (req, reply) => {
    return deleteOr404(reply, new InvitationsRepo(app.database.db).delete(actorOf(req), req.params.id));
  });
}
