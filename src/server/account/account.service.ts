import type { z } from 'zod';
import type { UpdateProfileBody } from '../../contracts/account/auth.js';
import type { Actor } from '../../core/account/actor.js';
import { passwordProblems } from '../../core/account/password-policy.js';
import { IDLE_MINUTES, sessionExpiry } from '../../core/account/session-policy.js';
import { PasswordResetsRepo } from '../../db/account/password-resets.repo.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { TrustedDevicesRepo } from '../../db/account/trusted-devices.repo.js';
import { UsersRepo, type UserRow } from '../../db/account/users.repo.js';
import { hashPassword } from '../auth/password.js';
import { unauthorized, HttpProblem } from '../problem.js';
import type { ServiceDeps } from '../service.js';
import { deleteAccount } from './account.js';
import { revokeCapabilityLinks } from './capability-links.js';

/** 400 naming the field, in the policy's own words (core/account/password-policy.ts). */
export function refuseWeakPassword(field: string, password: string, ctx: { email: string; displayName: string }): void {
  const problems = passwordProblems(password, ctx);
  if (problems.length === 0) return;
  const errors = problems.map((message) => ({ field, in: 'body' as const, message }));
  throw new HttpProblem(400, 'Please choose another password', 'Nothing was saved.', errors);
}

/** Who is changing their password, already confirmed as the person (auth/confirm.ts), and from where. */
export interface PasswordChange {
  user: Pick<UserRow, 'email' | 'displayName'>;
  newPassword: string;
  /** The hash of this browser's trusted-device token, when it has one: the one device kept. */
  keepDeviceHash: string | null;
}

/**
 * The person's own account: profile changes that reach every session, a password change that
 * shuts every other way in, and deletion that tells a partner who stays. The checks that this is
 * really the person (password, passkey) happen before, in the route; each write here is one
 * transaction, and what others should see is published after it commits.
 */
export class AccountService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Changes what the body names; a new idle time applies at once to every session of the person's. */
  async updateProfile(actor: Actor, body: z.output<typeof UpdateProfileBody>): Promise<UserRow> {
    const { sessionIdle, ...rest } = body;
    const now = this.deps.clock().toISOString();
    await this.deps.database.transaction(async (trx) => {
      await new UsersRepo(trx).update(actor, { ...rest, ...(sessionIdle && { sessionIdleMinutes: IDLE_MINUTES[sessionIdle] }) }, now);
      // A shorter idle time applies at once, to every session of the person's.
      if (sessionIdle) {
        const sessions = new SessionsRepo(trx);
        for (const s of await sessions.timesOf(actor, now)) {
          await sessions.setExpiry(actor, s.id, sessionExpiry(s.createdAt, s.lastSeenAt, IDLE_MINUTES[sessionIdle]));
        }
      }
    });
    const user = await new UsersRepo(this.deps.database.db).get(actor);
    if (!user) throw unauthorized();
    return user;
  }

  /**
   * A new password (refused by the policy before anything is written); whoever knew the old one
   * loses every other session, trusted browser, reset link and capability link, in one transaction.
   */
  async changePassword(actor: Actor, { user, newPassword, keepDeviceHash }: PasswordChange): Promise<void> {
    refuseWeakPassword('newPassword', newPassword, { email: user.email, displayName: user.displayName });
    const passwordHash = await hashPassword(newPassword);
    const now = this.deps.clock().toISOString();
    await this.deps.database.transaction(async (trx) => {
      await new UsersRepo(trx).update(actor, { passwordHash }, now);
      // Anyone who knew the old password may hold a session; only this one survives.
      await new SessionsRepo(trx).revokeAllExcept(actor, actor.sessionId);
      // …and any browser they logged in from stops counting as the person's own.
      await new TrustedDevicesRepo(trx).forgetOthers(actor.userId, keepDeviceHash);
      await new PasswordResetsRepo(trx).clearForUser(actor.userId);
      // …and links that work without signing in may have been copied too: they stop working.
      await revokeCapabilityLinks(trx, actor, now);
    });
  }

  /** Deletes the account and everything in it (account.ts); a partner who stays is told the pair ended. */
  async delete(actor: Actor, email: string): Promise<void> {
    const now = this.deps.clock().toISOString();
    const ended = await deleteAccount(this.deps.database, actor, email, now);
    // The partner's screen fetches the kind words itself; the event only says that it ended.
    if (ended && ended.partnerIds.length > 0)
      await this.deps.events.publish({ recipients: ended.partnerIds, event: { type: 'pair.ended', id: ended.pairId, at: now } });
  }
}
