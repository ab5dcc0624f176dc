/**
 * Placeholder until `core/auth/password-policy.ts` (the common-password check, issue 14.6) lands
 * on main: recovery calls `passwordProblems` from here only, so swapping this import for the real
 * one is the whole change. It knows one rule: a password must not be the account's own email.
 */
export function passwordProblems(password: string, account: { email: string; displayName: string }): string[] {
  return password.trim().toLowerCase() === account.email.toLowerCase() ? ['Choose something other than your email address'] : [];
}
