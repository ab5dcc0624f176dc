import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authTable } from '../../contracts/account/auth.routes.js';
import { type AuthResponse } from '../../contracts/account/auth.js';
import type { SignupPending } from '../../contracts/account/signup.js';
import {
  SIGNUP_CONFIRM_ADDRESS_LIMIT,
  SIGNUP_MAIL_EMAIL_LIMIT,
  signupConfirmExpiry,
  signupConfirmLink,
} from '../../core/account/signup-confirm.js';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, SIGNUP_WINDOW_MS, slowdownMs } from '../../core/account/throttle.js';
import {
  accountAddressThrottleKey,
  accountThrottleKey,
  addressThrottleKey,
  hashToken,
  newToken,
  signupConfirmThrottleKey,
} from '../../core/account/tokens.js';
import { PendingSignupsRepo, type PendingSignup } from '../../db/account/pending-signups.repo.js';
import { alreadyRegisteredMessage, confirmSignupMessage } from '../mail/signup-messages.js';
import type { MailMessage } from '../mail/mailer.js';
import { isUniqueViolation, type Tx } from '../../db/database.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { burnVerify, hashPassword, verifyPassword } from '../auth/password.js';
import { clearSessionCookie, startSession } from '../auth/sessions.js';
import { beginSecondStep } from '../auth/second-step.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { readDeviceToken, trustDevice, trustedDeviceHash } from '../auth/devices.js';
import { confirmItsYou, confirmPasswordOrCode, confirmWithPasskey } from '../auth/confirm.js';
import { sessionPasskeyChallenge } from '../auth/webauthn.js';
import { AccountService, refuseWeakPassword } from './account.service.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';
import { publicUser } from './public-user.js';

const SIGNUP_PENDING: SignupPending = {
  message: 'We sent a message to that address with what to do next. It can take a few minutes; if it is not there, have a look in spam.',
};

const staleSignupLink = () =>
  new HttpProblem(400, 'This link has expired or was already used', 'You can sign up again, or log in if your account is ready.', [
    { field: 'token', in: 'body', message: 'Sign up again for a new link' },
  ]);

/** The account, its first session, and the browser that made it trusted as the person's own from the start. */
async function createAccount(trx: Tx, req: FastifyRequest, reply: FastifyReply, a: PendingSignup, now: Date): Promise<AuthResponse> {
  const user = await new UsersRepo(trx).insert({ id: randomUUID(), ...a }, now.toISOString());
  const session = await startSession(trx, req, reply, user.id, now);
  await trustDevice(trx, req, reply, user.id, null, now);
  return { user: publicUser(user), csrfToken: session.csrfToken };
}

/** Looked up, written and composed after the answer has gone, so which mail it is never shows in the answer's timing. */
async function signupMail(app: App, base: string, b: PendingSignup, now: Date): Promise<MailMessage> {
  const existing = await new UsersRepo(app.database.db).findByEmail(b.email);
  if (existing) return alreadyRegisteredMessage(existing.email, `${base}/login`, `${base}/forgot`);
  const token = newToken();
  await new PendingSignupsRepo(app.database.db).add(hashToken(token), b, now.toISOString(), signupConfirmExpiry(now).toISOString());
  return confirmSignupMessage(b.email, signupConfirmLink(base, token));
}

// Same words whether the email is unknown or the password wrong: the answer must not say which.
const wrongCredentials = () => new HttpProblem(401, 'Email or password is incorrect', 'Check both and try again.');

