/**
 * One-time feedback links (issue 6). The token is the only key to the form: 192 random bits,
 * shown once to the asker and stored only as a hash, so a copy of the database opens nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { FEEDBACK_DEFAULT_DAYS, type FeedbackLink } from '../../contracts/social/feedback.js';

export const FEEDBACK_TOKEN_BYTES = 24;
/** The public form and answer share one budget per address: plenty for a person, little for a scanner. */
export const FEEDBACK_RATE_LIMIT = 30;
export const FEEDBACK_RATE_WINDOW_MS = 10 * 60 * 1000;

export const newFeedbackToken = (): string => randomBytes(FEEDBACK_TOKEN_BYTES).toString('base64url');

/**
 * Any string hashes the same way, well-formed or not, so an unknown token and a malformed one
 * take the same path (one indexed lookup by hash) and answer alike.
 */
export const hashFeedbackToken = (token: string): string => createHash('sha256').update(`feedback-link:${token}`).digest('base64url');

export function feedbackExpiry(now: Date, days = FEEDBACK_DEFAULT_DAYS): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString();
}

export function feedbackStatus(link: { answeredAt: string | null; expiresAt: string }, now: Date): FeedbackLink['status'] {
  if (link.answeredAt !== null) return 'answered';
  return Date.parse(link.expiresAt) <= now.getTime() ? 'expired' : 'pending';
}

/** Empty optional answers from a plain HTML form arrive as ""; they mean "left blank". */
export function formAnswer(fields: Record<string, string | undefined>): { supportive: string; different?: string; other?: string } {
  const v = (k: string) => {
    const s = fields[k];
    return s === undefined || s.trim() === '' ? undefined : s;
  };
  return {
    supportive: fields.supportive ?? '',
    ...(v('different') !== undefined && { different: v('different')! }),
    ...(v('other') !== undefined && { other: v('other')! }),
  };
}

export interface StoredFeedbackLink {
  id: string;
  personId: string;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  supportive: string | null;
  different: string | null;
  other: string | null;
  crisis: boolean;
}

/** A link as its owner sees it (and as the export holds it): status and answer, never the token or its hash. */
export function feedbackLinkView(r: StoredFeedbackLink, now: Date): FeedbackLink {
  return {
    id: r.id,
    personId: r.personId,
    status: feedbackStatus(r, now),
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    answeredAt: r.answeredAt,
    answer:
      r.answeredAt !== null && r.supportive !== null
        ? { supportive: r.supportive, different: r.different, other: r.other, crisis: r.crisis }
        : null,
  };
}
