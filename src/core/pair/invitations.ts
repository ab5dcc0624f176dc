import { createHash, randomInt } from 'node:crypto';

/**
 * Invitation codes are read aloud or typed from a partner's screen, so they use Crockford's
 * base-32 alphabet (no I, L, O or U: nothing to mishear or misread) in two groups of four:
 * "K7QM-4XRT". Forty random bits is plenty for a code that works once, for a day, behind a
 * throttle; typing is forgiving (case, spaces, dashes, and O/I/L read as 0/1/1).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
export const INVITATION_TTL_MS = 24 * 60 * 60 * 1000;

export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code as typed, in its canonical form, or null when it cannot be one. */
function canonical(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== CODE_LENGTH || [...plain].some((ch) => !ALPHABET.includes(ch))) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

/** Eight letters and numbers, maybe split in two by a dash or space, standing on their own in a message. */
const CANDIDATE = /(?<![0-9a-z])[0-9a-z]{4}[ -]?[0-9a-z]{4}(?![0-9a-z])/gi;

/**
 * The code in canonical form, from the code itself or from a whole message pasted around it
 * ("Here's my code: K7QM-4XRT, see you later!"); null when nothing in it can be a code. Inside a
 * message only a dashed group or one with a digit counts, so words like "send this" or
 * "tomorrow" are never taken for a code.
 */
export function normalizeInvitationCode(typed: string): string | null {
  const whole = canonical(typed);
  if (whole) return whole;
  for (const [found] of typed.matchAll(CANDIDATE)) {
    if (!found.includes('-') && !/[0-9]/.test(found)) continue;
    const code = canonical(found);
    if (code) return code;
  }
  return null;
}

export function hashInvitationCode(code: string): string {
  return createHash('sha256').update(`pair-invitation:${code}`).digest('base64url');
}
