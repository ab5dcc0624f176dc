import type { Executor } from '../database.js';

/** Hashes of one-time recovery codes; a used code is deleted, so it cannot work twice. */
export class RecoveryCodesRepo {
  constructor(private readonly db: Executor) {}

  async count(userId: string): Promise<number> {
    const r = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async replace(userId: string, hashes: string[], now: string): Promise<void> {
    await this.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await this.db
      .insertInto('recovery_codes')
      .values(hashes.map((code_hash) => ({ code_hash, user_id: userId, created_at: now })))
      .execute();
  }

  /** True once per code: the delete is the check, so two uses at the same moment cannot both pass. */
  async use(userId: string, hash: string): Promise<boolean> {
    const r = await this.db.deleteFrom('recovery_codes').where('code_hash', '=', hash).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async removeAll(userId: string): Promise<void> {
    await this.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  }
}
