import { randomUUID } from 'node:crypto';
import { authTable } from '../../contracts/routes/auth.routes.js';
import { type User } from '../../contracts/auth.js';
import { passwordProblems } from '../../core/auth/password-policy.js';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, SIGNUP_WINDOW_MS, slowdownMs } from '../../core/auth/throttle.js';
import { idleFromMinutes } from '../../core/auth/session-policy.js';
import { accountAddressThrottleKey, accountThrottleKey, addressThrottleKey, hashToken } from '../../core/auth/tokens.js';
import { TrustedDevicesRepo } from '../../db/trusted-devices.repo.js';
import { isUniqueViolation } from '../../db/database.js';
import { PasswordResetsRepo } from '../../db/password-resets.repo.js';
import { SessionsRepo } from '../../db/sessions.repo.js';
import { UsersRepo, type UserRow } from '../../db/users.repo.js';
import { burnVerify, hashPassword, verifyPassword } from '../auth/password.js';
import { clearSessionCookie, startSession } from '../auth/sessions.js';
import { beginSecondStep } from '../auth/second-step.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { readDeviceToken, trustDevice, trustedDeviceHash } from '../auth/devices.js';
import { confirmItsYou, confirmWithPasskey } from '../auth/confirm.js';
import { sessionPasskeyChallenge } from '../auth/webauthn.js';
import { revokeCapabilityLinks } from '../capability-links.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { route } from './define.js';
import type { App } from '../types.js';

export function publicUser(u: UserRow): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    timeZone: u.timeZone,
    region: u.region,
    focus: u.focus,
    welcome: u.welcome,
    welcomedAt: u.welcomedAt,
    sessionIdle: idleFromMinutes(u.sessionIdleMinutes),
  };
}

// Same words whether the email is unknown or the password wrong: the answer must not say which.
const wrongCredentials = () => new HttpProblem(401, 'Email or password is incorrect', 'Check both and try again.');

