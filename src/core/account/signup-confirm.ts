/**
 * Sign-up with mail (issue 14.6): the answer is the same for a new address and a registered one,
 * and the mailbox decides. A new address gets a link that makes the account; a registered one a
 * note that someone tried, with the ways in. The link carries 256 random bits after `#` (kept as
 * a hash only) and lasts a day; using it also asks for the password chosen at sign-up, so whoever
 * typed someone else's address cannot get that person to open an account whose password they know.
 */
export const SIGNUP_CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;
/** Mails about one address per hour, whoever asks and from wherever: nobody can fill an inbox with them. */
export const SIGNUP_MAIL_EMAIL_LIMIT = 3;
/** Wrong passwords or stale links from one address in 15 minutes. */
export const SIGNUP_CONFIRM_ADDRESS_LIMIT = 30;

export function signupConfirmLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/signup/confirm#token=${encodeURIComponent(token)}`;
}

export function signupConfirmExpiry(now: Date): Date {
  return new Date(now.getTime() + SIGNUP_CONFIRM_TTL_MS);
}
