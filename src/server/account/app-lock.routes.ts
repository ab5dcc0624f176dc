import { appLockTable } from '../../contracts/account/app-lock.routes.js';
import type { AppLockState } from '../../contracts/account/app-lock.js';
import { APP_LOCK_SESSION_ENDED } from '../../contracts/account/app-lock.js';
import { UNLOCK_FAILURE_LIMIT } from '../../core/account/app-lock.js';
import { AppLocksRepo } from '../../db/account/app-locks.repo.js';
import { SessionsRepo } from '../../db/account/sessions.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { clearSessionCookie } from '../auth/sessions.js';
import { sessionPasskeyAnswered, sessionPasskeyChallenge } from '../auth/webauthn.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem, unauthorized } from '../problem.js';
import { publicUser } from './public-user.js';
import { route } from '../routes/define.js';
import type { App } from '../types.js';

export async function appLockRoutes(app: App): Promise<void> {
  const tags = ['auth'];
  const repo = () => new AppLocksRepo(app.database.db);
  const state = (row: { idleMinutes: number } | undefined): AppLockState =>
    row ? { enabled: true, idleMinutes: row.idleMinutes as AppLockState['idleMinutes'] } : { enabled: false, idleMinutes: null };

  route(
    app,
    appLockTable.getAppLock,
    {
      tags,
      summary: 'Whether an app lock is set, and after how long it locks',
      description:
        'Never answers the PIN or its hash. The web app also calls it now and then while in use, which keeps the server’s idle clock in step.',
    },
    async (req) => state(await repo().get(actorOf(req).userId)),
  );

  route(app, appLockTable.setAppLock, { tags, summary: 'Set or change the app lock’s PIN and idle time' }, async (req) => {
    const actor = actorOf(req);
    const now = app.clock().toISOString();
    const secretHash = await hashPassword(req.body.pin);
    await app.database.transaction(async (trx) => {
      const locks = new AppLocksRepo(trx);
      await locks.set(actor.userId, secretHash, req.body.idleMinutes, now);
      // The session that set the lock starts its idle time now, not at its last sign-in.
      await locks.markActive(actor.userId, actor.sessionId, now, true);
    });
    return state({ idleMinutes: req.body.idleMinutes });
  });

  route(app, appLockTable.removeAppLock, { tags, summary: 'Turn the app lock off on every device' }, async (req) => {
    await repo().remove(actorOf(req).userId);
    return state(undefined);
  });

  route(
    app,
    appLockTable.lockApp,
    {
      tags,
      summary: 'Lock this session now (quick exit, or the idle time ran out in the app)',
      description: 'Does nothing when no app lock is set: there would be no PIN to open it again.',
      config: { whileLocked: true },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (await repo().get(actor.userId)) await repo().lock(actor.userId, actor.sessionId, app.clock().toISOString());
      return reply.code(204).send(null);
    },
  );

  route(
    app,
    appLockTable.unlockApp,
    {
      tags,
      summary: 'Open a locked session with the PIN, or with one of your passkeys',
      description:
        `\`passkey\` answers startPasskeyUnlock’s options. After ${UNLOCK_FAILURE_LIMIT} wrong answers (PINs and passkeys together) ` +
        `the session ends (401, type ${APP_LOCK_SESSION_ENDED}) and the password logs in again; the account itself is never locked.`,
      config: { whileLocked: true },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const locks = repo();
      const lock = await locks.get(actor.userId);
      const user = await new UsersRepo(app.database.db).get(actor);
      if (!user || !req.session) throw unauthorized();
      const answer = () => ({ user: publicUser(user), csrfToken: req.session!.csrfToken });
      if (!lock) return answer();
      const now = app.clock().toISOString();
      // Counted before the check, so parallel guesses cannot all slip in under the limit.
      const attempts = await locks.countAttempt(actor.userId, actor.sessionId, now);
      const { pin, passkey } = req.body;
      const ok =
        attempts <= UNLOCK_FAILURE_LIMIT &&
        (passkey ? await sessionPasskeyAnswered(app, req, actor, 'passkey-unlock', passkey) : await verifyPassword(lock.secretHash, pin!));
      if (ok) {
        await locks.markActive(actor.userId, actor.sessionId, now, true);
        return answer();
      }
      if (attempts >= UNLOCK_FAILURE_LIMIT) {
        await new SessionsRepo(app.database.db).revoke(actor, actor.sessionId);
        clearSessionCookie(req, reply);
        throw new HttpProblem(
          401,
          'Please log in again',
          'For your safety, this session has ended. Your password opens Steady again, and everything you saved is still there.',
          undefined,
          undefined,
          {
            type: APP_LOCK_SESSION_ENDED,
          },
        );
      }
      if (passkey)
        throw new HttpProblem(400, 'That passkey didn’t work', 'Try again, or enter your PIN.', [
          { field: 'passkey', in: 'body', message: 'The passkey could not be checked' },
        ]);
      throw new HttpProblem(400, 'That PIN didn’t match', undefined, [
        { field: 'pin', in: 'body', message: 'That PIN didn’t match. Try again.' },
      ]);
    },
  );

  route(
    app,
    appLockTable.startPasskeyUnlock,
    {
      tags,
      summary: 'WebAuthn options for opening this locked session with one of your passkeys (then unlockApp)',
      description: 'Answers `options: null` when you have no passkey, so the lock screen offers only the PIN.',
      config: { whileLocked: true },
    },
    async (req) => ({ options: await sessionPasskeyChallenge(app, req, actorOf(req), 'passkey-unlock') }),
  );
}
