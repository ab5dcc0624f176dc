import type { FastifyRequest } from 'fastify';
import type { SecondFactorRequired } from '../../contracts/account/two-step.js';
import { hashToken, newToken } from '../../core/account/tokens.js';
import { AuthChallengesRepo } from '../../db/account/auth-challenges.repo.js';
import type { App } from '../types.js';
import { methodsOf, secondFactorsOf } from './second-factor.js';
import { authenticationOptions, CHALLENGE_TTL_MS } from './webauthn.js';

/** Wrong codes one pending login may take before the person starts again from the password. */
export const PENDING_FAILURE_LIMIT = 5;

/**
 * After the right password: for a person with a second factor, a pending login (a random token,
 * stored by hash, good for five minutes) instead of a session. With a passkey, its WebAuthn
 * challenge rides along, so the browser can ask for it straight away. Null: nothing more to ask.
 */
export async function beginSecondStep(app: App, req: FastifyRequest, userId: string): Promise<SecondFactorRequired | null> {
  const methods = methodsOf(await secondFactorsOf(app.database.db, userId));
  if (methods.length === 0) return null;
  const passkeyOptions = methods.includes('passkey') ? await authenticationOptions(app, req, userId) : null;
  const token = newToken();
  const now = app.clock();
  await new AuthChallengesRepo(app.database.db).insert(
    hashToken(token),
    'second-step',
    userId,
    passkeyOptions?.challenge ?? null,
    now.toISOString(),
    new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString(),
  );
  return {
    secondFactor: { required: true, methods },
    pendingToken: token,
    passkeyOptions: passkeyOptions as unknown as Record<string, unknown> | null,
  };
}
