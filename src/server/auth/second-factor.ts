import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { Actor } from '../../core/account/actor.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from '../../core/account/recovery-codes.js';
import { seal, unseal } from '../../core/account/secret-box.js';
import type { SecondFactorMethod, TotpSetup, TwoStepStatus } from '../../contracts/account/two-step.js';
import type { Executor } from '../../db/database.js';
import { PasskeysRepo } from '../../db/account/passkeys.repo.js';
import { RecoveryCodesRepo } from '../../db/account/recovery-codes.repo.js';
import { TotpRepo } from '../../db/account/totp.repo.js';
import type { App } from '../types.js';

/** RFC 6238's 30-second step, and one step either side for a phone clock that is a little off. */
const PERIOD_S = 30;
const TOLERANCE_S = PERIOD_S;
const ISSUER = 'Steady';

export interface SecondFactors {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export async function secondFactorsOf(db: Executor, userId: string): Promise<SecondFactors> {
  const totp = await new TotpRepo(db).get(userId);
  return {
    totp: Boolean(totp?.confirmedAt),
    passkeys: await new PasskeysRepo(db).count(userId),
    recoveryCodesLeft: await new RecoveryCodesRepo(db).count(userId),
  };
}

/** Recovery codes stand behind the other factors: they count only once one of those is on. */
export function methodsOf(f: SecondFactors): SecondFactorMethod[] {
  if (!f.totp && f.passkeys === 0) return [];
  const methods: SecondFactorMethod[] = [];
  if (f.totp) methods.push('totp');
  if (f.passkeys > 0) methods.push('passkey');
  if (f.recoveryCodesLeft > 0) methods.push('recovery');
  return methods;
}

export function statusOf(app: App, f: SecondFactors): TwoStepStatus {
  return { ...f, secretsEncrypted: app.secretKey !== null };
}

export async function startTotp(app: App, userId: string, email: string): Promise<TotpSetup | null> {
  const secret = generateSecret();
  const stored = await new TotpRepo(app.database.db).startSetup(userId, seal(secret, app.secretKey, userId), app.clock().toISOString());
  if (!stored) return null;
  const otpauthUri = generateURI({ issuer: ISSUER, label: email, secret, period: PERIOD_S });
  const qrCode = `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(otpauthUri, { type: 'svg', margin: 2 })).toString('base64')}`;
  return { secret, otpauthUri, qrCode };
}

/** The RFC 6238 step the code belongs to, or null; replay is decided by the caller's conditional write. */
export async function matchTotp(app: App, sealedSecret: string, userId: string, code: string): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const secret = unseal(sealedSecret, app.secretKey, userId);
  const epoch = Math.floor(app.clock().getTime() / 1000);
  const result = await verify({ secret, token, period: PERIOD_S, epoch, epochTolerance: TOLERANCE_S });
  return result.valid ? Math.floor(epoch / PERIOD_S) + result.delta : null;
}

/** A TOTP or recovery code for this person: true once, consumed on success. */
export async function useCode(app: App, db: Executor, userId: string, code: string): Promise<'totp' | 'recovery' | null> {
  if (looksLikeRecoveryCode(code)) {
    return (await new RecoveryCodesRepo(db).use(userId, hashRecoveryCode(code))) ? 'recovery' : null;
  }
  const totp = await new TotpRepo(db).get(userId);
  if (!totp?.confirmedAt) return null;
  const step = await matchTotp(app, totp.secret, userId, code);
  if (step === null) return null;
  return (await new TotpRepo(db).useStep(userId, step)) ? 'totp' : null;
}

/** Ten new codes, replacing any before them; only their hashes are kept. */
export async function issueRecoveryCodes(db: Executor, userId: string, now: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await new RecoveryCodesRepo(db).replace(userId, codes.map(hashRecoveryCode), now);
  return codes;
}

/** Codes for a person turning on their first second factor; null when they already hold some. */
export async function firstRecoveryCodes(db: Executor, userId: string, now: string): Promise<string[] | null> {
  if ((await new RecoveryCodesRepo(db).count(userId)) > 0) return null;
  return issueRecoveryCodes(db, userId, now);
}

/** When the last second factor goes, its recovery codes go too: they would otherwise open nothing but confuse. */
export async function dropRecoveryCodesIfAlone(db: Executor, userId: string): Promise<void> {
  const f = await secondFactorsOf(db, userId);
  if (!f.totp && f.passkeys === 0) await new RecoveryCodesRepo(db).removeAll(userId);
}

/**
 * Whether a TOTP or recovery code answers for this person, using it up if so. Someone with no
 * second factor has no code that works. The budget of wrong answers is the caller's
 * (server/auth/confirm.ts), shared with the password.
 */
export async function codeAnswers(app: App, actor: Actor, code: string): Promise<boolean> {
  const f = await secondFactorsOf(app.database.db, actor.userId);
  if (methodsOf(f).length === 0) return false;
  return (await useCode(app, app.database.db, actor.userId, code)) !== null;
}
