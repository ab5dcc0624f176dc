import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { passkeysTable } from '../../contracts/account/passkeys.routes.js';
import type { Passkey } from '../../contracts/account/two-step.js';
import { ADDRESS_FAILURE_LIMIT, PASSKEY_START_LIMIT } from '../../core/account/throttle.js';
import { addressThrottleKey, hashToken, newToken, passkeyStartThrottleKey } from '../../core/account/tokens.js';
import { AuthChallengesRepo } from '../../db/account/auth-challenges.repo.js';
import { PasskeysRepo, type PasskeyRow } from '../../db/account/passkeys.repo.js';
import { UsersRepo } from '../../db/account/users.repo.js';
import { isUniqueViolation } from '../../db/database.js';
import { confirmPassword } from '../auth/confirm.js';
import { dropRecoveryCodesIfAlone, firstRecoveryCodes } from '../auth/second-factor.js';
import { signIn } from '../auth/sign-in.js';
import { PasswordThrottle } from '../auth/throttle.js';
import {
  authenticationOptions,
  CHALLENGE_TTL_MS,
  challengeOf,
  registrationOptions,
  verifiedAssertion,
  verifiedRegistration,
} from '../auth/webauthn.js';
import { actorOf } from '../plugins/auth.js';
import { HttpProblem, notFound, unauthorized } from '../problem.js';
import { route } from '../routes/define.js';
import { ownedOr404 } from '../routes/helpers.js';
import type { App } from '../types.js';

const tags = ['passkeys'];

const view = (p: PasskeyRow): Passkey => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt,
  lastUsedAt: p.lastUsedAt,
  backedUp: p.backedUp,
});

const passkeyRefused = () =>
  new HttpProblem(400, 'That passkey could not be added', 'Please try again. Nothing was changed.', [
    { field: 'credential', in: 'body', message: 'The passkey could not be checked' },
  ]);

// One answer for every passkey that does not open an account, so nothing says which ones exist.
const passkeyDidNotWork = () => new HttpProblem(401, 'That passkey did not work', 'Try again, or log in with your email and password.');

export async function passkeysRoutes(app: App): Promise<void> {
  const expiry = (now: Date) => new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString();

  route(
    app,
    passkeysTable.startPasskeyRegistration,
    { tags, summary: 'WebAuthn creation options for a new passkey on this device' },
    async (req) => {
      const actor = actorOf(req);
      const user = await new UsersRepo(app.database.db).get(actor);
      if (!user) throw unauthorized();
      const options = await registrationOptions(app, req, user);
      const now = app.clock();
      // Kept by the challenge's hash: the browser's answer carries the challenge, so it finds its own row.
      await new AuthChallengesRepo(app.database.db).insert(
        hashToken(options.challenge),
        'passkey-register',
        actor.userId,
        options.challenge,
        now.toISOString(),
        expiry(now),
      );
      return { options: options as unknown as Record<string, unknown> };
    },
  );

  route(
    app,
    passkeysTable.finishPasskeyRegistration,
    { tags, summary: 'Store the new passkey; the first second factor brings recovery codes' },
    async (req, reply) => {
      const actor = actorOf(req);
      const credential = req.body.credential as unknown as RegistrationResponseJSON;
      const challenge = challengeOf(credential.response.clientDataJSON);
      const challenges = new AuthChallengesRepo(app.database.db);
      const row = challenge ? await challenges.take(hashToken(challenge), 'passkey-register', app.clock().toISOString()) : undefined;
      if (!row || row.userId !== actor.userId || !row.challenge) throw passkeyRefused();
      const passkey = await verifiedRegistration(app, req, actor.userId, row.challenge, credential, req.body.name ?? 'Passkey');
      if (!passkey) throw passkeyRefused();
      try {
        const recoveryCodes = await app.database.transaction(async (trx) => {
          await new PasskeysRepo(trx).insert(passkey);
          return firstRecoveryCodes(trx, actor.userId, passkey.createdAt);
        });
        return reply.code(201).send({ passkey: view(passkey), recoveryCodes });
      } catch (err) {
        if (isUniqueViolation(err)) throw passkeyRefused();
        throw err;
      }
    },
  );

  route(app, passkeysTable.listPasskeys, { tags, summary: 'Your passkeys' }, async (req) => ({
    items: (await new PasskeysRepo(app.database.db).list(actorOf(req).userId)).map(view),
  }));

  route(app, passkeysTable.renamePasskey, { tags, summary: 'Rename a passkey' }, async (req) => {
    const row = ownedOr404(await new PasskeysRepo(app.database.db).rename(actorOf(req).userId, req.params.id, req.body.name));
    return view(row);
  });

  route(app, passkeysTable.deletePasskey, { tags, summary: 'Remove a passkey (needs the password)' }, async (req, reply) => {
    const actor = actorOf(req);
    await confirmPassword(app, actor, req.body.password, 'The passkey is still there.');
    const removed = await app.database.transaction(async (trx) => {
      const gone = await new PasskeysRepo(trx).remove(actor.userId, req.params.id);
      if (gone) await dropRecoveryCodesIfAlone(trx, actor.userId);
      return gone;
    });
    if (!removed) throw notFound();
    return reply.code(204).send(null);
  });

  route(
    app,
    passkeysTable.startPasskeyLogin,
    { tags: ['auth'], summary: 'Begin signing in with a passkey alone (no email or password)', config: { public: true } },
    async (req) => {
      const throttle = new PasswordThrottle(app.database.db, app.clock);
      await throttle.check([[addressThrottleKey(req.ip), ADDRESS_FAILURE_LIMIT]]);
      // Counted before the challenge is written, in one statement, so a burst cannot fill the table.
      await throttle.reserve([[passkeyStartThrottleKey(req.ip), PASSKEY_START_LIMIT]]);
      const options = await authenticationOptions(app, req, null);
      const token = newToken();
      const now = app.clock();
      await new AuthChallengesRepo(app.database.db).insert(
        hashToken(token),
        'passkey-login',
        null,
        options.challenge,
        now.toISOString(),
        expiry(now),
      );
      return { loginToken: token, options: options as unknown as Record<string, unknown> };
    },
  );

  route(
    app,
    passkeysTable.finishPasskeyLogin,
    { tags: ['auth'], summary: 'Finish signing in with a passkey; starts the session', config: { public: true } },
    async (req, reply) => {
      const throttle = new PasswordThrottle(app.database.db, app.clock);
      const ipKey = addressThrottleKey(req.ip);
      await throttle.reserve([[ipKey, ADDRESS_FAILURE_LIMIT]]);
      const row = await new AuthChallengesRepo(app.database.db).take(
        hashToken(req.body.loginToken),
        'passkey-login',
        app.clock().toISOString(),
      );
      if (!row?.challenge) throw passkeyDidNotWork();
      const passkey = await verifiedAssertion(app, app.database.db, req, row.challenge, req.body.credential, null);
      const user = passkey ? await new UsersRepo(app.database.db).findById(passkey.userId) : undefined;
      if (!user) throw passkeyDidNotWork();
      await throttle.succeeded([], [ipKey]);
      return reply.code(200).send(await signIn(app, req, reply, user));
    },
  );
}
