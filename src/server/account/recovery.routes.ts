import { recoveryTable } from '../../contracts/account/recovery.routes.js';
import type { PasswordResetRequested } from '../../contracts/account/recovery.js';
import { SECOND_FACTOR_REQUIRED } from '../../contracts/account/recovery.js';
import { passwordProblems } from '../../core/account/password-policy.js';
import {
  RESET_ATTEMPT_ADDRESS_LIMIT,
  RESET_REQUEST_ADDRESS_LIMIT,
  RESET_REQUEST_CLIENT_LIMIT,
  RESET_REQUEST_EMAIL_LIMIT,
  resetLink,
} from '../../core/account/password-reset.js';
import { actorFromSession } from '../../core/account/actor.js';
import { accountAddressThrottleKey, accountThrottleKey, addressThrottleKey, hashToken } from '../../core/account/tokens.js';
import { LoginFailuresRepo } from '../../db/account/login-failures.repo.js';
import { PasswordResetsRepo } from '../../db/account/password-resets.repo.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { TrustedDevicesRepo } from '../../db/account/trusted-devices.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { trustDevice } from '../auth/devices.js';
import { hashPassword } from '../auth/password.js';
import { issuePasswordReset, requireSecondFactorForReset } from '../auth/reset.js';
import { useCode } from '../auth/second-factor.js';
import { startSession } from '../auth/sessions.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { resetMessage } from '../mail/reset-message.js';
import { HttpProblem } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';
import { publicUser } from './public-user.js';

const REQUESTED: PasswordResetRequested = {
  message:
    'If that email belongs to an account here, a link to choose a new password is on its way. It works for one hour. ' +
    'If nothing arrives, the person who runs this Steady server can give you a link.',
};

const staleLink = () =>
  new HttpProblem(400, 'This link has expired or was already used', 'You can ask for a new one from the log-in page.', [
    { field: 'token', in: 'body', message: 'Ask for a new link' },
  ]);

export async function recoveryRoutes(app: App): Promise<void> {
  const throttle = () => new PasswordThrottle(app.database.db, app.clock);

  route(
    app,
    recoveryTable.requestPasswordReset,
    {
      tags: ['auth'],
      summary: 'Ask for a link to choose a new password; the answer is the same for every email',
      config: { public: true },
    },
    async (req, reply) => {
      const emailKey = `reset:${accountThrottleKey(req.body.email)}`;
      await throttle().reserve([
        [`reset:${addressThrottleKey(req.ip)}`, RESET_REQUEST_ADDRESS_LIMIT],
        [accountAddressThrottleKey(emailKey, req.ip), RESET_REQUEST_CLIENT_LIMIT],
        [emailKey, RESET_REQUEST_EMAIL_LIMIT],
      ]);
      // Without mail nobody would receive a token, and issuing one would void a link the admin
      // made with the CLI: so nothing is written, and the answer is the same.
      const base = app.publicUrl;
      const email = req.body.email;
      const now = app.clock();
      // Looked up, written and sent after the answer, so a registered email answers no later than an unknown one.
      app.mailer?.send(async () => {
        const user = base ? await new UsersRepo(app.database.db).findByEmail(email) : undefined;
        if (!base || !user) return null;
        return resetMessage(user.email, resetLink(base, await issuePasswordReset(app.database, user.id, now)));
      });
      return reply.code(202).send(REQUESTED);
    },
  );

  route(
    app,
    recoveryTable.resetPassword,
    {
      tags: ['auth'],
      summary: 'Choose a new password with a reset link; every other session ends and this browser is signed in',
      config: { public: true },
    },
    async (req, reply) => {
      const attemptKey = `reset-use:${addressThrottleKey(req.ip)}`;
      const t = throttle();
      await t.reserve([[attemptKey, RESET_ATTEMPT_ADDRESS_LIMIT]]);
      const tokenHash = hashToken(req.body.token);
      const resets = new PasswordResetsRepo(app.database.db);
      const userId = await resets.ownerOf(tokenHash, app.clock().toISOString());
      const user = userId ? await new UsersRepo(app.database.db).findById(userId) : undefined;
      if (!user) throw staleLink();
      if (
        (await requireSecondFactorForReset(app.database.db, user)) &&
        !(req.body.code && (await useCode(app, app.database.db, user.id, req.body.code)))
      ) {
        // The token is kept: the same link works once the second factor is given.
        throw new HttpProblem(
          403,
          'Your second factor is needed too',
          'Confirm with your authenticator app or passkey.',
          undefined,
          undefined,
          {
            type: SECOND_FACTOR_REQUIRED,
          },
        );
      }
      const problems = passwordProblems(req.body.newPassword, { email: user.email, displayName: user.displayName });
      if (problems.length > 0) {
        throw new HttpProblem(
          400,
          'Please choose another password',
          undefined,
          problems.map((message) => ({ field: 'newPassword', in: 'body' as const, message })),
        );
      }
      const passwordHash = await hashPassword(req.body.newPassword);
      const now = app.clock();
      const session = await app.database.transaction(async (trx) => {
        // Used up here, in the same transaction as the new password: a second use of the link finds nothing.
        if ((await new PasswordResetsRepo(trx).consume(tokenHash, now.toISOString())) !== user.id) throw staleLink();
        const started = await startSession(trx, req, reply, user.id, now);
        const actor = actorFromSession(started);
        await new UsersRepo(trx).update(actor, { passwordHash }, now.toISOString());
        // Whoever knew the old password may hold a session or a trusted browser: all of it ends.
        await new SessionsRepo(trx).revokeAllExcept(actor, started.id);
        await new TrustedDevicesRepo(trx).forgetOthers(user.id, null);
        await new PasswordResetsRepo(trx).clearForUser(user.id);
        // Failed logins counted before no longer slow the person down with their new password.
        await new LoginFailuresRepo(trx).clearAccount(accountThrottleKey(user.email));
        await trustDevice(trx, req, reply, user.id, null, now);
        return started;
      });
      await t.succeeded([], [attemptKey]);
      return reply.code(200).send({ user: publicUser(user), csrfToken: session.csrfToken });
    },
  );
}
