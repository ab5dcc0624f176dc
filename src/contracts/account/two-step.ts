import { z } from 'zod';
import { AuthResponse, PASSWORD_MAX } from './auth.js';
import { Id, IsoDateTime } from '../common.js';
import { B64Url, PasskeyAssertion, PasskeyOptions } from './webauthn.js';

// Named here too, where the passkey routes have always found them.
export { PasskeyAssertion, PasskeyOptions };

/** The ways a person can prove it is them after the password. */
export const SecondFactorMethod = z
  .enum(['totp', 'recovery', 'passkey'])
  .describe('totp: a code from an authenticator app; recovery: a one-time recovery code; passkey: a passkey on a device');
export type SecondFactorMethod = z.infer<typeof SecondFactorMethod>;

const PasswordConfirm = z.string().min(1, 'Enter your password').max(PASSWORD_MAX);

/** Six digits from the app, or a recovery code; spaces and dashes as people type them are allowed. */
export const OneTimeCode = z
  .string()
  .trim()
  .min(1, 'Enter the code')
  .max(32, 'That code is longer than any code Steady gives')
  .describe('A 6-digit code from the authenticator app, or one recovery code');

export const PasskeyRegistrationResponse = z
  .object({
    id: B64Url.max(1_400),
    rawId: B64Url.max(1_400),
    type: z.literal('public-key'),
    response: z.object({
      clientDataJSON: B64Url,
      attestationObject: B64Url,
      transports: z.array(z.string().max(32)).max(10).optional(),
    }),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  })
  .describe('RegistrationResponseJSON from @simplewebauthn/browser startRegistration');

export const RecoveryCodes = z
  .array(z.string())
  .describe('One-time recovery codes: shown this once, each works a single time')
  .meta({ id: 'RecoveryCodes' });

export const TwoStepStatus = z
  .object({
    totp: z.boolean().describe('An authenticator app is on'),
    passkeys: z.number().int().describe('How many passkeys are registered'),
    recoveryCodesLeft: z.number().int().describe('Unused recovery codes'),
    secretsEncrypted: z.boolean().describe('Authenticator secrets are encrypted at rest with the server key (STEADY_SECRET_KEY)'),
  })
  .meta({ id: 'TwoStepStatus' });
export type TwoStepStatus = z.infer<typeof TwoStepStatus>;

export const TotpSetup = z
  .object({
    secret: z.string().describe('Base32 secret, for typing into an app by hand'),
    otpauthUri: z.string().describe('otpauth:// address the QR code holds'),
    qrCode: z.string().describe('The QR code as an SVG data URL'),
  })
  .meta({ id: 'TotpSetup' });
export type TotpSetup = z.infer<typeof TotpSetup>;

export const ConfirmTotpBody = z.strictObject({ code: OneTimeCode });
export const PasswordBody = z.strictObject({ password: PasswordConfirm });

export const RecoveryCodesResult = z
  .object({
    recoveryCodes: RecoveryCodes.nullable().describe(
      'New codes when these are the first (or replaced); null when earlier ones still stand',
    ),
  })
  .meta({ id: 'RecoveryCodesResult' });
export type RecoveryCodesResult = z.infer<typeof RecoveryCodesResult>;

export const Passkey = z
  .object({
    id: Id,
    name: z.string(),
    createdAt: IsoDateTime,
    lastUsedAt: IsoDateTime.nullable(),
    backedUp: z.boolean().describe('The passkey is synced by its provider (survives losing the device)'),
  })
  .meta({ id: 'Passkey' });
export type Passkey = z.infer<typeof Passkey>;

export const PasskeyList = z.object({ items: z.array(Passkey) }).meta({ id: 'PasskeyList' });

export const PasskeyName = z.string().trim().min(1, 'Give it a name').max(60).describe('A name to tell passkeys apart, e.g. "My phone"');

export const FinishPasskeyRegistrationBody = z.strictObject({
  name: PasskeyName.optional(),
  credential: PasskeyRegistrationResponse,
});

export const FinishPasskeyRegistrationResult = z
  .object({ passkey: Passkey, recoveryCodes: RecoveryCodes.nullable().describe('Recovery codes when this is the first second factor') })
  .meta({ id: 'FinishPasskeyRegistrationResult' });

export const RenamePasskeyBody = z.strictObject({ name: PasskeyName });
export const DeletePasskeyBody = PasswordBody;

export const PasskeyLoginStart = z
  .object({
    loginToken: z.string().describe('Send back with finishPasskeyLogin'),
    options: PasskeyOptions,
  })
  .meta({ id: 'PasskeyLoginStart' });

export const FinishPasskeyLoginBody = z.strictObject({ loginToken: z.string().min(1).max(128), credential: PasskeyAssertion });

/** After the right password, when the person has a second factor: no session yet, only this. */
export const SecondFactorRequired = z
  .object({
    secondFactor: z.object({
      required: z.literal(true),
      methods: z.array(SecondFactorMethod).describe('What this person can use for the second step'),
    }),
    pendingToken: z.string().describe('Send back with completeLogin within five minutes'),
    passkeyOptions: PasskeyOptions.nullable().describe('WebAuthn request options when the person has a passkey'),
  })
  .meta({ id: 'SecondFactorRequired' });
export type SecondFactorRequired = z.infer<typeof SecondFactorRequired>;

export const LoginResult = z.union([AuthResponse, SecondFactorRequired]).meta({ id: 'LoginResult' });
export type LoginResult = z.infer<typeof LoginResult>;

export const CompleteLoginBody = z
  .strictObject({
    pendingToken: z.string().min(1, 'Log in again').max(128),
    code: OneTimeCode.optional(),
    passkey: PasskeyAssertion.optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.passkey === undefined), {
    message: 'Enter a code, or use a passkey',
    path: ['code'],
  });
export type CompleteLoginBody = z.input<typeof CompleteLoginBody>;
