import type { Actor } from '../../core/account/actor.js';
import type { Executor } from '../database.js';

export class CalendarTokensRepo {
  constructor(private readonly db: Executor) {}

  /** One token per person: a new one replaces the old, which stops working at once. */
  async rotate(actor: Actor, tokenHash: string, now: string): Promise<void> {
    await this.db.deleteFrom('calendar_tokens').where('user_id', '=', actor.userId).execute();
    await this.db.insertInto('calendar_tokens').values({ user_id: actor.userId, token_hash: tokenHash, created_at: now }).execute();
  }

  /** Whose feed a token opens, if any. */
  async owner(tokenHash: string): Promise<string | undefined> {
    const r = await this.db.selectFrom('calendar_tokens').select('user_id').where('token_hash', '=', tokenHash).executeTakeFirst();
    return r?.user_id;
  }

  /** When the person's feed address was made, if they have one that works. */
  async createdAt(actor: Actor): Promise<string | undefined> {
    const r = await this.db.selectFrom('calendar_tokens').select('created_at').where('user_id', '=', actor.userId).executeTakeFirst();
    return r?.created_at;
  }

  /** The feed address stops working; a new one can be made at any time. */
  async revoke(actor: Actor): Promise<void> {
    await this.db.deleteFrom('calendar_tokens').where('user_id', '=', actor.userId).execute();
  }
}
