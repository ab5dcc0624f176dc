import { sessionsTable } from '../../contracts/account/sessions.routes.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { actorOf } from '../plugins/auth.js';
import { route } from '../routes/define.js';
import { deleteOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

export async function sessionsRoutes(app: App): Promise<void> {
  route(app, sessionsTable.listSessions, { tags: ['auth'], summary: 'Your signed-in browsers and devices' }, async (req) => {
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
  });

  route(app, sessionsTable.revokeSession, { tags: ['auth'], summary: 'End one of your sessions' }, async (req, reply) => {
    const actor = actorOf(req);
    return deleteOr404(reply, new SessionsRepo(app.database.db).revoke(actor, req.params.id));
  });
}
