import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, newToken } from '../../core/account/tokens.js';
import type { Executor } from '../../db/database.js';
import { TrustedDevicesRepo } from '../../db/account/trusted-devices.repo.js';

const SECURE_NAME = '__Host-steady_device';
const PLAIN_NAME = 'steady_device';
/** Browsers keep a cookie at most about 400 days; a year is plenty for "a device I use". */
const DEVICE_TTL_S = 365 * 24 * 60 * 60;

/**
 * A browser that has logged in to an account before carries a random device token (OWASP's
 * "device cookie"). It proves nothing on its own and opens no session; it only lets the throttle
 * tell the person's own browser apart from someone else guessing, so their guesses cannot keep
 * the person out. Only its hash is stored.
 */
export function readDeviceToken(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const cookies = parseCookie(header);
  return req.protocol === 'https' ? cookies[SECURE_NAME] : (cookies[SECURE_NAME] ?? cookies[PLAIN_NAME]);
}

/** The hash of this browser's device token when it is one of this person's, else null. */
export async function trustedDeviceHash(db: Executor, req: FastifyRequest, userId: string): Promise<string | null> {
  const token = readDeviceToken(req);
  if (!token) return null;
  const hash = hashToken(token);
  return (await new TrustedDevicesRepo(db).isTrusted(userId, hash)) ? hash : null;
}

/** After a successful login: keep trusting this browser, or start to (a new token, a new cookie). */
export async function trustDevice(db: Executor, req: FastifyRequest, reply: FastifyReply, userId: string, known: string | null, now: Date) {
  const repo = new TrustedDevicesRepo(db);
  if (known) {
    await repo.trust(userId, known, now.toISOString());
    return;
  }
  const token = newToken();
  await repo.trust(userId, hashToken(token), now.toISOString());
  const secure = req.protocol === 'https';
  void reply.header(
    'set-cookie',
    stringifySetCookie({
      name: secure ? SECURE_NAME : PLAIN_NAME,
      value: token,
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: DEVICE_TTL_S,
    }),
  );
}
