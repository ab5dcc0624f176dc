import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthResponse } from '../../contracts/account/auth.js';
import type { UserRow } from '../../db/account/users.repo.js';
import type { App } from '../types.js';
import { publicUser } from '../account/public-user.js';
import { trustDevice, trustedDeviceHash } from './devices.js';
import { startSession } from './sessions.js';

/** The last step of every way in (password alone, second step, passkey): trust this browser, start a fresh session. */
export async function signIn(app: App, req: FastifyRequest, reply: FastifyReply, user: UserRow): Promise<AuthResponse> {
  const now = app.clock();
  const device = await trustedDeviceHash(app.database.db, req, user.id);
  await trustDevice(app.database.db, req, reply, user.id, device, now);
  const session = await startSession(app.database.db, req, reply, user.id, now);
  return { user: publicUser(user), csrfToken: session.csrfToken };
}
