import type { FastifyInstance, FastifyRequest } from 'fastify';
import { APP_LOCKED } from '../../contracts/account/app-lock.js';
import { ACTIVE_TOUCH_MS, isLocked } from '../../core/account/app-lock.js';
import { AppLocksRepo } from '../../db/account/app-locks.repo.js';
import type { SessionRow } from '../../db/account/sessions.repo.js';
import { HttpProblem } from '../problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** True when this request's session is behind the app lock (issue 14.8). */
    appLocked: boolean;
  }
  interface FastifyContextConfig {
    /** Routes a locked session may still use (unlock, lock, log out) say so beside their handler. */
    whileLocked?: boolean;
  }
}

export const appLocked = () =>
  new HttpProblem(423, 'Steady is locked', 'Enter your PIN to carry on. Help lines stay open on the SOS page.', undefined, undefined, {
    type: APP_LOCKED,
  });

/**
 * Called once from the auth hook for every API request with a live session. A locked session is no
 * side door: it reaches only routes marked `whileLocked` and the public ones (crisis lines, the
 * session check, which then names nobody). Requests the app makes while in use move the server's
 * idle clock on; the lock routes and public routes do not, so a lock screen left open stays locked.
 */
export async function applyAppLock(app: FastifyInstance, req: FastifyRequest, session: SessionRow, now: Date): Promise<void> {
  const repo = new AppLocksRepo(app.database.db);
  const lock = await repo.forSession(session.userId, session.id);
  if (!lock) return;
  const config = req.routeOptions.config;
  const locked = isLocked({ lockedAt: lock.lockedAt, activeAt: lock.activeAt ?? session.lastSeenAt, idleMinutes: lock.idleMinutes }, now);
  if (locked) {
    req.appLocked = true;
    if (lock.lockedAt === null) await repo.lock(session.userId, session.id, now.toISOString());
    if (!config.public && !config.whileLocked) throw appLocked();
    return;
  }
  if (config.public || config.whileLocked) return;
  if (lock.activeAt === null || now.getTime() - Date.parse(lock.activeAt) > ACTIVE_TOUCH_MS) {
    await repo.markActive(session.userId, session.id, now.toISOString());
  }
}
