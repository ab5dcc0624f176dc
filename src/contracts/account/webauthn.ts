import { z } from 'zod';

/**
 * WebAuthn shapes shared by every place a passkey answers: the login's second step, signing in
 * with a passkey alone, opening the app lock and confirming it's you. Kept apart from two-step.ts
 * so auth.ts and app-lock.ts can use them without importing each other in a circle.
 */
export const B64Url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url');

/** WebAuthn options as @simplewebauthn/browser takes them (PublicKeyCredential…OptionsJSON). */
export const PasskeyOptions = z
  .record(z.string(), z.unknown())
  .describe('WebAuthn options JSON for navigator.credentials (create or get), as @simplewebauthn/browser takes them')
  .meta({ id: 'PasskeyOptions' });

export const PasskeyAssertion = z
  .object({
    id: B64Url.max(1_400),
    rawId: B64Url.max(1_400),
    type: z.literal('public-key'),
    response: z.object({
      clientDataJSON: B64Url,
      authenticatorData: B64Url,
      signature: B64Url,
      userHandle: B64Url.max(256).optional(),
    }),
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  })
  .describe('AuthenticationResponseJSON from @simplewebauthn/browser startAuthentication');
export type PasskeyAssertion = z.input<typeof PasskeyAssertion>;

/** Options for one passkey check inside a signed-in session; null when the person has no passkey. */
export const PasskeyChallenge = z
  .object({
    options: PasskeyOptions.nullable().describe(
      'WebAuthn request options for your own passkeys, good once for five minutes and for this session only; null when you have none',
    ),
  })
  .meta({ id: 'PasskeyChallenge' });
export type PasskeyChallenge = z.infer<typeof PasskeyChallenge>;
