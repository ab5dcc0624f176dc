import { z } from 'zod';
import { Email, Password } from './auth.js';
import { OneTimeCode } from './two-step.js';

/** Problem type for a reset that also needs the person's second factor (see server/auth/reset.ts). */
export const SECOND_FACTOR_REQUIRED = 'https://steady.example/problems/second-factor-required';

export const RequestPasswordResetBody = z.strictObject({ email: Email });
export type RequestPasswordResetBody = z.input<typeof RequestPasswordResetBody>;

/** The same words for every email, registered or not, with mail set up or not. */
export const PasswordResetRequested = z
  .object({ message: z.string().describe('What to expect, said the same way whatever the email') })
  .meta({ id: 'PasswordResetRequested' });
export type PasswordResetRequested = z.infer<typeof PasswordResetRequested>;

export const ResetToken = z
  .string()
  .min(1, 'Open the link from your message again')
  .max(100)
  .describe('The token from the reset link (after #token=)');

export const ResetPasswordBody = z.strictObject({
  token: ResetToken,
  newPassword: Password,
  code: OneTimeCode.optional().describe('For a person with a second factor: a code from their app, or a recovery code'),
});
export type ResetPasswordBody = z.input<typeof ResetPasswordBody>;
