import type { AuthChallengeKind } from '../schema.js';
import type { Executor } from '../database.js';

export interface ChallengeRow {
  userId: string | null;
  challenge: string | null;
  failures: number;
  expiresAt: string;
}

/**
 * Short-lived tokens between two steps of a sign-in (a pending login, a WebAuthn challenge). Kept
 * by hash; taken with a DELETE … RETURNING so each is good once, however many requests race.
 */
export class AuthChallengesRepo {
  constructor(private readonly db: Executor) {}

  async insert(
    tokenHash: string,
    kind: AuthChallengeKind,
    userId: string | null,
    challenge: string | null,
    now: string,
    expiresAt: string,
  ) {
    // Expired rows go when new ones arrive, so the table never grows with abandoned sign-ins.
    await this.db.deleteFrom('auth_challenges').where('expires_at', '<=', now).execute();
    await this.db
      .insertInto('auth_challenges')
      .values({ token_hash: tokenHash, kind, user_id: userId, challenge, created_at: now, expires_at: expiresAt })
      .execute();
  }

  async get(tokenHash: string, kind: AuthChallengeKind, now: string): Promise<ChallengeRow | undefined> {
    const r = await this.db
      .selectFrom('auth_challenges')
      .select(['user_id', 'challenge', 'failures', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('kind', '=', kind)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r && { userId: r.user_id, challenge: r.challenge, failures: Number(r.failures), expiresAt: r.expires_at };
  }

  /** Removes and answers the row: whoever gets it back is the one request that may use it. */
  async take(tokenHash: string, kind: AuthChallengeKind, now: string): Promise<ChallengeRow | undefined> {
    const r = await this.db
      .deleteFrom('auth_challenges')
      .where('token_hash', '=', tokenHash)
      .where('kind', '=', kind)
      .returning(['user_id', 'challenge', 'failures', 'expires_at'])
      .executeTakeFirst();
    if (!r || r.expires_at <= now) return undefined;
    return { userId: r.user_id, challenge: r.challenge, failures: Number(r.failures), expiresAt: r.expires_at };
  }

  /** One more wrong answer, counted in the statement itself so parallel guesses each count. */
  async fail(tokenHash: string): Promise<number> {
    const r = await this.db
      .updateTable('auth_challenges')
      .set((eb) => ({ failures: eb('failures', '+', 1) }))
      .where('token_hash', '=', tokenHash)
      .returning('failures')
      .executeTakeFirst();
    return r ? Number(r.failures) : Number.POSITIVE_INFINITY;
  }

  async remove(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('auth_challenges').where('token_hash', '=', tokenHash).execute();
  }
}
