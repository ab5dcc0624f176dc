import { z } from 'zod';
import { Id, IsoDateTime } from '../common.js';
import { PasskeyAssertion } from './webauthn.js';

/**
 * Length is the only rule: long passphrases in any script are welcome, composition rules are not
 * (NIST SP 800-63B). Counted in code points so an emoji or a kanji counts as one character.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;
export const Password = z
  .string()
  .refine((s) => [...s].length >= PASSWORD_MIN, { message: `Use at least ${PASSWORD_MIN} characters` })
  .refine((s) => [...s].length <= PASSWORD_MAX, { message: `Use at most ${PASSWORD_MAX} characters` })
  .describe('At least 12 characters; any characters, any language');

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter an email address like name@example.com' }))
  .transform((s) => s.toLowerCase())
  .describe('Email address');

export const DisplayName = z.string().trim().min(1, 'Enter a name to show').max(80).describe('Name shown in the app');

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'Choose a time zone such as Europe/London' })
  .describe('IANA time zone, e.g. Europe/Berlin');

export const Region = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isRegion, { message: 'Choose a two-letter country code such as GB' })
  .describe('ISO 3166-1 alpha-2 region, used for crisis lines');

/** What brought a person to Steady: the three cycles the app is built around, in the app's order. */
export const FOCUSES = ['reassurance', 'cycle', 'loneliness'] as const;
export const Focus = z
  .enum(FOCUSES)
  .describe('reassurance: the pull to ask again and again; cycle: chasing and pulling back with a partner; loneliness: feeling alone');
export type Focus = z.infer<typeof Focus>;

/** Chosen in the first-run welcome; any of the three, or none. Each at most once. */
export const FocusList = z
  .array(Focus)
  .max(FOCUSES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'Choose each one at most once' })
  .describe('What brought the person here; puts those parts of home first');

/** How the first-run welcome ended: walked to its end, or set aside (both are fine, neither is asked again). */
export const WelcomeOutcome = z.enum(['completed', 'skipped']).describe('How the first-run welcome ended');
export type WelcomeOutcome = z.infer<typeof WelcomeOutcome>;

/** How long a session may sit unused before it asks for the password again (core/auth/session-policy.ts). */
export const SESSION_IDLE_CHOICES = ['30m', '2h', '1d', '7d', '30d'] as const;
export const SessionIdle = z
  .enum(SESSION_IDLE_CHOICES)
  .describe('30m, 2h, 1d, 7d or 30d of no use before a session ends; every session ends 30 days after its login whatever is chosen');
export type SessionIdle = z.infer<typeof SessionIdle>;

export const User = z
  .object({
    id: Id,
    email: z.string(),
    displayName: z.string(),
    timeZone: z.string(),
    region: z.string(),
    focus: z.array(Focus).describe('What brought the person here, in the app’s order; empty until chosen'),
    welcome: WelcomeOutcome.nullable().describe('How the first-run welcome ended; null while it has never been seen'),
    welcomedAt: IsoDateTime.nullable().describe('When the first-run welcome was last finished or skipped'),
    sessionIdle: SessionIdle,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const SignupBody = z.strictObject({
  email: Email,
  password: Password,
  displayName: DisplayName,
  timeZone: TimeZone,
  region: Region,
});
export type SignupBody = z.input<typeof SignupBody>;

export const LoginBody = z.strictObject({
  email: Email,
  // Login never re-checks the length rule: a wrong password is simply wrong, and a rule hint would leak policy per account.
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX),
});
export type LoginBody = z.input<typeof LoginBody>;

export const AuthResponse = z
  .object({ user: User, csrfToken: z.string().describe('Send back as X-CSRF-Token on every change') })
  .meta({ id: 'AuthResponse' });
export type AuthResponse = z.infer<typeof AuthResponse>;

/** Who, if anyone, this browser is signed in as; answered to everyone so a signed-out visit is not an error. */
export const SessionState = z
  .object({
    user: User.nullable(),
    csrfToken: z.string().nullable(),
    locked: z.boolean().describe('True while this session is behind the app lock: user is null until it is unlocked'),
  })
  .meta({ id: 'SessionState' });
export type SessionState = z.infer<typeof SessionState>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX),
  newPassword: Password,
});
export type ChangePasswordBody = z.input<typeof ChangePasswordBody>;

