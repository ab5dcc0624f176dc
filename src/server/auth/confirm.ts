import type { Actor } from '../../core/auth/actor.js';
import { SESSION_FAILURE_LIMIT } from '../../core/auth/throttle.js';
import { UsersRepo, type UserRow } from '../../db/users.repo.js';
import { HttpProblem, unauthorized } from '../problem.js';
import type { App } from '../types.js';
import { verifyPassword } from './password.js';
import { PasswordThrottle } from './throttle.js';
import { confirmSecondFactor } from './second-factor.js';

/**
 * Re-entering the password before something that cannot be undone (deleting the account, ending
 * a pair). Wrong answers are limited per session, so a stolen session is no side door for
 * guessing. `notDone` tells the person what did not happen.
 */
export async function confirmPassword(app: App, actor: Actor, password: string, notDone: string): Promise<UserRow> {
  const user = await new UsersRepo(app.database.db).get(actor);
  if (!user) throw unauthorized();
  // Counted for this session alone (core/auth/throttle.ts): someone else's failed logins can never
  // stop a person from leaving a pair or deleting their account.
  const throttle = new PasswordThrottle(app.database.db, app.clock);
  const sessionKey = `session:${actor.sessionId}`;
  await throttle.reserve([[sessionKey, SESSION_FAILURE_LIMIT]]);
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new HttpProblem(400, 'Password is incorrect', notDone, [{ field: 'password', in: 'body', message: 'This is not your password' }]);
  }
  await throttle.succeeded([sessionKey], []);
  return user;
}

/**
 * For re-authentication where a person may answer with their password or, if they have one, a
 * second factor's code. The second factor's rules live in second-factor.ts.
 */
export async function confirmPasswordOrCode(
  app: App,
  actor: Actor,
  answer: { password?: string | undefined; code?: string | undefined },
  notDone: string,
): Promise<void> {
  if (answer.password !== undefined) {
    await confirmPassword(app, actor, answer.password, notDone);
    return;
  }
  if (answer.code !== undefined) return confirmSecondFactor(app, actor, answer.code, notDone);
  throw new HttpProblem(400, 'Enter your password', notDone, [{ field: 'password', in: 'body', message: 'Enter your password' }]);
}
