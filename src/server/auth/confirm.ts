import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import { REAUTH_REQUIRED } from '../../contracts/account/auth.js';
import type { Actor } from '../../core/account/actor.js';
import { recentlyAuthenticated } from '../../core/account/session-policy.js';
import { SESSION_FAILURE_LIMIT } from '../../core/account/throttle.js';
import { sessionThrottleKey } from '../../core/account/tokens.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { UsersRepo, type UserRow } from '../../db/account/users.repo.js';
import { HttpProblem, unauthorized } from '../problem.js';
import type { App } from '../types.js';
import { verifyPassword } from './password.js';
import { PasswordThrottle } from './throttle.js';
import { codeAnswers } from './second-factor.js';
import { sessionPasskeyAnswered } from './webauthn.js';

/** What a person offers to show it is them with a password; a second factor's code, when sent, must be right too. */
export interface Proof {
  password: string;
  code?: string | undefined;
}

export interface ConfirmOptions {
  /** Tells the person what did not happen. */
  notDone: string;
  /** The body field the proof's password came in, named in the 400 (e.g. `currentPassword`). */
  field?: string;
}

/**
 * The one place that decides "is this really the person": before deleting the account, ending a
 * pair, changing the password, and in `reauthenticate` (which then lets exports through for a few
 * minutes). A second factor plugs in here, so every one of those asks for it at once.
 * Wrong answers are limited per session, so a stolen session is no side door for guessing;
 * `confirmWithPasskey` below shares that budget.
 */
export async function confirmItsYou(app: App, actor: Actor, proof: Proof, options: ConfirmOptions): Promise<UserRow> {
  const user = await new UsersRepo(app.database.db).get(actor);
  if (!user) throw unauthorized();
  await withinSessionBudget(app, actor, async () => {
    if (!(await verifyPassword(user.passwordHash, proof.password))) {
      const field = options.field ?? 'password';
      throw new HttpProblem(400, 'Password is incorrect', options.notDone, [
        { field, in: 'body', message: field === 'password' ? 'This is not your password' : 'This is not your current password' },
      ]);
    }
    // A code sent beside the password is checked, never ignored: a wrong one must not pass as "confirmed".
    if (proof.code !== undefined && !(await codeAnswers(app, actor, proof.code))) throw wrongCode(options.notDone);
  });
  return user;
}

/**
 * The same as the password, answered with one of the person's own passkeys over a challenge this
 * session was given (`startPasskeyReauth`). The device checked its PIN or biometric, so this is
 * something the person has and knows at once: it counts as a recent sign-in and as a second factor.
 */
export async function confirmWithPasskey(
  app: App,
  req: FastifyRequest,
  actor: Actor,
  assertion: AuthenticationResponseJSON,
  notDone: string,
): Promise<void> {
  if (!(await new UsersRepo(app.database.db).get(actor))) throw unauthorized();
  await withinSessionBudget(app, actor, async () => {
    if (await sessionPasskeyAnswered(app, req, actor, 'passkey-reauth', assertion)) return;
    throw new HttpProblem(400, 'That passkey did not work', `${notDone} Try again, or use your password.`, [
      { field: 'passkey', in: 'body', message: 'The passkey could not be checked' },
    ]);
  });
}

const wrongCode = (notDone: string) =>
  new HttpProblem(400, 'That code did not work', notDone, [{ field: 'code', in: 'body', message: 'Check the code and try again' }]);

/**
 * A TOTP or recovery code in place of the password, for someone who has a second factor: counted
 * against the same per-session budget, so a stolen session cannot guess codes either.
 */
export async function confirmWithCode(app: App, actor: Actor, code: string, notDone: string): Promise<void> {
  if (!(await new UsersRepo(app.database.db).get(actor))) throw unauthorized();
  await withinSessionBudget(app, actor, async () => {
    if (!(await codeAnswers(app, actor, code))) throw wrongCode(notDone);
  });
}

/**
 * Runs `check` (which throws when the answer is wrong) against this session's budget of wrong
 * answers, counted for this session alone (core/account/throttle.ts): someone else's failed logins can
 * never stop a person from leaving a pair or deleting their account. A right answer gives the
 * budget back and marks the session as recently confirmed.
 */
async function withinSessionBudget(app: App, actor: Actor, check: () => Promise<void>): Promise<void> {
  const throttle = new PasswordThrottle(app.database.db, app.clock);
  const sessionKey = sessionThrottleKey(actor.sessionId);
  await throttle.reserve([[sessionKey, SESSION_FAILURE_LIMIT]]);
  await check();
  await throttle.succeeded([sessionKey], []);
  await new SessionsRepo(app.database.db).authenticated(actor, app.clock().toISOString());
}

/** The password alone, as the grave steps send it (`{ password }`). */
export function confirmPassword(app: App, actor: Actor, password: string, notDone: string): Promise<UserRow> {
  return confirmItsYou(app, actor, { password }, { notDone });
}

/**
 * For reading everything at once (exports): the session must have proved it is the person within
 * the last few minutes, so someone who finds an unlocked, signed-in browser cannot carry it all off.
 */
export function requireRecentAuth(app: App, req: FastifyRequest): void {
  if (!req.session) throw unauthorized();
  if (recentlyAuthenticated(req.session.authenticatedAt, app.clock())) return;
  throw new HttpProblem(403, 'Please confirm it’s you', 'Enter your password again to download your data.', undefined, undefined, {
    type: REAUTH_REQUIRED,
  });
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
    await confirmItsYou(app, actor, { password: answer.password, code: answer.code }, { notDone });
    return;
  }
  if (answer.code !== undefined) return confirmWithCode(app, actor, answer.code, notDone);
  throw new HttpProblem(400, 'Enter your password', notDone, [{ field: 'password', in: 'body', message: 'Enter your password' }]);
}
