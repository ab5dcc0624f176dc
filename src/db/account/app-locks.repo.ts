import { sql } from 'kysely';
import type { Executor } from '../database.js';
import { prepared } from '../prepared.js';

export interface AppLockRow {
  secretHash: string;
  idleMinutes: number;
}

export interface SessionLockRow extends AppLockRow {
  lockedAt: string | null;
  /** Null until the session's first request under the lock. */
  activeAt: string | null;
  failures: number;
}

// Runs before every authenticated request: one indexed read, and nothing at all found for people without a lock.
const forSession = prepared((db: Executor, userId: string, sessionId: string) =>
  db
    .selectFrom('app_locks as a')
    .leftJoin('session_locks as s', (j) => j.on('s.session_id', '=', sessionId).onRef('s.user_id', '=', 'a.user_id'))
    .select(['a.secret_hash', 'a.idle_minutes', 's.locked_at', 's.active_at', 's.failures'])
    .where('a.user_id', '=', userId),
);

/** The person's app lock and each session's lock state; every query is keyed by the owner too. */
export class AppLocksRepo {
  constructor(private readonly db: Executor) {}

  async forSession(userId: string, sessionId: string): Promise<SessionLockRow | undefined> {
    const [r] = await forSession(this.db, userId, sessionId);
    if (!r) return undefined;
    return {
      secretHash: r.secret_hash,
      idleMinutes: Number(r.idle_minutes),
      lockedAt: r.locked_at ?? null,
      activeAt: r.active_at ?? null,
      failures: Number(r.failures ?? 0),
    };
  }

  async get(userId: string): Promise<AppLockRow | undefined> {
    const r = await this.db
      .selectFrom('app_locks')
      .select(['secret_hash', 'idle_minutes'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r && { secretHash: r.secret_hash, idleMinutes: Number(r.idle_minutes) };
  }

  async set(userId: string, secretHash: string, idleMinutes: number, now: string): Promise<void> {
    await this.db
      .insertInto('app_locks')
      .values({ user_id: userId, secret_hash: secretHash, idle_minutes: idleMinutes, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_hash: secretHash, idle_minutes: idleMinutes, updated_at: now }))
      .execute();
  }

  async remove(userId: string): Promise<void> {
    await this.db.deleteFrom('session_locks').where('user_id', '=', userId).execute();
    await this.db.deleteFrom('app_locks').where('user_id', '=', userId).execute();
  }

  /** Marks the session in use now (and unlocked, with no wrong PINs, when `unlock`). */
  async markActive(userId: string, sessionId: string, now: string, unlock = false): Promise<void> {
    const reset = unlock ? { locked_at: null, failures: 0 } : {};
    await this.db
      .insertInto('session_locks')
      .values({ session_id: sessionId, user_id: userId, locked_at: null, active_at: now, failures: 0 })
      .onConflict((oc) =>
        oc
          .column('session_id')
          .doUpdateSet({ active_at: now, ...reset })
          .where('session_locks.user_id', '=', userId),
      )
      .execute();
  }

  async lock(userId: string, sessionId: string, now: string): Promise<void> {
    await this.db
      .insertInto('session_locks')
      .values({ session_id: sessionId, user_id: userId, locked_at: now, active_at: now, failures: 0 })
      // A session locked earlier keeps its first lock time and its count of wrong PINs.
      .onConflict((oc) =>
        oc
          .column('session_id')
          .doUpdateSet({ locked_at: sql`coalesce(session_locks.locked_at, ${now})` })
          .where('session_locks.user_id', '=', userId),
      )
      .execute();
  }

  /**
   * Counts one unlock attempt before its PIN is checked, in one statement, so guesses sent in
   * parallel are each counted. Returns the attempts so far (a right PIN resets them).
   */
  async countAttempt(userId: string, sessionId: string, now: string): Promise<number> {
    const r = await this.db
      .insertInto('session_locks')
      .values({ session_id: sessionId, user_id: userId, locked_at: now, active_at: now, failures: 1 })
      .onConflict((oc) =>
        oc
          .column('session_id')
          .doUpdateSet({ failures: sql`session_locks.failures + 1` })
          .where('session_locks.user_id', '=', userId),
      )
      .returning('failures')
      .executeTakeFirst();
    return Number(r?.failures ?? Number.MAX_SAFE_INTEGER);
  }
}
