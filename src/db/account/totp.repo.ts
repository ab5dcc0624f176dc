import type { Executor } from '../database.js';

export interface TotpRow {
  secret: string;
  confirmedAt: string | null;
  lastStep: number | null;
}

/** One authenticator app per person; found by owner only. */
export class TotpRepo {
  constructor(private readonly db: Executor) {}

  async get(userId: string): Promise<TotpRow | undefined> {
    const r = await this.db
      .selectFrom('totp_factors')
      .select(['secret', 'confirmed_at', 'last_step'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r && { secret: r.secret, confirmedAt: r.confirmed_at, lastStep: r.last_step === null ? null : Number(r.last_step) };
  }

  /** A new setup replaces an unconfirmed one; a confirmed app stays until it is turned off. */
  async startSetup(userId: string, sealedSecret: string, now: string): Promise<boolean> {
    const r = await this.db
      .insertInto('totp_factors')
      .values({ user_id: userId, secret: sealedSecret, confirmed_at: null, last_step: null, created_at: now })
      .onConflict((oc) =>
        oc
          .column('user_id')
          .doUpdateSet({ secret: sealedSecret, created_at: now, last_step: null })
          .where('totp_factors.confirmed_at', 'is', null),
      )
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async confirm(userId: string, step: number, now: string): Promise<boolean> {
    const r = await this.db
      .updateTable('totp_factors')
      .set({ confirmed_at: now, last_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /**
   * Moves the last accepted step forward in one conditional statement, so the same code sent twice
   * at once is accepted once.
   */
  async useStep(userId: string, step: number): Promise<boolean> {
    const r = await this.db
      .updateTable('totp_factors')
      .set({ last_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is not', null)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async remove(userId: string): Promise<void> {
    await this.db.deleteFrom('totp_factors').where('user_id', '=', userId).execute();
  }
}
