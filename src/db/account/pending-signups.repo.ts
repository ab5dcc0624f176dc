import type { Executor } from '../database.js';

export interface PendingSignup {
  email: string;
  passwordHash: string;
  displayName: string;
  timeZone: string;
  region: string;
}

/** Sign-ups waiting for their mailed link, by the link's hash only; each link is good once, until it expires. */
export class PendingSignupsRepo {
  constructor(private readonly db: Executor) {}

  /** Adds one; links that lapsed go at the same time, so the table holds only live ones. */
  async add(tokenHash: string, s: PendingSignup, now: string, expiresAt: string): Promise<void> {
    await this.db.deleteFrom('pending_signups').where('expires_at', '<=', now).execute();
    await this.db
      .insertInto('pending_signups')
      .values({
        token_hash: tokenHash,
        email: s.email,
        password_hash: s.passwordHash,
        display_name: s.displayName,
        time_zone: s.timeZone,
        region: s.region,
        created_at: now,
        expires_at: expiresAt,
      })
      .execute();
  }

  /** The live sign-up behind a link, without using it up (the password is checked first). */
  async find(tokenHash: string, now: string): Promise<PendingSignup | undefined> {
    const r = await this.db
      .selectFrom('pending_signups')
      .select(['email', 'password_hash', 'display_name', 'time_zone', 'region'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r && { email: r.email, passwordHash: r.password_hash, displayName: r.display_name, timeZone: r.time_zone, region: r.region };
  }

  /** Uses the link up in one statement: of two uses racing, one finds it. */
  async take(tokenHash: string, now: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('pending_signups')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .returning('token_hash')
      .executeTakeFirst();
    return r !== undefined;
  }

  /**
   * Every waiting sign-up for an address: when its account is made (anyone else's try with the
   * same address can never be confirmed then) and when that account is deleted.
   */
  async forgetEmail(email: string): Promise<void> {
    await this.db.deleteFrom('pending_signups').where('email', '=', email).execute();
  }
}
