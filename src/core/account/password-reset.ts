/**
 * Account recovery policy (issue 14.7). A reset link carries 256 random bits (tokens.ts) in the
 * URL's fragment, which browsers never send to a server or put in a Referer, so it cannot reach
 * an access log or another site. Its hash is kept for an hour, for one use.
 */
export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Reset requests are counted per address, per email from one address, and per email overall, all
 * under hashed keys and whether or not the email is registered (so a 429 says nothing about it).
 * The per-email cap keeps a stranger from filling someone's inbox; the owner's login never
 * touches these budgets, so requesting resets for them cannot lock them out.
 */
export const RESET_REQUEST_ADDRESS_LIMIT = 20;
export const RESET_REQUEST_CLIENT_LIMIT = 3;
export const RESET_REQUEST_EMAIL_LIMIT = 10;
/** Wrong or stale tokens from one address; a real token is never guessed, this only bounds the cost of trying. */
export const RESET_ATTEMPT_ADDRESS_LIMIT = 30;

/** Where a reset link points: the /reset page, with the token after `#` so it stays in the browser. */
export function resetLink(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/reset#token=${encodeURIComponent(token)}`;
}

export function resetExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TTL_MS);
}
