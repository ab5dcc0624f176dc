import { randomUUID } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../core/account/actor.js';
import { hashToken } from '../../core/account/tokens.js';
import { AuthChallengesRepo } from '../../db/account/auth-challenges.repo.js';
import type { Executor } from '../../db/database.js';
import { PasskeysRepo, type PasskeyRow } from '../../db/account/passkeys.repo.js';
import type { AuthChallengeKind } from '../../db/schema.js';
import type { App } from '../types.js';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export interface RelyingParty {
  rpID: string;
  origin: string;
}

/**
 * Where passkeys belong: PUBLIC_URL's host when configured, else the host the browser itself
 * asked for (publicBase's rule). The browser binds each passkey to that host, so a request that
 * names another host cannot use one made here.
 */
export function relyingParty(app: App, req: FastifyRequest): RelyingParty {
  const base = app.publicUrl ?? `${req.protocol}://${req.headers.host ?? 'localhost'}`;
  const url = new URL(base);
  return { rpID: url.hostname, origin: url.origin };
}

/** The challenge the browser signed, read from clientDataJSON (checked again by the library). */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof parsed.challenge === 'string' && parsed.challenge.length <= 512 ? parsed.challenge : null;
  } catch {
    return null;
  }
}

export async function registrationOptions(app: App, req: FastifyRequest, user: { id: string; email: string; displayName: string }) {
  const existing = await new PasskeysRepo(app.database.db).list(user.id);
  return generateRegistrationOptions({
    rpName: 'Steady',
    rpID: relyingParty(app, req).rpID,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    // Discoverable so the same passkey can sign in on its own, without the email or password.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
}

/** A verified new passkey, ready to store; null when the browser's answer does not hold. */
export async function verifiedRegistration(
  app: App,
  req: FastifyRequest,
  userId: string,
  challenge: string,
  response: RegistrationResponseJSON,
  name: string,
): Promise<PasskeyRow | null> {
  const rp = relyingParty(app, req);
  let result;
  try {
    result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: false,
    });
  } catch {
    return null;
  }
  if (!result.verified) return null;
  const info = result.registrationInfo;
  return {
    id: randomUUID(),
    credentialId: info.credential.id,
    userId,
    publicKey: Buffer.from(info.credential.publicKey).toString('base64url'),
    counter: info.credential.counter,
    transports: (response.response.transports ?? []).filter((t) => /^[a-z-]{1,32}$/.test(t)),
    name,
    backedUp: info.credentialBackedUp,
    createdAt: app.clock().toISOString(),
    lastUsedAt: null,
  };
}

export async function authenticationOptions(
  app: App,
  req: FastifyRequest,
  userId: string | null,
  userVerification: 'preferred' | 'required' = userId ? 'preferred' : 'required',
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const allow = userId ? await new PasskeysRepo(app.database.db).list(userId) : [];
  return generateAuthenticationOptions({
    rpID: relyingParty(app, req).rpID,
    // Empty for a passkey sign-in: the browser offers whichever of its passkeys belong here.
    allowCredentials: allow.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
    userVerification,
  });
}

/**
 * Checks a passkey's signature over the challenge and moves its counter on. `userId` is the
 * person a second step belongs to; for a passkey sign-in it is null and the passkey names them.
 * `requireUserVerification`: signing in with a passkey alone needs the device's PIN or biometric,
 * since nothing else is asked; so do the checks inside a session below.
 */
export async function verifiedAssertion(
  app: App,
  db: Executor,
  req: FastifyRequest,
  challenge: string,
  response: AuthenticationResponseJSON,
  userId: string | null,
  requireUserVerification = userId === null,
): Promise<PasskeyRow | null> {
  const repo = new PasskeysRepo(db);
  const passkey = await repo.byCredentialId(response.id);
  if (!passkey || (userId !== null && passkey.userId !== userId)) return null;
  const rp = relyingParty(app, req);
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: Buffer.from(passkey.publicKey, 'base64url'),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification,
    });
  } catch {
    return null;
  }
  if (!result.verified) return null;
  await repo.used(
    passkey.userId,
    passkey.id,
    result.authenticationInfo.newCounter,
    result.authenticationInfo.credentialBackedUp,
    app.clock().toISOString(),
  );
  return passkey;
}

/** The passkey checks a signed-in session asks for: opening the app lock, confirming it's you. */
export type SessionPasskeyCheck = Extract<AuthChallengeKind, 'passkey-unlock' | 'passkey-reauth'>;

// Kept by a digest of the session and the challenge together: an answer sent from any other
// session (even the same person's) looks for a row that is not there.
const sessionChallengeHash = (sessionId: string, challenge: string) => hashToken(`${sessionId}\n${challenge}`);

/**
 * Request options for the person's own passkeys, good once, for five minutes, in this session
 * only. Null when they have none, so the screen offers only what would work. The device must check
 * its PIN or biometric: the passkey stands in for a password here, not beside one.
 */
export async function sessionPasskeyChallenge(
  app: App,
  req: FastifyRequest,
  actor: Actor,
  kind: SessionPasskeyCheck,
): Promise<Record<string, unknown> | null> {
  const options = await authenticationOptions(app, req, actor.userId, 'required');
  if (!options.allowCredentials?.length) return null;
  const now = app.clock();
  await new AuthChallengesRepo(app.database.db).insert(
    sessionChallengeHash(actor.sessionId, options.challenge),
    kind,
    actor.userId,
    options.challenge,
    now.toISOString(),
    new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString(),
  );
  return options as unknown as Record<string, unknown>;
}

/**
 * True when one of the person's own passkeys signed a challenge this session was given for this
 * check, with the device's own check. The challenge is spent by the first answer, right or wrong.
 */
export async function sessionPasskeyAnswered(
  app: App,
  req: FastifyRequest,
  actor: Actor,
  kind: SessionPasskeyCheck,
  response: AuthenticationResponseJSON,
): Promise<boolean> {
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge) return false;
  const row = await new AuthChallengesRepo(app.database.db).take(
    sessionChallengeHash(actor.sessionId, challenge),
    kind,
    app.clock().toISOString(),
  );
  if (!row?.challenge || row.userId !== actor.userId) return false;
  return (await verifiedAssertion(app, app.database.db, req, row.challenge, response, actor.userId, true)) !== null;
}
