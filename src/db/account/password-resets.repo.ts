import type { Executor } from '../database.js';

/** Reset tokens by hash only; each is good for one person, one hour and one use. */
export class PasswordResetsRepo {
  constructor(private readonly db: Executor) {}

  /** A new link replaces the older one in one statement, so only the newest link sent works, however many were asked for at once. */
  async issue(userId: string, tokenHash: string, now: string, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('password_resets')
      .values({ user_id: userId, token_hash: tokenHash, created_at: now, expires_at: expiresAt })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now, expires_at: expiresAt }))
      .execute();
  }

  /** Whose live token this is, without using it up. */
  async ownerOf(tokenHash: string, now: string): Promise<string | undefined> {
    const r = await this.db
      .selectFrom('password_resets')
      .select('user_id')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return r?.user_id;
  }

  /**
   * Uses the token up in one statement and answers whose it was: of two requests racing with the
   * same link, exactly one gets an owner back.
   */
  async consume(tokenHash: string, now: string): Promise<string | undefined> {
    const r = await this.db
      .deleteFrom('password_resets')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return r?.user_id;
  }

  /** After a reset or a password change: no link sent before it works any more. */
  async clearForUser(userId: string): Promise<void> {
    await this.db.deleteFrom('password_resets').where('user_id', '=', userId).execute();
  }
}
