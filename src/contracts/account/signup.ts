import { z } from 'zod';
import { PASSWORD_MAX } from './auth.js';
import { ResetToken } from './recovery.js';

/** What sign-up answers when the server sends mail: the same words for every address. */
export const SignupPending = z
  .object({ message: z.string().describe('What to expect, said the same way whether or not the email has an account') })
  .meta({ id: 'SignupPending' });
export type SignupPending = z.infer<typeof SignupPending>;

export const ConfirmSignupBody = z.strictObject({
  token: ResetToken.describe('The token from the sign-up link (after #token=)'),
  password: z.string().min(1, 'Enter the password you chose').max(PASSWORD_MAX).describe('The password chosen at sign-up, once more'),
});
export type ConfirmSignupBody = z.input<typeof ConfirmSignupBody>;