export async function authRoutes(app: App): Promise<void> {
  const throttle = () => new PasswordThrottle(app.database.db, app.clock);
  const account = new AccountService(app);

  route(
    app,
    authTable.signup,
    {
      tags: ['auth'],
      summary: 'Create an account and start a session; with mail set up, mail a link that does it instead (202)',
      description:
        'With SMTP_URL set the answer is 202 with the same words for every address: a new one is mailed a link for confirmSignup, ' +
        'a registered one a note with the ways to log in. Without mail the account is made at once (201).',
      config: { public: true },
    },
    async (req, reply) => {
      const b = req.body;
      // The policy speaks before anything is counted or looked up, and says the same whether or
      // not the email has an account.
      refuseWeakPassword('password', b.password, { email: b.email, displayName: b.displayName });
      const ipKey = addressThrottleKey(req.ip);
      await throttle().check([[ipKey, ADDRESS_FAILURE_LIMIT]]);
      // Every sign-up counts, successful or not: see the note on registered emails below.
      await throttle().reserve([[`signup:${ipKey}`, app.signupLimit]], SIGNUP_WINDOW_MS);
      const base = app.publicUrl;
      if (app.mailer && base) {
        // With mail, nobody learns here whether the address has an account: the mailbox is told.
        await throttle().reserve([[`${accountThrottleKey(b.email)}:signup-mail`, SIGNUP_MAIL_EMAIL_LIMIT]], SIGNUP_WINDOW_MS);
        // Hashed for both: a registered address takes as long to answer as a new one.
        const passwordHash = await hashPassword(b.password);
        const now = app.clock();
        const waiting = { email: b.email, passwordHash, displayName: b.displayName, timeZone: b.timeZone, region: b.region };
        app.mailer.send(() => signupMail(app, base, waiting, now));
        return reply.code(202).send(SIGNUP_PENDING);
      }
      // Hashed before the email is looked at, so a registered email costs the same time as a new one.
      const passwordHash = await hashPassword(b.password);
      const now = app.clock();
      try {
        const result = await app.database.transaction((trx) =>
          createAccount(
            trx,
            req,
            reply,
            { email: b.email, passwordHash, displayName: b.displayName, timeZone: b.timeZone, region: b.region },
            now,
          ),
        );
        return reply.code(201).send(result);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        /*
         * A registered email, on a server without mail. With no way to reach the email's owner, a
         * new address gets an account and a registered one cannot, so the answers must differ
         * somewhere: anyone can learn that an address is registered by trying to take it. What is
         * left to do, and done here:
         * - the answer is one fixed problem, the same whatever password was sent, with no word
         *   saying the address exists, and after the same password hashing as a new account;
         * - it never signs in, even with the right password: that would make sign-up a second
         *   login door, with its own guessing budget and no second factor;
         * - each try costs one of the address's few sign-ups an hour (SIGNUP_LIMIT), so sweeping
         *   a list of emails is slow, and it counts against the address's login budget too.
         * With mail configured (above), both answer "check your inbox" and the gap is closed.
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
    authTable.confirmSignup,
    {
      tags: ['auth'],
      summary: 'Finish a sign-up with the link from its mail and the password chosen then; makes the account and starts a session',
      config: { public: true },
    },
    async (req, reply) => {
      const attemptKey = signupConfirmThrottleKey(req.ip);
      const t = throttle();
      await t.reserve([[attemptKey, SIGNUP_CONFIRM_ADDRESS_LIMIT]]);
      const tokenHash = hashToken(req.body.token);
      const pending = await new PendingSignupsRepo(app.database.db).find(tokenHash, app.clock().toISOString());
      if (!pending) throw staleSignupLink();
      if (!(await verifyPassword(pending.passwordHash, req.body.password))) {
        throw new HttpProblem(400, 'That is not the password you chose', 'Type the password you chose when you signed up.', [
          { field: 'password', in: 'body', message: 'Type the password you chose when you signed up' },
        ]);
      }
      const now = app.clock();
      let result: AuthResponse;
      try {
        result = await app.database.transaction(async (trx) => {
          const pendings = new PendingSignupsRepo(trx);
          // Used up with the account's making: a second use of the link finds nothing.
          if (!(await pendings.take(tokenHash, now.toISOString()))) throw staleSignupLink();
          const made = await createAccount(trx, req, reply, pending, now);
          // Anyone else's try with this address can never be confirmed now.
          await pendings.forgetEmail(pending.email);
          return made;
        });
      } catch (err) {
        // Made meanwhile by another link for the same address: that one won.
        if (isUniqueViolation(err)) throw staleSignupLink();
        throw err;
      }
      await t.succeeded([], [attemptKey]);
      return reply.code(201).send(result);
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
    const here = readDeviceToken(req);
    await account.changePassword(actor, { user, newPassword: req.body.newPassword, keepDeviceHash: here ? hashToken(here) : null });
    return reply.code(204).send(null);
  });

  route(
    app,
    authTable.reauthenticate,
    {
      tags: ['auth'],
      summary: 'Confirm it is you, before downloading your data',
      description:
        'Answers 204 when the password is right (and `code` too, when sent), when `code` alone is a right second-factor or recovery code, ' +
        'or when `passkey` answers startPasskeyReauth’s options; for the next few minutes ' +
        'this session may use operations that answer 403 with type `https://steady.example/problems/reauth-required` otherwise.',
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const notDone = 'Nothing was downloaded.';
      const { password, code, passkey } = req.body;
      if (passkey) await confirmWithPasskey(app, req, actor, passkey, notDone);
      else await confirmPasswordOrCode(app, actor, { password, code }, notDone);
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
