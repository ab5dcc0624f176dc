import { randomUUID } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ABSOLUTE_LIFETIME_MS, DEFAULT_IDLE, IDLE_MINUTES, sessionExpiry } from '../../core/account/session-policy.js';
import { hashToken, newToken } from '../../core/account/tokens.js';
import type { Executor } from '../../db/database.js';
import { SessionsRepo, type SessionRow } from '../../db/account/sessions.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';

/** Refreshing last-seen on every request would turn every read into a write. */
export const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

const SECURE_NAME = '__Host-steady_session';
const PLAIN_NAME = 'steady_session';

/** `__Host-` cookies need Secure, which browsers refuse over plain http://localhost. */
function isHttps(req: FastifyRequest): boolean {
  return req.protocol === 'https';
}

/*
 * The session cookie is the only cookie Steady reads or writes, so it is parsed and written here
 * with the `cookie` package rather than through @fastify/cookie, whose hooks ran on every request
 * and every response, pages and API calls alike, to offer cookies nothing else uses.
 */

export function readSessionToken(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const cookies = parseCookie(header);
  // Over HTTPS only the `__Host-` cookie counts: a plain one could have been planted by anything
  // on the network or a sibling subdomain, which is what the prefix exists to prevent.
  return isHttps(req) ? cookies[SECURE_NAME] : (cookies[SECURE_NAME] ?? cookies[PLAIN_NAME]);
}

export async function startSession(db: Executor, req: FastifyRequest, reply: FastifyReply, userId: string, now: Date): Promise<SessionRow> {
  // A session this browser still holds ends here, whoever it belonged to: after a log-out that
  // could not reach the server (offline), the next person to sign in on the device closes it.
  const previous = readSessionToken(req);
  if (previous) await new SessionsRepo(db).endByTokenHash(hashToken(previous));
  const token = newToken();
  const iso = now.toISOString();
  const idleMinutes = (await new UsersRepo(db).sessionIdleMinutes(userId)) ?? IDLE_MINUTES[DEFAULT_IDLE];
  const session: SessionRow = {
    id: randomUUID(),
    userId,
    csrfToken: newToken(),
    userAgent: (req.headers['user-agent'] ?? '').slice(0, 200) || null,
    createdAt: iso,
    lastSeenAt: iso,
    expiresAt: sessionExpiry(iso, iso, idleMinutes),
    // Logging in is proving it is the person: an export right after needs no second password.
    authenticatedAt: iso,
  };
  await new SessionsRepo(db).insert({ ...session, tokenHash: hashToken(token) });
  // The cookie may outlive an idle end (the server decides that); never the absolute one.
  setSessionCookie(req, reply, token, { maxAge: ABSOLUTE_LIFETIME_MS / 1000 });
  return session;
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  setSessionCookie(req, reply, '', { expires: new Date(0), maxAge: 0 });
}

function setSessionCookie(req: FastifyRequest, reply: FastifyReply, value: string, lifetime: { maxAge: number; expires?: Date }): void {
  const secure = isHttps(req);
  void reply.header(
    'set-cookie',
    stringifySetCookie({ name: secure ? SECURE_NAME : PLAIN_NAME, value, path: '/', httpOnly: true, sameSite: 'lax', secure, ...lifetime }),
  );
}
