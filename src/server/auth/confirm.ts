import type { Actor } from '../../core/auth/actor.js';
import { ACCOUNT_FAILURE_LIMIT } from '../../core/auth/throttle.js';
import { accountThrottleKey } from '../../core/auth/tokens.js';
import { UsersRepo, type UserRow } from '../../db/users.repo.js';
import { HttpProblem, unauthorized } from '../problem.js';
import type { App } from '../types.js';
import { verifyPassword } from './password.js';
import { PasswordThrottle } from './throttle.js';

/**
 * Re-entering the password before something that cannot be undone (deleting the account, ending
 * a pair). Wrong answers share the login's per-account failure budget, so this is no side door
 * for guessing. `notDone` tells the person what did not happen.
 */
export async function confirmPassword(app: App, actor: Actor, password: string, notDone: string): Promise<UserRow> {
  const user = await new UsersRepo(app.database.db).get(actor);
  if (!user) throw unauthorized();
  const throttle = new PasswordThrottle(app.database.db, app.clock);
  const accountKey = accountThrottleKey(user.email);
  await throttle.check([[accountKey, ACCOUNT_FAILURE_LIMIT]]);
  if (!(await verifyPassword(user.passwordHash, password))) {
    await throttle.fail([accountKey]);
    throw new HttpProblem(400, 'Password is incorrect', notDone, [{ field: 'password', in: 'body', message: 'This is not your password' }]);
  }
  return user;
}