/** One operation for the whole profile: settings change name, zone and region; the welcome adds focus and how it ended. */
export const UpdateProfileBody = z
  .strictObject({
    displayName: DisplayName,
    timeZone: TimeZone,
    region: Region,
    focus: FocusList,
    welcome: WelcomeOutcome.describe('Records that the first-run welcome was finished or skipped; the server stamps welcomedAt'),
    sessionIdle: SessionIdle.describe('Applies to every session at once, this one included'),
  })
  .partial();
export type UpdateProfileBody = z.input<typeof UpdateProfileBody>;

export const Session = z
  .object({
    id: Id,
    createdAt: IsoDateTime,
    lastSeenAt: IsoDateTime,
    userAgent: z.string().nullable().describe('Browser or client that opened the session'),
    current: z.boolean().describe('True for the session making this request'),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SessionList = z.object({ items: z.array(Session) });

export const DeleteMeBody = z.strictObject({ password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX) });

/**
 * Proving it is still the person before an export: the password, a second factor's code (TOTP or
 * recovery code) for someone who has one, or one of their own passkeys (an assertion over a
 * challenge from `startPasskeyReauth`, which the device checked with its PIN or biometric). A code
 * sent beside the password must be right too.
 */
export const ReauthBody = z
  .strictObject({
    password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX).optional(),
    code: z
      .string()
      .trim()
      .max(64)
      .optional()
      .describe('A second-factor or recovery code: alone, or beside the password (then both must be right)'),
    passkey: PasskeyAssertion.optional().describe('Instead of the password: an answer to startPasskeyReauth’s options'),
  })
  .refine((b) => b.password !== undefined || b.passkey !== undefined || b.code !== undefined, {
    message: 'Enter your password, or use a passkey',
    path: ['password'],
  })
  .refine((b) => b.password === undefined || b.passkey === undefined, {
    message: 'A passkey needs no password',
    path: ['password'],
  })
  .refine((b) => b.passkey === undefined || b.code === undefined, {
    message: 'A passkey needs no code',
    path: ['code'],
  });
export type ReauthBody = z.input<typeof ReauthBody>;

/** The problem type an operation answers (403) when it needs the person to prove it is them again. */
export const REAUTH_REQUIRED = 'https://steady.example/problems/reauth-required';

/** A link that opens something without signing in (the address is the secret). */
export const CapabilityLink = z
  .object({
    kind: z.enum(['calendar', 'feedback']).describe('calendar: your check-in feed; feedback: a question sent to someone on your map'),
    id: z.string().describe('The feedback link id, or "calendar"'),
    personName: z
      .string()
      .nullable()
      .describe(
        'Who a feedback question went to, as named on your map; null for the calendar feed. Screens word the label from kind and name',
      ),
    createdAt: IsoDateTime,
    expiresAt: IsoDateTime.nullable().describe('When it stops working by itself; null for the calendar feed'),
  })
  .meta({ id: 'CapabilityLink' });
export type CapabilityLink = z.infer<typeof CapabilityLink>;
export const CapabilityLinkList = z
  .object({ items: z.array(CapabilityLink).describe('Only links that still work') })
  .meta({ id: 'CapabilityLinkList' });
export type CapabilityLinkList = z.infer<typeof CapabilityLinkList>;

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz.length > 0;
  } catch {
    return false;
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
export function isRegion(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  // Intl knows the assigned ISO codes; user-assigned ranges (AA, QM–QZ, XA–XZ, ZZ) have no name.
  const name = regionNames.of(code);
  return name !== undefined && name !== code && !/^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code);
}
