import { z } from 'zod';
import { PasskeyAssertion } from './webauthn.js';

/** Minutes without use before the app locks itself; 0 locks it as soon as the person leaves the app. */
export const APP_LOCK_IDLE_CHOICES = [0, 1, 5, 15, 30] as const;
export const AppLockIdle = z
  .union([z.literal(0), z.literal(1), z.literal(5), z.literal(15), z.literal(30)])
  .describe('Minutes without use before the app locks: 0 (on leaving the app), 1, 5, 15 or 30');
export type AppLockIdle = (typeof APP_LOCK_IDLE_CHOICES)[number];

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
export const PASSPHRASE_MIN = 6;
export const PASSPHRASE_MAX = 128;

/** A PIN of 4–8 digits, or a passphrase of at least 6 characters (counted in code points). */
export const AppLockSecret = z
  .string()
  .max(PASSPHRASE_MAX * 4)
  .superRefine((s, ctx) => {
    const length = [...s].length;
    if (/^\d+$/.test(s)) {
      if (length < PIN_MIN_DIGITS || length > PIN_MAX_DIGITS) {
        ctx.addIssue({
          code: 'custom',
          message: `Use ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, or a phrase of ${PASSPHRASE_MIN} or more characters`,
        });
      }
    } else if (length < PASSPHRASE_MIN || length > PASSPHRASE_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: `Use ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits, or a phrase of ${PASSPHRASE_MIN} to ${PASSPHRASE_MAX} characters`,
      });
    }
  })
  .describe('4 to 8 digits, or a passphrase of 6 to 128 characters');

export const SetAppLockBody = z.strictObject({ pin: AppLockSecret, idleMinutes: AppLockIdle });
export type SetAppLockBody = z.input<typeof SetAppLockBody>;

export const AppLockState = z
  .object({
    enabled: z.boolean().describe('Whether this account asks for a PIN after the idle time'),
    idleMinutes: AppLockIdle.nullable().describe('Null when no lock is set'),
  })
  .meta({ id: 'AppLockState' });
export type AppLockState = z.infer<typeof AppLockState>;

/**
 * How a locked session proves it is the person again: the PIN, or one of their own passkeys (an
 * assertion over a challenge from `startPasskeyUnlock`). Either way a wrong answer counts toward
 * the same few this session gets.
 */
export const UnlockAppBody = z
  .strictObject({
    pin: z
      .string()
      .min(1, 'Enter your PIN')
      .max(PASSPHRASE_MAX * 4)
      .optional(),
    passkey: PasskeyAssertion.optional().describe('Instead of the PIN: an answer to startPasskeyUnlock’s options'),
  })
  .refine((b) => (b.pin === undefined) !== (b.passkey === undefined), { message: 'Enter your PIN', path: ['pin'] });
export type UnlockAppBody = z.input<typeof UnlockAppBody>;

/** The problem type a locked session gets from everything but unlocking, locking, logging out and the session check. */
export const APP_LOCKED = 'https://steady.example/problems/app-locked';
/** Too many wrong PINs ended the session; the password logs in again. */
export const APP_LOCK_SESSION_ENDED = 'https://steady.example/problems/app-lock-session-ended';
