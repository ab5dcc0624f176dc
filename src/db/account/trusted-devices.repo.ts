import type { Executor } from '../database.js';

/** Hashes of device tokens, found by hash and owner together: a token is only ever good for its own person. */
export class TrustedDevicesRepo {
  constructor(private readonly db: Executor) {}

  async isTrusted(userId: string, tokenHash: string): Promise<boolean> {
    const r = await this.db
      .selectFrom('trusted_devices')
      .select('token_hash')
      .where('token_hash', '=', tokenHash)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r !== undefined;
  }

  async trust(userId: string, tokenHash: string, now: string): Promise<void> {
    await this.db
      .insertInto('trusted_devices')
      .values({ token_hash: tokenHash, user_id: userId, created_at: now, last_used_at: now })
      .onConflict((oc) => oc.column('token_hash').doUpdateSet({ last_used_at: now }).where('trusted_devices.user_id', '=', userId))
      .execute();
  }

  /** After a password change: browsers trusted with the old password are trusted no longer (but this one). */
  async forgetOthers(userId: string, keepHash: string | null): Promise<void> {
    let q = this.db.deleteFrom('trusted_devices').where('user_id', '=', userId);
    if (keepHash) q = q.where('token_hash', '!=', keepHash);
    await q.execute();
  }
}
