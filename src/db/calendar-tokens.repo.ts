import type { Actor } from '../core/auth/actor.js';
import type { Executor } from './database.js';

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
}
