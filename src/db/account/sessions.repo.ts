import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';
import { prepared } from '../prepared.js';
import type { SessionsTable } from '../schema.js';

export interface SessionRow {
  id: string;
  userId: string;
  csrfToken: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** The last login or re-authentication in this session. */
  authenticatedAt: string | null;
}

const columns = ['id', 'user_id', 'csrf_token', 'user_agent', 'created_at', 'last_seen_at', 'expires_at', 'authenticated_at'] as const;
type Row = Pick<SessionsTable, (typeof columns)[number]>;

function toSession(r: Row): SessionRow {
  return {
    id: r.id,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    userAgent: r.user_agent,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    authenticatedAt: r.authenticated_at,
  };
}

// Runs before every authenticated request.
const live = prepared((db: Executor, tokenHash: string, now: string) =>
  db.selectFrom('sessions').select(columns).where('token_hash', '=', tokenHash).where('expires_at', '>', now),
);

export class SessionsRepo {
  constructor(private readonly db: Executor) {}

  async insert(s: SessionRow & { tokenHash: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        id: s.id,
        user_id: s.userId,
        token_hash: s.tokenHash,
        csrf_token: s.csrfToken,
        user_agent: s.userAgent,
        created_at: s.createdAt,
        last_seen_at: s.lastSeenAt,
        expires_at: s.expiresAt,
        authenticated_at: s.authenticatedAt,
      })
      .execute();
  }

  /** A live session by the hash of its cookie token; expired sessions are not found. */
  async findLive(tokenHash: string, now: string): Promise<SessionRow | undefined> {
    const [r] = await live(this.db, tokenHash, now);
    return r && toSession(r);
  }

  /** Whether the actor's own session still exists and has not expired (for long-lived streams). */
  async isLive(actor: Actor, now: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', actor.sessionId)
      .where('user_id', '=', actor.userId)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r !== undefined;
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
  }

  /** The person proved it is them again in this session (their own session only). */
  async authenticated(actor: Actor, now: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ authenticated_at: now })
      .where('id', '=', actor.sessionId)
      .where('user_id', '=', actor.userId)
      .execute();
  }

  /** Every live session of the actor, with what its end is worked out from (a new idle time applies to all). */
  async timesOf(actor: Actor, now: string): Promise<Array<{ id: string; createdAt: string; lastSeenAt: string }>> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'created_at', 'last_seen_at'])
      .where('user_id', '=', actor.userId)
      .where('expires_at', '>', now)
      .execute();
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));
  }

  async setExpiry(actor: Actor, id: string, expiresAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ expires_at: expiresAt }).where('user_id', '=', actor.userId).where('id', '=', id).execute();
  }

  async list(actor: Actor, now: string): Promise<SessionRow[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(columns)
      .where('user_id', '=', actor.userId)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toSession);
  }

  /** Returns whether a session of this actor was ended; someone else's id ends nothing. */
  async revoke(actor: Actor, id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('sessions').where('user_id', '=', actor.userId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async revokeAllExcept(actor: Actor, keepId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', actor.userId).where('id', '!=', keepId).execute();
  }

  /** Ends the session a cookie belongs to, whoever's it is: holding the token is the proof. */
  async endByTokenHash(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}
