import type { FailureCount } from '../core/auth/throttle.js';
import type { Executor } from './database.js';

/** Counters keyed by a hashed account or a client address; never by a raw email. */
export class LoginFailuresRepo {
  constructor(private readonly db: Executor) {}

  async get(key: string): Promise<FailureCount | undefined> {
    const r = await this.db.selectFrom('login_failures').select(['count', 'window_start']).where('key', '=', key).executeTakeFirst();
    return r && { count: r.count, windowStart: r.window_start };
  }

  /** Starts a new window when `restart`, else adds one; a single upsert keeps concurrent failures counted. */
  async record(key: string, now: string, restart: boolean): Promise<void> {
    await this.db
      .insertInto('login_failures')
      .values({ key, count: 1, window_start: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => (restart ? { count: 1, window_start: now } : { count: eb('login_failures.count', '+', 1) })),
      )
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key', '=', key).execute();
  }
}
