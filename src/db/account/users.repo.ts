import { FOCUSES, type Focus, type WelcomeOutcome } from '../../contracts/account/auth.js';
import type { Actor } from '../../core/account/actor.js';
import { DEFAULT_IDLE, IDLE_MINUTES } from '../../core/account/session-policy.js';
import type { Selectable } from 'kysely';
import type { Executor } from '../database.js';
import type { UsersTable } from '../schema.js';

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  timeZone: string;
  region: string;
  focus: Focus[];
  welcome: WelcomeOutcome | null;
  welcomedAt: string | null;
  /** The idle time the person chose for their sessions (core/account/session-policy.ts). */
  sessionIdleMinutes: number;
  createdAt: string;
}

const columns = [
  'id',
  'email',
  'password_hash',
  'display_name',
  'time_zone',
  'region',
  'focus',
  'welcome',
  'welcomed_at',
  'session_idle_minutes',
  'created_at',
] as const;

const DEFAULT_IDLE_MINUTES = IDLE_MINUTES[DEFAULT_IDLE];

/** Stored as one text column in the app's order, so both dialects keep it the same way and repeats cannot arise. */
function encodeFocus(focus: readonly Focus[]): string {
  return FOCUSES.filter((f) => focus.includes(f)).join(',');
}
function decodeFocus(text: string): Focus[] {
  const words = text.split(',');
  return FOCUSES.filter((f) => words.includes(f));
}

function toRow(r: Pick<Selectable<UsersTable>, (typeof columns)[number]>): UserRow {
  return {
    id: r.id,
    email: r.email,
    passwordHash: r.password_hash,
    displayName: r.display_name,
    timeZone: r.time_zone,
    region: r.region,
    focus: decodeFocus(r.focus),
    welcome: r.welcome,
    welcomedAt: r.welcomed_at,
    sessionIdleMinutes: r.session_idle_minutes,
    createdAt: r.created_at,
  };
}

export class UsersRepo {
  constructor(private readonly db: Executor) {}

  async insert(u: Omit<UserRow, 'createdAt' | 'focus' | 'welcome' | 'welcomedAt' | 'sessionIdleMinutes'>, now: string): Promise<UserRow> {
    await this.db
      .insertInto('users')
      .values({
        id: u.id,
        email: u.email,
        password_hash: u.passwordHash,
        display_name: u.displayName,
        time_zone: u.timeZone,
        region: u.region,
        // focus, welcome, welcomed_at and session_idle_minutes start from their column defaults, so this
        // also writes a user into a database migrated only part of the way (the migration tests).
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { ...u, focus: [], welcome: null, welcomedAt: null, sessionIdleMinutes: DEFAULT_IDLE_MINUTES, createdAt: now };
  }

  /** Login is the one lookup that is not by actor: it is how an actor comes to be. */
  async findByEmail(email: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').select(columns).where('email', '=', email).executeTakeFirst();
    return r && toRow(r);
  }

  /** Recovery only: a reset token, not a session, says who this is (see routes/recovery). */
  async findById(userId: string): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').select(columns).where('id', '=', userId).executeTakeFirst();
    return r && toRow(r);
  }

  async get(actor: Actor): Promise<UserRow | undefined> {
    const r = await this.db.selectFrom('users').select(columns).where('id', '=', actor.userId).executeTakeFirst();
    return r && toRow(r);
  }

  /** The idle time of a session's owner, read when the session is touched (not on every request). */
  async sessionIdleMinutes(userId: string): Promise<number | undefined> {
    const r = await this.db.selectFrom('users').select('session_idle_minutes').where('id', '=', userId).executeTakeFirst();
    return r?.session_idle_minutes;
  }

  /** Someone else's time zone only: what a new pair needs of the person who invited. */
  async timeZoneOf(userId: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('users').select('time_zone').where('id', '=', userId).executeTakeFirst();
    return r?.time_zone;
  }

  async update(
    actor: Actor,
    patch: Partial<Pick<UserRow, 'displayName' | 'timeZone' | 'region' | 'passwordHash' | 'focus' | 'welcome' | 'sessionIdleMinutes'>>,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        ...(patch.displayName !== undefined && { display_name: patch.displayName }),
        ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
        ...(patch.region !== undefined && { region: patch.region }),
        ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
        ...(patch.focus !== undefined && { focus: encodeFocus(patch.focus) }),
        // Finishing or skipping the welcome (again, from settings) stamps the time it happened.
        ...(patch.welcome !== undefined && { welcome: patch.welcome, welcomed_at: now }),
        ...(patch.sessionIdleMinutes !== undefined && { session_idle_minutes: patch.sessionIdleMinutes }),
        updated_at: now,
      })
      .where('id', '=', actor.userId)
      .execute();
  }

  /** Every table references users with ON DELETE CASCADE, so this one row takes everything with it. */
  async delete(actor: Actor): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', actor.userId).execute();
  }

  /** For operators (CLI): ids and creation dates only, never emails or names. */
  async listIdsAndDates(): Promise<Array<{ id: string; createdAt: string }>> {
    const rows = await this.db.selectFrom('users').select(['id', 'created_at']).orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at }));
  }
}
