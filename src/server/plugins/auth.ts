import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorFromSession, type Actor } from '../../core/account/actor.js';
import { hashToken, sameToken } from '../../core/account/tokens.js';
import { SessionsRepo, type SessionRow } from '../../db/account/sessions.repo.js';
import { HttpProblem, unauthorized } from '../problem.js';
import { DEFAULT_IDLE, IDLE_MINUTES, sessionExpiry } from '../../core/account/session-policy.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { readSessionToken, TOUCH_INTERVAL_MS } from '../auth/sessions.js';
import { applyAppLock } from '../auth/app-lock.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
  }
  interface FastifyContextConfig {
    /** Routes open to anonymous callers say so beside their handler. */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The only way a handler gets an Actor: from the session this request proved it holds. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.session) throw unauthorized();
  return actorFromSession(req.session);
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('session', null);
  app.decorateRequest('appLocked', false);

  // onRequest runs before the body is parsed or validated, so an anonymous caller learns
  // nothing about a route's input rules: it gets 401 whatever it sent.
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = readSessionToken(req);
    const now = app.clock();
    if (token) {
      const repo = new SessionsRepo(app.database.db);
      const session = await repo.findLive(hashToken(token), now.toISOString());
      if (session) {
        req.session = session;
        // The idle end moves only at a touch, so it may fall up to TOUCH_INTERVAL_MS early; the
        // absolute end (30 days from login) never moves (core/account/session-policy.ts).
        if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
          const idle = (await new UsersRepo(app.database.db).sessionIdleMinutes(session.userId)) ?? IDLE_MINUTES[DEFAULT_IDLE];
          const expires = sessionExpiry(session.createdAt, now.toISOString(), idle);
          await repo.touch(session.id, now.toISOString(), expires);
          session.lastSeenAt = now.toISOString();
          session.expiresAt = expires;
        }
        await applyAppLock(app, req, session, now);
      }
    }
    if (req.routeOptions.config.public) return;
    if (!req.session) throw unauthorized();
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, req.session.csrfToken)) {
        throw new HttpProblem(403, 'Missing or stale security token', 'Reload the page and try again.');
      }
    }
  });
});