export async function authRoutes(app: App): Promise<void> {
  const throttle = () => new PasswordThrottle(app.database.db, app.clock);

  route(
    app,
    authTable.signup,
    { tags: ['auth'], summary: 'Create an account and start a session', config: { public: true } },
    async (req, reply) => {
      const b = req.body;
      // The policy speaks before anything is counted or looked up, and says the same whether or
      // not the email has an account.
      refuseWeakPassword('password', b.password, { email: b.email, displayName: b.displayName });
      const ipKey = addressThrottleKey(req.ip);
      await throttle().check([[ipKey, ADDRESS_FAILURE_LIMIT]]);
      // Every sign-up counts, successful or not: see the note on registered emails below.
      await throttle().reserve([[`signup:${ipKey}`, app.signupLimit]], SIGNUP_WINDOW_MS);
      // Hashed before the email is looked at, so a registered email costs the same time as a new one.
      const passwordHash = await hashPassword(b.password);
      const now = app.clock();
      try {
        const result = await app.database.transaction(async (trx) => {
          const user = await new UsersRepo(trx).insert(
            { id: randomUUID(), email: b.email, passwordHash, displayName: b.displayName, timeZone: b.timeZone, region: b.region },
            now.toISOString(),
          );
          const session = await startSession(trx, req, reply, user.id, now);
          // The browser that made the account is the person's own from the start.
          await trustDevice(trx, req, reply, user.id, null, now);
          return { user: publicUser(user), csrfToken: session.csrfToken };
        });
        return reply.code(201).send(result);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        /*
         * A registered email. Without a way to reach the email's owner (no verification mail), a
         * new address gets an account and a registered one cannot, so the answers must differ
         * somewhere: anyone can learn that an address is registered by trying to take it. What is
         * left to do, and done here:
         * - the answer is one fixed problem, the same whatever password was sent, with no word
         *   saying the address exists, and after the same password hashing as a new account;
         * - it never signs in, even with the right password: that would make sign-up a second
         *   login door, with its own guessing budget and no second factor;
         * - each try costs one of the address's few sign-ups an hour (SIGNUP_LIMIT), so sweeping
         *   a list of emails is slow, and it counts against the address's login budget too.
         * With mail configured, sign-up can answer "check your inbox" to both and close the gap.
         */
        await throttle().fail([ipKey]);
        throw new HttpProblem(400, 'We could not create that account', 'If you already have an account, log in instead.', [
          { field: 'email', in: 'body', message: 'Try logging in, or use another email address' },
        ]);
      }
    },
  );

  route(
    app,
    authTable.login,
    {
      tags: ['auth'],
      summary: 'Start a session, or the second step for a person with a second factor (then completeLogin)',
      config: { public: true },
    },
    async (req, reply) => {
      const accountKey = accountThrottleKey(req.body.email);
      const ipKey = addressThrottleKey(req.ip);
      const user = await new UsersRepo(app.database.db).findByEmail(req.body.email);
      // An unknown email takes the same path as a known one on a browser it has never used.
      const device = user ? await trustedDeviceHash(app.database.db, req, user.id) : null;
      const clientKey = device ? `${accountKey}:device:${device}` : accountAddressThrottleKey(accountKey, req.ip);
      const t = throttle();
      await t.reserve(
        device
          ? [[clientKey, ACCOUNT_FAILURE_LIMIT]]
          : [
              [clientKey, ACCOUNT_FAILURE_LIMIT],
              [ipKey, ADDRESS_FAILURE_LIMIT],
            ],
      );
      if (!device) {
        const wait = slowdownMs(await t.count(accountKey));
        if (wait > 0) await app.sleep(wait);
      }
      const ok = user ? await verifyPassword(user.passwordHash, req.body.password) : await burnVerify(req.body.password);
      if (!user || !ok) throw wrongCredentials();
      await t.succeeded([clientKey], device ? [] : [ipKey, accountKey]);
      // No session yet for someone with a second factor: completeLogin starts it.
      const secondStep = await beginSecondStep(app, req, user.id);
      if (secondStep) return reply.code(200).send(secondStep);
      const now = app.clock();
      await trustDevice(app.database.db, req, reply, user.id, device, now);
      // A fresh session id at every login: a token planted before login is worth nothing after.
      const session = await startSession(app.database.db, req, reply, user.id, now);
      return reply.code(200).send({ user: publicUser(user), csrfToken: session.csrfToken });
    },
  );

  route(app, authTable.logout, { tags: ['auth'], summary: 'End this session', config: { whileLocked: true } }, async (req, reply) => {
    const actor = actorOf(req);
    await new SessionsRepo(app.database.db).revoke(actor, actor.sessionId);
    clearSessionCookie(req, reply);
    return reply.code(204).send(null);
  });

  route(app, authTable.changePassword, { tags: ['auth'], summary: 'Change password; other sessions are ended' }, async (req, reply) => {
    const actor = actorOf(req);
    const user = await confirmItsYou(
      app,
      actor,
      { password: req.body.currentPassword },
      { notDone: 'Your password was not changed.', field: 'currentPassword' },
    );
    refuseWeakPassword('newPassword', req.body.newPassword, { email: user.email, displayName: user.displayName });
    const passwordHash = await hashPassword(req.body.newPassword);
    const now = app.clock().toISOString();
    await app.database.transaction(async (trx) => {
      await new UsersRepo(trx).update(actor, { passwordHash }, now);
      // Anyone who knew the old password may hold a session; only this one survives.
      await new SessionsRepo(trx).revokeAllExcept(actor, actor.sessionId);
      // …and any browser they logged in from stops counting as the person's own.
      const here = readDeviceToken(req);
      await new TrustedDevicesRepo(trx).forgetOthers(actor.userId, here ? hashToken(here) : null);
      await new PasswordResetsRepo(trx).clearForUser(actor.userId);
      // …and links that work without signing in may have been copied too: they stop working.
      await revokeCapabilityLinks(trx, actor, now);
    });
    return reply.code(204).send(null);
  });

  route(
    app,
    authTable.reauthenticate,
    {
      tags: ['auth'],
      summary: 'Confirm it is you, before downloading your data',
      description:
        'Answers 204 when the password is right, or when `passkey` answers startPasskeyReauth’s options; for the next few minutes ' +
        'this session may use operations that answer 403 with type `https://steady.example/problems/reauth-required` otherwise. ' +
        '`code` is accepted for a second factor but not checked yet.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const notDone = 'Nothing was downloaded.';
      const { password, code, passkey } = req.body;
      if (passkey) await confirmWithPasskey(app, req, actor, passkey, notDone);
      else await confirmItsYou(app, actor, { password: password!, code }, { notDone });
      return reply.code(204).send(null);
    },
  );

  route(
    app,
    authTable.startPasskeyReauth,
    { tags: ['auth'], summary: 'WebAuthn options for confirming it is you with one of your passkeys (then reauthenticate)' },
    async (req) => ({ options: await sessionPasskeyChallenge(app, req, actorOf(req), 'passkey-reauth') }),
  );
}

/** 400 naming the field, in the policy's own words (core/auth/password-policy.ts). */
function refuseWeakPassword(field: string, password: string, ctx: { email: string; displayName: string }): void {
  const problems = passwordProblems(password, ctx);
  if (problems.length === 0) return;
  const errors = problems.map((message) => ({ field, in: 'body' as const, message }));
  throw new HttpProblem(400, 'Please choose another password', 'Nothing was saved.', errors);
}
