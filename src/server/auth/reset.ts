import { resetExpiry } from '../../core/account/password-reset.js';
import { hashToken, newToken } from '../../core/account/tokens.js';
import type { Database, Executor } from '../../db/database.js';
import { methodsOf, secondFactorsOf } from './second-factor.js';
import { PasswordResetsRepo } from '../../db/account/password-resets.repo.js';
import type { UserRow } from '../../db/account/users.repo.js';

/** Makes a one-time reset token for a person (the web's request and `steady user reset-link` both come here). */
export async function issuePasswordReset(database: Database, userId: string, now: Date): Promise<string> {
  const token = newToken();
  await new PasswordResetsRepo(database.db).issue(userId, hashToken(token), now.toISOString(), resetExpiry(now).toISOString());
  return token;
}

/**
 * Whether a reset must also be confirmed with the person's second factor. A reset link proves
 * control of a mailbox (or of the server, for the CLI's link), which is one factor: for someone
 * who turned on TOTP or a passkey, letting the link alone set a password would make the second
 * factor worthless against whoever reads their mail. Nobody has a second factor yet, so this is
 * false; when second factors land, it answers whether `user` has one, and resetPassword then
 * refuses with `SECOND_FACTOR_REQUIRED` (the token kept) until the body carries a valid factor.
 */
export async function requireSecondFactorForReset(db: Executor, user: UserRow): Promise<boolean> {
  return methodsOf(await secondFactorsOf(db, user.id)).length > 0;
}
