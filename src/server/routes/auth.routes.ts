import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Problem } from '../../contracts/common.js';
import { AuthResponse, ChangePasswordBody, LoginBody, SignupBody, type User } from '../../contracts/auth.js';
import { LoginResult } from '../../contracts/two-step.js';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, SESSION_FAILURE_LIMIT, slowdownMs } from '../../core/auth/throttle.js';
import { accountThrottleKey, hashToken } from '../../core/auth/tokens.js';
import { TrustedDevicesRepo } from '../../db/trusted-devices.repo.js';
import { isUniqueViolation } from '../../db/database.js';
import { SessionsRepo } from '../../db/sessions.repo.js';
import { UsersRepo, type UserRow } from '../../db/users.repo.js';
import { burnVerify, hashPassword, verifyPassword } from '../auth/password.js';
import { clearSessionCookie, startSession } from '../auth/sessions.js';
import { beginSecondStep } from '../auth/second-step.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { readDeviceToken, trustDevice, trustedDeviceHash } from '../auth/devices.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { authedProblems } from './responses.js';
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
  };
}

// Same words whether the email is unknown or the password wrong: the answer must not say which.
const wrongCredentials = () => new HttpProblem(401, 'Email or password is incorrect', 'Check both and try again.');

export async function authRoutes(app: App): Promise<void> {
  const throttle = () => new PasswordThrottle(app.database.db, app.clock);

  app.post(
    '/api/v1/auth/signup',
    {
      config: { public: true },
      schema: {
        operationId: 'signup',
        tags: ['auth'],
        summary: 'Create an account and start a session',
        body: SignupBody,
        response: { 201: AuthResponse, 400: Problem, 429: Problem },
      },
    },
    async (req, reply) => {
      const ipKey = `ip:${req.ip}`;
      await throttle().check([[ipKey, ADDRESS_FAILURE_LIMIT]]);
      const b = req.body;
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
        // Counted like a failed login so the signup form cannot be used to sweep for addresses.
        await throttle().fail([ipKey]);
        throw new HttpProblem(400, 'We could not create that account', 'If you already have an account, log in instead.', [
          { field: 'email', in: 'body', message: 'Try logging in, or use another email address' },
        ]);
      }
    },
  );

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Start a session, or the second step for a person with a second factor (then completeLogin)',
        body: LoginBody,
        response: { 200: LoginResult, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (req, reply) => {
      const accountKey = accountThrottleKey(req.body.email);
      const ipKey = `ip:${req.ip}`;
      const user = await new UsersRepo(app.database.db).findByEmail(req.body.email);
      // An unknown email takes the same path as a known one on a browser it has never used.
      const device = user ? await trustedDeviceHash(app.database.db, req, user.id) : null;
      const clientKey = device ? `${accountKey}:device:${device}` : `${accountKey}:ip:${req.ip}`;
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

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        operationId: 'logout',
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: z.null().describe('Signed out'), ...authedProblems },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await new SessionsRepo(app.database.db).revoke(actor, actor.sessionId);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: ['auth'],
        summary: 'Change password; other sessions are ended',
        body: ChangePasswordBody,
        response: { 204: z.null().describe('Password changed'), ...authedProblems, 429: Problem },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const users = new UsersRepo(app.database.db);
      const user = await users.get(actor);
      if (!user) throw wrongCredentials();
      // Counted for this session alone: nobody else's failed logins can stop a password change.
      const sessionKey = `session:${actor.sessionId}`;
      await throttle().reserve([[sessionKey, SESSION_FAILURE_LIMIT]]);
      if (!(await verifyPassword(user.passwordHash, req.body.currentPassword))) {
        throw new HttpProblem(400, 'Current password is incorrect', undefined, [
          { field: 'currentPassword', in: 'body', message: 'This is not your current password' },
        ]);
      }
      const passwordHash = await hashPassword(req.body.newPassword);
      const now = app.clock().toISOString();
      await app.database.transaction(async (trx) => {
        await new UsersRepo(trx).update(actor, { passwordHash }, now);
        // Anyone who knew the old password may hold a session; only this one survives.
        await new SessionsRepo(trx).revokeAllExcept(actor, actor.sessionId);
        // …and any browser they logged in from stops counting as the person's own.
        const here = readDeviceToken(req);
        await new TrustedDevicesRepo(trx).forgetOthers(actor.userId, here ? hashToken(here) : null);
      });
      await throttle().succeeded([sessionKey], []);
      return reply.code(204).send(null);
    },
  );
}
