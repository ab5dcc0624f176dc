import { twoStepTable } from '../../contracts/account/two-step.routes.js';
import { ACCOUNT_FAILURE_LIMIT } from '../../core/account/throttle.js';
import { hashToken } from '../../core/account/tokens.js';
import { AuthChallengesRepo } from '../../db/account/auth-challenges.repo.js';
import { TotpRepo } from '../../db/account/totp.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { confirmPassword } from '../auth/confirm.js';
import { trustedDeviceHash } from '../auth/devices.js';
import {
  dropRecoveryCodesIfAlone,
  firstRecoveryCodes,
  issueRecoveryCodes,
  matchTotp,
  methodsOf,
  secondFactorsOf,
  startTotp,
  statusOf,
  useCode,
} from '../auth/second-factor.js';
import { PENDING_FAILURE_LIMIT } from '../auth/second-step.js';
import { signIn } from '../auth/sign-in.js';
import { PasswordThrottle } from '../auth/throttle.js';
import { verifiedAssertion } from '../auth/webauthn.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem, unauthorized } from '../problem.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

const tags = ['two-step'];

const codeDidNotWork = (notDone?: string) =>
  new HttpProblem(400, 'That code did not work', notDone ?? 'Check the code and try again. A code works once.', [
    { field: 'code', in: 'body', message: 'Check the code and try again' },
  ]);

// Same words for a token that never existed, expired, or was used: nothing to learn from which.
const startAgain = () =>
  new HttpProblem(401, 'Please log in again', 'That sign-in took too long or was already used. Start again with your password.');

export async function twoStepRoutes(app: App): Promise<void> {
  route(app, twoStepTable.getTwoStep, { tags, summary: 'Which second factors are on' }, async (req) =>
    statusOf(app, await secondFactorsOf(app.database.db, actorOf(req).userId)),
  );

  route(
    app,
    twoStepTable.startTotpSetup,
    { tags, summary: 'Begin adding an authenticator app: a new secret, its otpauth URI and QR code (not on until confirmed)' },
    async (req) => {
      const actor = actorOf(req);
      const user = await new UsersRepo(app.database.db).get(actor);
      if (!user) throw unauthorized();
      const setup = await startTotp(app, actor.userId, user.email);
      if (!setup) throw new HttpProblem(409, 'An authenticator app is already on', 'Turn it off first to set up a new one.');
      return setup;
    },
  );

  route(
    app,
    twoStepTable.confirmTotpSetup,
    { tags, summary: 'Prove the app works with one of its codes; only then is it on. The first second factor brings recovery codes.' },
    async (req) => {
      const actor = actorOf(req);
      const throttle = new PasswordThrottle(app.database.db, app.clock);
      const sessionKey = `session:${actor.sessionId}`;
      await throttle.reserve([[sessionKey, ACCOUNT_FAILURE_LIMIT]]);
      const pending = await new TotpRepo(app.database.db).get(actor.userId);
      if (!pending || pending.confirmedAt) throw new HttpProblem(409, 'No setup is waiting', 'Start adding the app again.');
      const step = await matchTotp(app, pending.secret, actor.userId, req.body.code);
      if (step === null) throw codeDidNotWork('The app is not on yet. Check the clock on your phone and try the newest code.');
      const now = app.clock().toISOString();
      const recoveryCodes = await app.database.transaction(async (trx) => {
        if (!(await new TotpRepo(trx).confirm(actor.userId, step, now)))
          throw new HttpProblem(409, 'No setup is waiting', 'Start adding the app again.');
        return firstRecoveryCodes(trx, actor.userId, now);
      });
      await throttle.succeeded([sessionKey], []);
      return { recoveryCodes };
    },
  );

  route(app, twoStepTable.disableTotp, { tags, summary: 'Turn the authenticator app off (needs the password)' }, async (req, reply) => {
    const actor = actorOf(req);
    await confirmPassword(app, actor, req.body.password, 'The authenticator app is still on.');
    await app.database.transaction(async (trx) => {
      await new TotpRepo(trx).remove(actor.userId);
      await dropRecoveryCodesIfAlone(trx, actor.userId);
    });
    return reply.code(204).send(null);
  });

  route(
    app,
    twoStepTable.regenerateRecoveryCodes,
    { tags, summary: 'Ten new recovery codes (needs the password); the old ones stop working' },
    async (req) => {
      const actor = actorOf(req);
      await confirmPassword(app, actor, req.body.password, 'Your recovery codes are as they were.');
      const f = await secondFactorsOf(app.database.db, actor.userId);
      if (!f.totp && f.passkeys === 0)
        throw new HttpProblem(409, 'No second factor is on', 'Recovery codes come with an authenticator app or a passkey.');
      return { recoveryCodes: await issueRecoveryCodes(app.database.db, actor.userId, app.clock().toISOString()) };
    },
  );

  route(
    app,
    twoStepTable.completeLogin,
    {
      tags: ['auth'],
      summary: 'The second step: a code from the app, a recovery code, or a passkey; starts the session',
      config: { public: true },
    },
    async (req, reply) => {
      const body = req.body;
      const challenges = new AuthChallengesRepo(app.database.db);
      const tokenHash = hashToken(body.pendingToken);
      const pending = await challenges.get(tokenHash, 'second-step', app.clock().toISOString());
      if (!pending?.userId) throw startAgain();
      const userId = pending.userId;
      // Only someone who knew the password reaches this, and each client has its own budget, so
      // wrong codes from elsewhere never keep the person's own browser out.
      const device = await trustedDeviceHash(app.database.db, req, userId);
      const clientKey = `second-step:${hashToken(userId)}:${device ? `device:${device}` : `ip:${req.ip}`}`;
      const throttle = new PasswordThrottle(app.database.db, app.clock);
      await throttle.reserve([[clientKey, ACCOUNT_FAILURE_LIMIT]]);

      const ok = body.passkey
        ? pending.challenge !== null &&
          (await verifiedAssertion(app, app.database.db, req, pending.challenge, body.passkey, userId)) !== null
        : methodsOf(await secondFactorsOf(app.database.db, userId)).length > 0 &&
          (await useCode(app, app.database.db, userId, body.code!)) !== null;
      if (!ok) {
        if ((await challenges.fail(tokenHash)) >= PENDING_FAILURE_LIMIT) {
          await challenges.remove(tokenHash);
          throw startAgain();
        }
        if (body.passkey)
          throw new HttpProblem(400, 'That passkey did not work', 'Try again, or use a code instead.', [
            { field: 'passkey', in: 'body', message: 'The passkey could not be checked' },
          ]);
        throw codeDidNotWork();
      }
      // One pending login opens one session, even if the right answer is sent twice at once.
      if (!(await challenges.take(tokenHash, 'second-step', app.clock().toISOString()))) throw startAgain();
      await throttle.succeeded([clientKey], []);
      const user = await new UsersRepo(app.database.db).findById(userId);
      if (!user) throw startAgain();
      return reply.code(200).send(await signIn(app, req, reply, user));
    },
  );
}
